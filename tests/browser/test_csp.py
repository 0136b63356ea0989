"""Under its Content-Security-Policy every page loads without a single violation, the
policy really is in force, and the search (a Web Worker) still finds pages."""

import pytest

from browser_helpers import full_url, goto
from site_pages import page_urls

# Pages as a reader meets them, plus the 404 page the server sends for a bad address.
URLS = page_urls() + ["/no-such-page/"]
# Recorded from the very start of each page, before any of its scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` (${event.sourceFile || ""}:${event.lineNumber || ""})`);
});
"""


def recording_page(chromium):
    """A new page that records CSP violations and CSP console errors from its very start:
    (page, the list the console errors go into)."""
    context = chromium.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error"
            and "Content Security Policy" in message.text and errors.append(message.text))
    return page, errors


def load(page, server, url):
    goto(page, full_url(server, url), wait_until="load")
    page.wait_for_timeout(300)  # late scripts: tooltips, the search worker


def open_recorded(chromium, server, url):
    """A recording page with `url` loaded; returns (page, console errors)."""
    page, errors = recording_page(chromium)
    load(page, server, url)
    return page, errors


@pytest.fixture(scope="module")
def recorded(chromium, server):
    """{url: (violations, CSP console errors)}, every page loaded in turn in one page: a new
    context per page cost about half a second each, and the policy is the same either way."""
    page, errors = recording_page(chromium)
    found = {}
    for url in URLS:
        errors.clear()
        load(page, server, url)
        found[url] = (page.evaluate("window.__cspViolations"), list(errors))
    page.context.close()
    return found


@pytest.mark.parametrize("url", URLS)
def test_page_loads_without_violations(recorded, url):
    violations, errors = recorded[url]
    assert violations == [], f"{url}: CSP violations"
    assert errors == [], f"{url}: CSP errors in the console"


def test_policy_is_in_force(chromium, server):
    """An inline script added to the page is blocked and reported: the check above can fail."""
    page, _ = open_recorded(chromium, server, "/")
    try:
        page.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.__ranInline = true";
            document.head.append(script);
        }""")
        page.wait_for_timeout(100)
        assert page.evaluate("window.__ranInline") is None
        assert any("script-src" in violation for violation in page.evaluate("window.__cspViolations"))
    finally:
        page.context.close()


def test_open_search_keeps_to_the_policy(chromium, server):
    """Opening search adds the builder's search widgets (Zensical: a <style> in a shadow root,
    allowed by its hash from `make csp`): still no violation."""
    page, errors = open_recorded(chromium, server, "/")
    try:
        page.keyboard.press("/")  # both builders open search on "/"
        page.wait_for_timeout(1000)
        assert page.evaluate("window.__cspViolations") == [] and errors == []
    finally:
        page.context.close()


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
def test_search_works_under_the_policy(chromium, server):
    page, errors = open_recorded(chromium, server, "/")
    try:
        search = page.locator("input.md-search__input")  # shown in the header at desktop width
        search.click()
        search.press_sequentially("cauda", delay=30)  # typed: Material reacts to key events
        results = page.locator(".md-search-result__item")
        results.first.wait_for()
        assert results.count() >= 1
        assert page.evaluate("window.__cspViolations") == [] and errors == []
    finally:
        page.context.close()
