"""How a page loads: drawn from its own HTML and one stylesheet, scripts after, nothing moving.

- Before the first paint the page requests its one stylesheet (made by tools/styles.py)
  and nothing else but images. Scripts wait in a <template>, started by
  overrides/partials/javascripts/after-paint.html.
- The scripts do arrive and run, in order (the theme's features work: other tests use them).
- Without any script, a dark-mode reader still gets the dark page (palette-media.html),
  and a reader's own light/dark choice still wins.
- Nothing on the page shifts while the scripts arrive (layout shift 0).
- On a slow network the page is drawn as it arrives: what has come is shown, in every browser.
- Footnote back-links get no tooltip from the theme (less start-up work), and keep their name.
- On a phone, the home page's main message and what the site is for are on the first screen.
"""

import time

import pytest
from browser_helpers import ALL_URLS, SCHEMES, VIEWPORTS, full_url, goto
from static_server import SiteHandler, SiteServer

FIRST_PAINT_JS = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
# Every request after the page itself, with when it started (ms after navigation).
REQUESTS_JS = "performance.getEntriesByType('resource').map((r) => [r.name, r.initiatorType, r.startTime])"
LAYOUT_SHIFT_JS = """() => new Promise((done) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => done(total), 500);
})"""


@pytest.fixture
def fresh_page(chromium):
    """A page not yet loaded, so a test can block requests first (open_page loads at once)."""
    contexts = []

    def _open(width: str = "phone", scheme: str = "light"):
        context = chromium.new_context(viewport=VIEWPORTS[width], color_scheme=scheme)
        contexts.append(context)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()


@pytest.mark.zensical_difference("styles")  # Zensical pages link Zensical's stylesheets and ours
@pytest.mark.parametrize("url", ["/", "/how-b12-affects-nerves/", "/handout/"])
def test_only_the_stylesheet_is_fetched_for_the_first_paint(open_page, url):
    page = open_page(url, VIEWPORTS["phone"])
    painted = page.evaluate(FIRST_PAINT_JS)
    assert painted is not None, f"{url}: no first contentful paint recorded"
    requests = page.evaluate(REQUESTS_JS)
    scripts = [name for name, _, _ in requests if name.endswith(".js")]
    assert scripts, f"{url}: the scripts never loaded"
    # Images (the logo, the favicon) are fetched too, but hold nothing back.
    early = [name for name, kind, start in requests if start < painted and not name.endswith((".svg", ".png"))]
    assert [name.rsplit("/", 1)[-1] for name in early] == ["styles.min.css"], \
        f"{url}: fetched before the first paint ({painted:.0f} ms): {early}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_system_colour_scheme_shows_without_any_script_file(fresh_page, server, scheme):
    page = fresh_page(scheme=scheme)
    page.route("**/*.js", lambda route: route.abort())  # the theme's bundle never arrives
    page.goto(full_url(server, "/about/"), wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
    assert page.locator("h1").is_visible()


def test_a_chosen_scheme_wins_over_the_system_one(open_page, server):
    page = open_page("/about/", VIEWPORTS["phone"], scheme="dark")
    page.locator(".md-option + label:not([hidden])").first.click()  # dark -> light, saved by the theme
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")
    page.route("**/*.js", lambda route: route.abort())
    page.goto(full_url(server, "/about/"), wait_until="load")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"


@pytest.mark.parametrize("url", ALL_URLS)
@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_nothing_moves_while_the_scripts_arrive(open_page, url, width):
    page = open_page(url, VIEWPORTS[width])
    shift = page.evaluate(LAYOUT_SHIFT_JS)
    assert shift < 0.001, f"{url} ({width}): layout shift {shift:.3f} while loading"


# The server holds the rest of the page this long. The test asks that the first half is painted
# before the rest is sent; 1 s was once too short for that on a loaded machine (Zensical, CI:
# painted at 1072 ms; it passed when run alone), so the wait is longer, not the check looser.
PAUSE_S = 2.0
SPLIT_AT = b"<h2 "  # the first section heading


class SlowSecondHalf(SiteHandler):
    """Sends each page up to its first section heading, waits PAUSE_S, then sends the
    rest, as a slow network delivers a page in parts."""

    def send_file(self, file, status):
        if file.suffix != ".html":
            return super().send_file(file, status)
        body = file.read_bytes()
        cut = body.find(SPLIT_AT)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:cut])
        self.wfile.flush()
        time.sleep(PAUSE_S)
        self.wfile.write(body[cut:])


@pytest.mark.parametrize("url", ["/", "/how-b12-affects-nerves/"])
def test_what_has_arrived_is_drawn_at_once(fresh_page, site_dir, site_prefix, url):
    """A reader on a slow network sees the top of the page while the rest is on its way:
    no engine-specific trick holds the first paint back (README, "How a page loads")."""
    built = site_dir / url.strip("/") / "index.html"
    assert SPLIT_AT in built.read_bytes(), f"{url}: no <h2> to split the page at"
    with SiteServer(site_dir, site_prefix, handler=SlowSecondHalf) as slow:
        page = fresh_page()
        goto(page, full_url(slow, url), wait_until="load")
        painted = page.evaluate(FIRST_PAINT_JS)
    assert painted is not None, f"{url}: no first contentful paint recorded"
    assert painted < PAUSE_S * 1000, (
        f"{url}: first painted at {painted:.0f} ms, only after the {PAUSE_S:.0f} s pause: "
        "the top of the page waited for the rest")


def test_footnote_backlinks_keep_their_name_without_a_tooltip(open_page):
    """site.js moves each "↩" link's title to aria-label before the theme starts, so the
    theme builds no tooltip for it (less work after the first paint) and the link keeps
    its accessible name."""
    page = open_page("/how-b12-affects-nerves/")
    links = page.locator(".md-content a.footnote-backref")
    assert links.count() > 0, "no footnote back-links on the page"
    names = links.evaluate_all("links => links.map((link) => [link.getAttribute('aria-label'), link.title])")
    assert all(label and label.startswith("Back to where source") and not title for label, title in names), names


# The first two things under the home page's title, the partials (byline, overdue notice) and hidden
# elements left out: the main message and what the site is for (tests/test_required_sections.py
# checks that they are), with where they are on the screen before any scrolling.
LEAD_JS = """() => {
  const shown = [...document.querySelectorAll("article h1 ~ *")]
    .filter(element => !element.matches(".page-byline, .page-review__overdue, [hidden]"));
  return shown.slice(0, 2).map(element => {
    const box = element.getBoundingClientRect();
    return {text: element.textContent.trim().slice(0, 40), top: box.top, bottom: box.bottom, height: box.height};
  });
}"""
# Phone screens: a common one (the site's phone size), and the smallest in use (iPhone SE, first model).
FIRST_SCREENS = {"390x844": VIEWPORTS["phone"], "320x568": {"width": 320, "height": 568}}


@pytest.mark.parametrize("screen", list(FIRST_SCREENS))
def test_home_page_message_and_purpose_are_on_the_first_phone_screen(open_page, screen):
    """Issue 13: the home page leads with its one main message and what the site is for, both
    seen whole without scrolling."""
    viewport = FIRST_SCREENS[screen]
    # As a phone shows it: scroll bars drawn over the page, not taking 15 px of its width.
    page = open_page("/", viewport, is_mobile=True, has_touch=True)
    lead = page.evaluate(LEAD_JS)
    assert len(lead) == 2, f"/: expected a main message and a purpose under the title, found {lead}"
    for part, name in zip(lead, ("the main message", "what the site is for")):
        assert part["height"] > 0, f"/ at {screen}: {name} ({part['text']!r}) is not shown"
        assert 0 <= part["top"] and part["bottom"] <= viewport["height"], (
            f"/ at {screen}: {name} ({part['text']!r}) runs from {part['top']:.0f} to {part['bottom']:.0f} px,"
            f" not inside the first screen (0 to {viewport['height']} px)")
