"""Search costs nothing until it is used: the worker and index load when the reader searches.

docs/assets/javascripts/search-on-demand.js holds them back; this shows the page loads
without them, that each way into search starts them, and that results then appear.
"""

import pytest

from browser_helpers import full_url, goto

# Material's index and worker, and Zensical's index (which it still loads at once).
SEARCH_FILES = ("search/search_index.json", "/workers/search", "/search.json")


def search_requests(page) -> list[str]:
    return [url for url in page.requested if any(part in url for part in SEARCH_FILES)]


@pytest.fixture
def watched_page(open_page, chromium, server):
    """A page whose requests are recorded from the very first one."""
    context = chromium.new_context()
    page = context.new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    goto(page, full_url(server, "/about/"), wait_until="networkidle")
    yield page
    context.close()


@pytest.mark.zensical_difference("search")
def test_page_loads_without_the_search_worker_or_index(watched_page):
    assert search_requests(watched_page) == []


@pytest.mark.zensical_difference("search")
@pytest.mark.parametrize("start", ["click the search button", "press slash", "focus the field"])
def test_each_way_into_search_starts_it_and_finds_pages(watched_page, start):
    page = watched_page
    if start == "click the search button":
        page.set_viewport_size({"width": 390, "height": 844})
        page.get_by_role("button", name="Search", exact=True).click()  # site.js's, beside the theme's label
    elif start == "press slash":
        page.keyboard.press("/")
    else:
        page.locator(".md-search__input").focus()
    page.keyboard.type("myelin")
    page.locator(".md-search-result__link").first.wait_for()
    assert len(search_requests(page)) == 2
