"""The site's search finds the page a reader means, in US and UK spelling."""

import pytest
from browser_helpers import site_path, wait_for_search_index

# Material's search box and result list; Zensical has its own search (README, Two builders).
pytestmark = pytest.mark.zensical_difference("search")

# (what a reader types, a page the results must list)
SEARCHES = [
    ("myelin", "/how-b12-affects-nerves/"),
    ("anemia", "/other-ways-low-b12-adds-to-pain/"),
    ("anaemia", "/other-ways-low-b12-adds-to-pain/"),
]


@pytest.mark.parametrize("words, expected", SEARCHES)
def test_search_lists_the_page(open_page, server, words, expected):
    page = open_page("/about/")
    page.locator(".md-search__input").focus()
    wait_for_search_index(page)
    page.keyboard.type(words)
    results = page.locator(".md-search-result__link")
    results.first.wait_for()
    # Material lists ten pages at first and more as the list is scrolled: scroll to the end.
    shown = -1
    while shown != results.count():
        shown = results.count()
        page.locator(".md-search__scrollwrap").evaluate("wrap => wrap.scrollTo(0, 1e6)")
        page.wait_for_timeout(200)
    found = {site_path(server, href) for href in results.evaluate_all("links => links.map(l => l.href)")}
    assert expected in found, f"searching {words!r} lists {sorted(found)}, not {expected}"


def test_search_for_nonsense_finds_nothing(open_page):
    # The check above could pass if every search listed every page; this one could not.
    page = open_page("/about/")
    page.locator(".md-search__input").focus()
    wait_for_search_index(page)
    page.keyboard.type("xylophonequark")
    page.locator(".md-search-result__meta", has_text="No matching documents").wait_for()
    assert page.locator(".md-search-result__link").count() == 0
