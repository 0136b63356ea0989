"""Reading the site tells no one else: every request stays on the site's own origin, no
cookie is set, and the browser keeps only the theme's own preferences (the light/dark choice).
"""

from urllib.parse import urlsplit

import pytest
from browser_helpers import ALL_URLS, full_url, goto, wait_for_search_index

# What Material keeps in localStorage, under a key scoped to the site's path
# ("/b12-back-pain/.__palette"): the reader's light/dark choice. Not a cookie: never sent.
THEME_PREFERENCES = {"__palette"}

STORAGE_JS = """() => ({local: Object.keys(localStorage), session: Object.keys(sessionStorage),
                       cookie: document.cookie})"""
# <link rel="preconnect"> and the like reach another host without a request event.
HINTS_JS = """() => [...document.querySelectorAll(
    "link[rel~='preconnect'], link[rel~='dns-prefetch'], link[rel~='prefetch']")].map(l => l.href)"""


@pytest.fixture(scope="module")
def visit(chromium, server):
    """Load every page in one fresh context, as one reader would; record every request."""
    context = chromium.new_context()
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    storage, hints = {}, {}
    for url in ALL_URLS:
        goto(page, full_url(server, url))
        page.wait_for_load_state("networkidle")
        storage[url] = page.evaluate(STORAGE_JS)
        hints[url] = page.evaluate(HINTS_JS)
    # The search loads its index (and, in Material, a worker) only when used: use it.
    if page.locator(".md-search__input").count():
        page.locator(".md-search__input").focus()
        wait_for_search_index(page)
        page.keyboard.type("b12")
        page.locator(".md-search-result__link").first.wait_for()
    else:  # Zensical's own search dialog opens with "/" (README, Two builders: search)
        page.keyboard.press("/")
        page.keyboard.type("b12")
    page.wait_for_load_state("networkidle")
    storage["after a search"] = page.evaluate(STORAGE_JS)
    # The light/dark switch is the one thing that writes a preference: use it too.
    page.keyboard.press("Escape")
    page.locator(".md-option + label:not([hidden])").first.click()
    page.wait_for_load_state("networkidle")
    storage["after the light/dark switch"] = page.evaluate(STORAGE_JS)
    yield {"requests": requests, "storage": storage, "hints": hints, "cookies": context.cookies()}
    context.close()


def test_every_request_goes_to_the_sites_own_origin(visit, server):
    own = urlsplit(server.origin)
    assert len(visit["requests"]) >= len(ALL_URLS), "the pages made fewer requests than expected"
    assert any("search" in url for url in visit["requests"]), "the search index was not loaded"
    elsewhere = [url for url in visit["requests"]
                 if (urlsplit(url).scheme, urlsplit(url).netloc) != (own.scheme, own.netloc)]
    assert not elsewhere, f"requests to other origins: {sorted(set(elsewhere))}"


def test_no_cookie_is_set(visit):
    assert visit["cookies"] == []
    assert all(seen["cookie"] == "" for seen in visit["storage"].values())


def test_only_the_themes_own_preferences_are_stored(visit, server):
    prefix = urlsplit(server.base_url).path + "."  # Material's scope: the site's path
    for where, seen in visit["storage"].items():
        assert seen["session"] == [], f"{where}: sessionStorage holds {seen['session']}"
        unknown = [key for key in seen["local"]
                   if not key.startswith(prefix) or key[len(prefix):] not in THEME_PREFERENCES]
        assert not unknown, f"{where}: unexpected localStorage keys {unknown}"
    assert visit["storage"]["after the light/dark switch"]["local"] == [prefix + "__palette"]


def test_pages_ask_no_other_site_to_connect_early(visit, server):
    elsewhere = {url: found for url, found in visit["hints"].items()
                 if any(not hint.startswith(server.origin + "/") for hint in found)}
    assert not elsewhere, f"connection hints to other sites: {elsewhere}"
