"""The "page not found" page: the server sends it for a missing address at any depth,
so it must lead back to the main pages with links that work from anywhere."""

from urllib.parse import urlsplit

import pytest

from helpers import NOT_FOUND, SITE_PATH, article, resolve, site_path, words

# Where a lost reader most likely wants to go: the start, and the urgent advice.
MAIN_PAGES = ["/", "/when-to-get-help/"]
LINKS = [("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")]


@pytest.fixture(scope="module")
def page(site_dir, pages):
    assert (site_dir / "404.html").is_file(), "the build has no 404.html"
    return pages[NOT_FOUND]


def test_has_one_h1(page):
    assert len(page.find_all("h1")) == 1


def test_links_back_to_the_main_pages(page):
    linked = {site_path(resolve(NOT_FOUND, a["href"])) for a in article(page).find_all("a", href=True)}
    missing = [url for url in MAIN_PAGES if url.lstrip("/") not in linked]
    assert not missing, f"the 404 page's text does not link to {missing} (it links to {sorted(map(str, linked))})"


def test_internal_links_are_root_absolute_under_the_site_path(page):
    """A relative link would resolve against the missing address, not against the site."""
    relative = []
    for name, attribute in LINKS:
        for tag in page.find_all(name, attrs={attribute: True}):
            href = tag[attribute]
            if urlsplit(href).scheme or href.startswith("#"):
                continue  # an external address, or a place on this same page
            if not href.startswith(SITE_PATH):
                relative.append(href)
    assert not relative, f"404.html links not starting with {SITE_PATH}: {relative}"


def test_says_the_page_was_not_found(page):
    assert "not found" in words(article(page)).lower()
