"""The clinical review record (content/reviews.yml, tools/reviews.py): what a fingerprint covers,
which records are refused, and the three states a page can be in, proved on a temporary copy
of the project with test records, built with MkDocs:

- reviewed: a record matches the page's current text -> "Clinically reviewed by NAME, ...";
- changed: records exist, none matches (the page was edited) -> "Changed since ... on DATE";
- none: no record -> "Not yet reviewed by a clinician" (every page of the real site today).
"""

import copy
import hashlib
import subprocess
import sys
from datetime import date

import pytest
import yaml
from bs4 import BeautifulSoup

import reviews
from helpers import ROOT
from site_build import build_site, copy_project

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

RECORD = {"page": "about.md", "reviewer": "Test Reviewer", "qualification": "MBBS (test record)",
          "date": date(2026, 11, 30), "scope": "The whole page.", "fingerprint": "sha256:" + "0" * 64}
PAGES = reviews.page_names()
def test_the_sites_record_has_no_problems_and_names_no_reviewer():
    records, text, _ = reviews.load()
    assert reviews.problems(records, text, PAGES) == []
    assert records == [], "content/reviews.yml may hold only reviews that happened"


def test_committed_partial_matches_the_record():
    done = subprocess.run([sys.executable, "tools/reviews.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_fingerprint_is_the_page_text_without_front_matter_with_snippets_resolved(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "part.md").write_text("one\n\ntwo")
    page = tmp_path / "docs" / "page.md"
    page.write_text('---\ntitle: T\nlast_updated: 2026-11-30\n---\n# T\n    --8<-- "part.md"\nend\n')
    wanted = "# T\n    one\n\n    two\nend\n"
    assert reviews.page_text(page, tmp_path) == wanted
    assert reviews.fingerprint(page, tmp_path) == "sha256:" + hashlib.sha256(wanted.encode()).hexdigest()
    page.write_text(page.read_text().replace("2026-11-30", "2026-12-01"))
    assert reviews.page_text(page, tmp_path) == wanted, "a new date in the front matter is not a new text"
    (tmp_path / "content" / "part.md").write_text("one\n\nthree")
    assert reviews.page_text(page, tmp_path) != wanted, "a change in an included snippet is a change"


def test_fingerprint_command_prints_the_fingerprint():
    done = subprocess.run([sys.executable, "tools/reviews.py", "--fingerprint", "docs/about.md"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == reviews.fingerprint(ROOT / "docs" / "about.md")


@pytest.mark.parametrize(("change", "message"), [
    (lambda record: record.update(page="no-such-page.md"), "review of page 'no-such-page.md', which does not exist"),
    (lambda record: record.pop("reviewer"), "review has no 'reviewer'"),
    (lambda record: record.pop("fingerprint"), "review has no 'fingerprint'"),
    (lambda record: record.update(scope=" "), "review has no 'scope'"),
    (lambda record: record.update(date="30 November 2026"), "review 'date' must be a date written YYYY-MM-DD"),
    (lambda record: record.update(date=date(2999, 1, 1)), "review date 2999-01-01 is in the future"),
    (lambda record: record.update(fingerprint="abc"), "review 'fingerprint' must be sha256:"),
    (lambda record: record.update(reviewer="<b>Dr</b> X"), "review 'reviewer' must be plain text"),
    (lambda record: record.update(registration=""), "review 'registration' is empty"),
    (lambda record: record.update(signed=True), "review has unknown field 'signed'"),
])
def test_a_bad_record_is_refused_with_its_line(change, message):
    record = copy.deepcopy(RECORD)
    change(record)
    text = "# a comment line\n" + yaml.safe_dump([record], sort_keys=False)
    found = reviews.problems(yaml.safe_load(text), text, PAGES)
    assert [line for line, text in found if message in text] == [2], found


def test_the_record_must_be_a_list():
    assert reviews.problems({"page": "about.md"}, "page: about.md\n", PAGES) == [
        (1, "must be a list of reviews (an empty list, [], while there is none)")]


def test_states_take_the_latest_matching_review():
    current = reviews.fingerprint(ROOT / "docs" / "about.md")
    older = {**RECORD, "date": date(2026, 11, 1), "reviewer": "First Reviewer", "fingerprint": current}
    newer = {**RECORD, "date": date(2026, 11, 20), "fingerprint": current}
    stale = {**RECORD, "date": date(2026, 11, 30)}  # a later review of another text
    found = reviews.states([older, stale, newer])
    assert found == {"about": {"state": "reviewed", "reviewer": "Test Reviewer",
                               "qualification": "MBBS (test record)", "date": "2026-11-20"}}
    assert reviews.states([stale]) == {"about": {"state": "changed", "date": "2026-11-30"}}


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory):
    """The project copied, with a test record for /about/ (matching) and one for /sources/
    (made before an edit), its partial regenerated, then built with MkDocs."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    sources_page = project / "docs" / "sources.md"
    matching = {**RECORD, "fingerprint": reviews.fingerprint(project / "docs" / "about.md", project)}
    before_edit = {**RECORD, "page": "sources.md", "date": date(2026, 11, 29),
                   "fingerprint": reviews.fingerprint(sources_page, project)}
    sources_page.write_text(sources_page.read_text() + "\nA sentence added after the review.\n")
    (project / "content" / "reviews.yml").write_text(yaml.safe_dump([matching, before_edit], sort_keys=False))
    for tool in ("tools/reviews.py", "tools/check_content.py"):
        done = subprocess.run([sys.executable, tool], cwd=project, capture_output=True, text=True)
        assert done.returncode == 0, f"{tool} on the copy:\n{done.stdout}{done.stderr}"
    site = tmp_path_factory.mktemp("site")
    done = build_site(project / "mkdocs.yml", site)
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def texts(site, url):
    soup = BeautifulSoup((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"), "lxml")
    byline = " ".join(soup.select_one(".page-byline").get_text().split())
    status = " ".join(soup.select_one(".page-review__status").get_text().split())
    return byline, status


@pytest.mark.parametrize(("url", "sentence"), [
    ("/about/", "Clinically reviewed by Test Reviewer, MBBS (test record), on 2026-11-30."),
    ("/sources/", "Changed since its clinical review on 2026-11-29."),
    ("/", "Not yet reviewed by a clinician."),
])
def test_the_three_states_in_byline_and_review_box(built_copy, url, sentence):
    byline, status = texts(built_copy, url)
    assert byline == f"Written by the B12 & Back Pain editors. {sentence}"
    assert status.startswith(f"Clinical review: {sentence}")
