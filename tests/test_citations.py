"""Citations: numbered footnotes that lead to each page's "Sources for this page" list,
and every work in content/references.yml listed in full on /sources/."""

import re
import warnings

import pytest

from helpers import NOT_FOUND, all_front_matter, article, words
from site_pages import page_urls
import references

FRONT = all_front_matter()
CITING = [url for url, meta in FRONT.items() if meta.get("sources")]
REFERENCES = references.load()


def sources_list(body):
    """The footnote items that follow the "Sources for this page" heading."""
    heading = body.find(id="sources-for-this-page")
    assert heading is not None and re.fullmatch(r"h[2-6]", heading.name), "no 'Sources for this page' heading"
    following = heading.find_next_sibling()
    assert following is not None, "nothing follows the 'Sources for this page' heading"
    items = following.select('li[id^="fn:"]') if following.name != "li" else []
    assert items, "the 'Sources for this page' heading is not followed by the footnotes list"
    return items


@pytest.mark.parametrize("url", CITING)
def test_sources_for_this_page_lists_exactly_the_page_sources(pages, url):
    keys = [li["id"].removeprefix("fn:") for li in sources_list(article(pages[url]))]
    assert sorted(keys) == sorted(FRONT[url]["sources"]), f"{url}: list {keys}, front matter {FRONT[url]['sources']}"


@pytest.mark.parametrize("url", CITING)
def test_every_source_is_cited_by_a_numbered_reference(pages, url):
    body = article(pages[url])
    refs = body.select('a[href^="#fn:"]')
    assert all(re.fullmatch(r"\d+", words(a)) for a in refs), f"{url}: footnote references must be numbers"
    cited = {a["href"].removeprefix("#fn:") for a in refs}
    listed = {li["id"].removeprefix("fn:") for li in sources_list(body)}
    assert cited == listed, f"{url}: cited in the text {sorted(cited)}, listed {sorted(listed)}"


@pytest.mark.parametrize("key", sorted(REFERENCES))
def test_every_reference_is_on_the_sources_page(pages, key):
    entry = article(pages["/sources/"]).find(id=key)
    assert entry is not None, f"/sources/ has no element with id {key!r}"
    hrefs = {a["href"] for a in entry.find_all("a", href=True)}
    missing = [url for _, url in references.links(REFERENCES[key]) if url not in hrefs]
    assert not missing, f"/sources/#{key} lacks the links {missing}"


@pytest.mark.parametrize("url", [*page_urls(), NOT_FOUND])
def test_no_unresolved_citation(pages, url):
    text = words(pages[url].body)
    at = text.find("[^")
    assert at == -1, f"{url}: an unresolved citation: ...{text[max(0, at - 40):at + 40]}..."


def test_cited_keys_exist_and_uncited_references_are_reported():
    cited = {key for meta in FRONT.values() for key in meta.get("sources") or []}
    assert cited <= set(REFERENCES), f"cited but not in references.yml: {sorted(cited - set(REFERENCES))}"
    # Not an error: a work may be listed on /sources/ before any page cites it.
    if uncited := sorted(set(REFERENCES) - cited):
        print(f"references cited by no page: {uncited}")
        warnings.warn(f"references cited by no page: {uncited}")
