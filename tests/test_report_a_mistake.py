"""'Report a mistake' on every page: a plain link (no script, nothing sent until it is followed) to
the repository's issue form, with the page's own address filled in; the repository's address set
once, in mkdocs.yml (extra.repository); and the form itself, with the fields the link relies on.
tests/browser/test_privacy.py shows that no request leaves the site while reading."""

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from helpers import CONFIG, ROOT, article, public_url
from site_pages import page_urls

REPOSITORY = CONFIG["extra"]["repository"]
FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-mistake.yml"
LINK_TEXT = "Report a mistake on this page"


def test_the_repository_is_set_once_in_mkdocs_yml():
    assert urlsplit(REPOSITORY).scheme == "https" and urlsplit(REPOSITORY).netloc == "github.com", REPOSITORY
    assert "repo_url" not in CONFIG, "repo_url makes Material ask api.github.com on every page load"
    written = [str(path.relative_to(ROOT)) for folder in ("overrides", "docs/assets")
               for path in (ROOT / folder).rglob("*") if path.is_file() and path.suffix in (".html", ".js", ".css")
               and REPOSITORY.split("//")[1] in path.read_text(encoding="utf-8")]
    assert not written, f"the repository's address is written out in {written}: use config.extra.repository"


@pytest.mark.parametrize("url", page_urls())
def test_every_page_links_to_the_form_with_its_own_address(pages, url):
    links = [a for a in article(pages[url]).find_all("a", href=True) if a.get_text(strip=True) == LINK_TEXT]
    assert len(links) == 1, f"{url}: {len(links)} links {LINK_TEXT!r}"
    href = links[0]["href"]
    address = urlsplit(href)
    assert f"{address.scheme}://{address.netloc}{address.path}" == f"{REPOSITORY}/issues/new", href
    assert parse_qs(address.query) == {"template": [FORM.name], "page": [public_url(url)]}, href
    assert "page=https%3A" in address.query, f"{url}: the page's address is not URL-encoded: {href}"


def test_the_link_runs_nothing_and_loads_nothing(pages):
    link = next(a for a in article(pages["/"]).find_all("a", href=True) if a.get_text(strip=True) == LINK_TEXT)
    assert set(link.attrs) == {"href", "rel"}, f"the link carries more than an address: {link.attrs}"
    assert set(link["rel"]) == {"noopener", "noreferrer"}, f"the link may send a referrer: {link.attrs}"


@pytest.fixture(scope="module")
def form() -> dict:
    return yaml.safe_load(FORM.read_text(encoding="utf-8"))


def fields(form: dict) -> dict:
    return {item["id"]: item for item in form["body"] if "id" in item}


def test_the_form_is_a_github_issue_form(form):
    assert {"name", "description", "body"} <= set(form), sorted(form)
    for item in form["body"]:
        assert item["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}, item
        assert item["type"] == "markdown" or item["attributes"].get("label"), f"a field without a label: {item}"
    ids = [item["id"] for item in form["body"] if "id" in item]
    assert len(ids) == len(set(ids)), f"ids used twice: {ids}"


def test_the_form_asks_for_the_page_what_is_wrong_and_a_source(form):
    found = fields(form)
    assert found["page"]["type"] == "input", "the link fills in the field with the id 'page'"
    wrong = [item for item in found.values() if item["type"] == "textarea"]
    assert len(wrong) == 1 and wrong[0]["validations"]["required"] is True, "what is wrong must be asked, and required"
    assert found["source"]["type"] == "input" and found["source"]["validations"]["required"] is False


def test_the_form_warns_not_to_share_health_details(form):
    notes = " ".join(item["attributes"]["value"] for item in form["body"] if item["type"] == "markdown")
    assert "Anyone can read this report" in notes and "do not share details about your own health" in notes, notes
