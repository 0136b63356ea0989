"""tools/check_content.py: refuses each kind of bad content, naming file and line.

Each tests/fixtures/broken/<defect>/ holds the one or two files that differ from
the tiny good project in tests/fixtures/good/; a test copies the good project,
lays the broken files over it and runs the checker on the copy, as `make` runs it.
"""

import shutil
import subprocess
import sys

import pytest

from site_pages import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
CHECKER = ROOT / "tools" / "check_content.py"

# defect (a folder in tests/fixtures/broken/) -> the start of the one error line it must cause
DEFECTS = {
    # front matter
    "missing-front-matter": "docs/about.md:1: missing front matter",
    "front-matter-not-yaml": "docs/about.md:3: front matter is not valid YAML",
    "front-matter-key-missing": "docs/about.md:1: front matter has no 'review_status'",
    "reference-page-without-description": "docs/glossary.md:1: front matter has no 'description'",
    "review-date-not-iso": "docs/about.md:4: 'last_reviewed' must be a date written YYYY-MM-DD",
    "next-review-not-after-last-review": "docs/about.md:5: next_review 2026-01-31 is not after last_reviewed",
    "next-review-more-than-3-years-on": "docs/about.md:5: next_review 2029-12-01 is more than 3 years after",
    "review-status-empty": "docs/about.md:6: 'review_status' must be non-empty text",
    "description-too-long": "docs/about.md:3: description is 162 characters; at most 160",
    "sources-not-a-list": "docs/about.md:7: 'sources' must be a list of reference keys",
    # citations
    "unknown-citation-key": "docs/about.md:12: unknown citation key 'no-such-source'",
    "unknown-citation-key-in-include": "docs/about.md:23: unknown citation key 'no-such-source' in snippet include",
    "unknown-citation-key-in-sources": "docs/about.md:7: unknown citation key 'no-such-source' in front matter sources",
    "citation-without-snippet": "docs/about.md:12: [^julian2020] is cited but",
    "snippet-without-citation": "docs/about.md:23: references/julian2020.md is included but [^julian2020] is never cited",
    "sources-not-matching-citations": "docs/about.md:7: front matter sources do not match the citations "
                                      "(listed but not cited: julian2020)",
    "reference-snippet-not-generated": "docs/about.md:23: content/references/ods-b12.md does not exist",
    "missing-snippet-file": "docs/about.md:18: snippet content/callouts/no-such-callout.md does not exist",
    # internal links
    "link-to-missing-page": "docs/about.md:16: link to missing page help.md",
    "link-to-missing-anchor": "docs/about.md:16: link to missing anchor #what-to-do in index.md",
    "link-to-missing-anchor-on-same-page": "docs/about.md:16: link to missing anchor #how-we-check",
    "link-to-missing-glossary-term": "docs/about.md:16: link to missing anchor #mylin in glossary.md",
    "absolute-link": "docs/about.md:16: absolute link /index.md",
    # images
    "image-without-alt": "docs/about.md:18: image without alt text",
    "html-image-without-alt": "docs/about.md:18: <img> without an alt attribute",
    "html-image-empty-alt-not-hidden": 'docs/about.md:18: <img alt=""> without aria-hidden="true"',
    "external-image": "docs/about.md:18: image from another site",
    # external links
    "external-link-not-https": "docs/about.md:16: external link is not https: http://www.nhs.uk/",
    "external-link-not-a-source": "docs/about.md:16: external link to a page that is not a source"
                                  " in content/references.yml: https://example.com/b12",
    "html-link-not-a-source": "docs/about.md:16: external link to a page that is not a source"
                              " in content/references.yml: https://example.com/b12",
    # navigation
    "page-not-in-nav": "docs/extra.md: page is not in the nav of mkdocs.yml",
    "nav-entry-without-file": "mkdocs.yml:9: nav entry help.md has no file docs/help.md",
    # data files
    "reference-without-title": "content/references.yml:17: reference 'ods-b12' has no 'title'",
    "reference-unknown-kind": "content/references.yml:17: reference 'ods-b12' has kind 'blog'",
    "reference-without-identifier": "content/references.yml:17: reference 'ods-b12' has none of pmid, doi, url",
    "reference-url-not-https": "content/references.yml:17: reference 'ods-b12' url is not https",
    "glossary-term-without-meaning": "content/glossary.yml:3: glossary term 'nerve' has no meaning",
    "glossary-term-twice": "content/glossary.yml:3: not valid YAML: key 'myelin' is given twice",
    # page dates
    "first-published-missing": "docs/about.md:1: front matter has no 'first_published'",
    "reference-page-without-next-review": "docs/glossary.md:1: front matter has no 'next_review'",
    "last-updated-not-iso": "docs/about.md:9: 'last_updated' must be a date written YYYY-MM-DD",
    "last-updated-before-first-published": "docs/about.md:9: last_updated 2026-11-01 is before first_published",
    "last-updated-in-the-future": "docs/about.md:9: last_updated 2999-01-01 is in the future",
    "last-reviewed-in-the-future": "docs/about.md:4: last_reviewed 2999-01-01 is in the future",
    # clinical review record
    "review-of-missing-page": "content/reviews.yml:2: review of page 'nothing.md', which does not exist in docs/",
    "review-without-reviewer": "content/reviews.yml:2: review has no 'reviewer'",
    "review-status-claims-a-review": "docs/about.md:6: review_status says 'clinically reviewed', but no review",
    # warning signs
    "warning-sign-unknown-level": "content/warning-signs.yml:29: sign 'pain at night' has level 'soon', not one of",
    "warning-sign-without-source": "content/warning-signs.yml:29: sign 'pain at night' has no source",
    "warning-sign-unknown-source": "content/warning-signs.yml:29: sign 'pain at night' has unknown source 'no-such-source'",
    "warning-sign-written-by-hand": "docs/about.md:17: warning sign written by hand: 'numbness around your buttocks'",
}


def project_with(tmp_path, *defects):
    """A copy of the good fixture with the files of each broken fixture laid over it."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "good", project)
    for defect in defects:
        shutil.copytree(FIXTURES / "broken" / defect, project, dirs_exist_ok=True)
    return project


def check(root):
    done = subprocess.run([sys.executable, str(CHECKER), "--root", str(root)], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def errors(output: str) -> list[str]:
    """The problem lines of the output: not warnings, not the closing summary."""
    return [line for line in output.splitlines() if line and ": warning: " not in line
            and not line.startswith("check_content:")]


def test_every_broken_fixture_is_tested():
    assert sorted(path.name for path in (FIXTURES / "broken").iterdir() if path.is_dir()) == \
        sorted([*DEFECTS, "reference-not-cited"])


def test_the_good_fixture_passes_without_warnings():
    code, output = check(FIXTURES / "good")
    assert code == 0, output
    assert output.strip().startswith("check_content: 4 pages, 2 references"), output
    assert "warning" not in output


@pytest.mark.parametrize("defect", DEFECTS)
def test_a_defect_fails_with_its_own_message(tmp_path, defect):
    code, output = check(project_with(tmp_path, defect))
    assert code == 1, output
    # Exactly one error, and it is this defect's: each fixture breaks one rule once.
    found = errors(output)
    assert len(found) == 1 and found[0].startswith(DEFECTS[defect]), output


def test_a_reference_no_page_cites_is_a_warning_not_a_failure(tmp_path):
    code, output = check(project_with(tmp_path, "reference-not-cited"))
    assert code == 0, output
    assert "content/references.yml:17: warning: reference 'ods-b12' is not cited by any page" in output


def test_all_problems_are_reported_before_failing(tmp_path):
    defects = ("missing-front-matter", "page-not-in-nav", "nav-entry-without-file", "glossary-term-without-meaning")
    code, output = check(project_with(tmp_path, *defects))
    assert code == 1, output
    found = errors(output)
    assert len(found) == len(defects), output
    for defect in defects:
        assert any(line.startswith(DEFECTS[defect]) for line in found), f"{defect} not reported:\n{output}"


def test_the_site_passes():
    code, output = check(ROOT)
    assert code == 0, f"tools/check_content.py refuses the site's content:\n{output}"
