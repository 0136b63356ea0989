"""Every page loads cleanly: no console error, no script error, no failed request, every
link on it works under the site's sub-path, and a missing URL gets the site's 404 page."""

from urllib.parse import urldefrag

import pytest
from browser_helpers import ALL_URLS, MISSING_URL, full_url, goto


@pytest.fixture(scope="module")
def health(chromium, server):
    """Load every page in one context; record its problems and the links it holds."""
    context = chromium.new_context()
    page = context.new_page()
    problems, links, status = {}, {}, {}
    current = []  # the URL being loaded, so each problem is filed under its page

    missing = full_url(server, MISSING_URL)  # its 404 is deliberate, and reported by Chromium

    def note(text):
        problems.setdefault(current[-1], []).append(text)

    def on_console(message):
        deliberate = (message.location.get("url") == missing
                      and message.text.startswith("Failed to load resource"))
        if message.type == "error" and not deliberate:
            note(f"console: {message.text} ({message.location.get('url')})")

    def on_response(response):
        if response.status >= 400 and response.url != missing:
            note(f"HTTP {response.status}: {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: note(f"script error: {error}"))
    page.on("requestfailed", lambda request: note(f"failed: {request.url} ({request.failure})"))
    page.on("response", on_response)
    for url in ALL_URLS:
        current.append(url)
        response = goto(page, full_url(server, url))
        page.wait_for_load_state("networkidle")
        status[url] = response.status
        links[url] = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
    yield {"problems": problems, "links": links, "status": status, "request": context.request}
    context.close()


@pytest.mark.parametrize("url", ALL_URLS)
def test_page_loads_without_errors(health, url):
    expected = 404 if url == MISSING_URL else 200
    assert health["status"][url] == expected
    assert not health["problems"].get(url), "\n".join(health["problems"][url])


# On Zensical the 404 page's skip link "#__skip" is fetched as the missing URL itself.
@pytest.mark.parametrize("url", [
    pytest.param(url, marks=pytest.mark.zensical_difference("skip link")) if url == MISSING_URL else url
    for url in ALL_URLS])
def test_every_internal_link_works(health, server, url):
    internal = {urldefrag(link).url for link in health["links"][url]
                if link.startswith(server.origin + "/")}
    assert internal, f"{url} links to nothing on the site"
    outside = sorted(link for link in internal if not link.startswith(server.base_url))
    assert not outside, f"{url} links outside the site's sub-path: {outside}"
    broken = {link: status for link in sorted(internal)
              if (status := health["request"].get(link).status) != 200}
    assert not broken, f"{url} has broken links: {broken}"


@pytest.mark.zensical_difference("skip link")  # Zensical's 404 page links "#__skip", fetched as the missing URL
def test_a_missing_url_deep_in_the_site_gets_the_404_page(health, chromium, server):
    # The 404 page is served at any depth, so its own links must not be relative to it.
    page = chromium.new_page()
    try:
        response = goto(page, full_url(server, "/no/such/deep/page/"))
        assert response.status == 404
        assert page.locator("h1").count() == 1
        links = {urldefrag(link).url for link in page.eval_on_selector_all(
            "a[href]", "links => links.map(link => link.href)") if link.startswith(server.origin)}
        broken = sorted(link for link in links if health["request"].get(link).status != 200)
        assert links and not broken, f"links broken on the deep 404 page: {broken}"
    finally:
        page.context.close()
