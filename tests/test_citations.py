"""Citations: numbered footnotes that lead to each page's "Sources for this page" list,
and every work in content/references.yml listed in full on /sources/."""

import re
import warnings

import pytest

from helpers import DOCS, NOT_FOUND, all_front_matter, article, words
from site_pages import nav_files, page_urls, url_for
import references

FRONT = all_front_matter()
CITING = [url for url, meta in FRONT.items() if meta.get("sources")]
REFERENCES = references.load()


def nav_file(url: str) -> str:
    return next(name for name in nav_files() if url_for(name) == url)


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
    cited = {a["href"].removeprefix("#fn:") for a in refs}
    listed = {li["id"].removeprefix("fn:") for li in sources_list(body)}
    assert cited == listed, f"{url}: cited in the text {sorted(cited)}, listed {sorted(listed)}"


def number_of(body) -> dict[str, int]:
    """{key: the number its source has on the page}: its place in the list of sources."""
    return {li["id"].removeprefix("fn:"): place for place, li in enumerate(sources_list(body), start=1)}


@pytest.mark.parametrize("url", CITING)
def test_each_citation_shows_its_number_in_brackets_after_a_hidden_word(pages, url):
    """"Source [3]": side by side they read [2][3], not 23; the word is for screen readers, hidden
    on screen (tests/browser/test_citation_names.py checks the names), the brackets hidden from them."""
    body = article(pages[url])
    number = number_of(body)
    for ref in body.select("a.footnote-ref"):
        hidden = ref.select_one(".visually-hidden")
        brackets = [span.get_text() for span in ref.select('[aria-hidden="true"]')]
        key = ref["href"].removeprefix("#fn:")
        assert words(ref) == f"Source [{number[key]}]", f"{url}: a citation of {key} reads {words(ref)!r}"
        assert hidden is not None and hidden.get_text() == "Source ", f"{url}: {ref}"
        assert brackets == ["[", "]"], f"{url}: {ref}"


@pytest.mark.parametrize("url", CITING)
def test_sources_are_numbered_in_the_order_the_page_includes_them(pages, url):
    """The writer sets the numbers with the order of the references/ includes (mkdocs.yml)."""
    page = (DOCS / nav_file(url)).read_text(encoding="utf-8")
    included = re.findall(r'^--8<-- "references/([^"]+)\.md"', page, re.MULTILINE)
    assert list(number_of(article(pages[url]))) == included, f"{url}: sources not numbered in include order"
