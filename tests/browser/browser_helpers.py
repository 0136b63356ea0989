"""Small helpers shared by the browser tests (accessibility, keyboard, privacy, health, search).

Each browser test file gets what it needs from here: the list of pages, URLs under the
server's sub-path, axe-core runs, keyboard moves and colour contrast of a focus ring.
Named browser_helpers, not helpers: tests/helpers.py (the HTML tests') has that module name.
"""

from urllib.parse import urlsplit

from site_pages import page_urls

# The site's own "not found" page, reached through a URL that does not exist.
MISSING_URL = "/no-such-page/"
# Every page a reader can reach: those in the navigation, and the 404 page.
ALL_URLS = page_urls() + [MISSING_URL]

# Phone and desktop sizes (conftest's PHONE and DESKTOP are these). Tests that keep a page
# per mode use them.
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}

# WCAG 2.0, 2.1 and 2.2 level A and AA, plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# Material writes the body's data-md-color-scheme from the reader's prefers-color-scheme.
SCHEMES = {"light": "default", "dark": "slate"}


def goto(page, address: str, **options):
    """page.goto, then wait until the page's scripts have run; returns the response.

    The scripts start only after the first paint (overrides/partials/javascripts/after-paint.html),
    so the load event no longer means they have run.
    """
    response = page.goto(address, **options)
    page.wait_for_selector("html[data-scripts-ready]", state="attached")
    return response


def full_url(server, url: str) -> str:
    """A site URL such as "/about/" as the server serves it, under the sub-path."""
    return server.base_url + url.lstrip("/")


def site_path(server, absolute_url: str) -> str:
    """The reverse of full_url: "http://host/b12-back-pain/about/#x" -> "/about/"."""
    path = urlsplit(absolute_url).path
    prefix = urlsplit(server.base_url).path
    return "/" + path[len(prefix):] if path.startswith(prefix) else path


def axe_violations(page, axe, context=None) -> list[dict]:
    """axe-core's violations on the page as loaded now (all AXE_TAGS rules)."""
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return axe.run(page, context=context, options=options).response["violations"]


def describe_violations(violations: list[dict]) -> str:
    """One line per rule broken, with a few of the elements, for an assertion message."""
    lines = []
    for rule in violations:
        targets = ", ".join(" ".join(node["target"]) for node in rule["nodes"][:3])
        lines.append(f"{rule['id']} ({rule['impact']}, {len(rule['nodes'])}x): {rule['help']} "
                     f"-> {targets}")
    return "\n".join(lines)


def tab_until(page, selector: str, limit: int = 200, key: str = "Tab") -> bool:
    """Press Tab until the focused element matches `selector`; False if it never does."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return True
    return False


# The focus ring's contrast with what it is drawn on: the element's own background when the
# ring is drawn inside (negative offset), its parent's otherwise. None when there is no ring.
RING_CONTRAST_JS = """
(element) => {
  const style = getComputedStyle(element);
  if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0) return null;
  const rgb = (text) => text.match(/[\\d.]+/g).map(Number);
  const background = (start) => {
    for (let node = start; node; node = node.parentElement) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
      if (a > 0.99) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const luminance = ([r, g, b]) => {
    const channel = (c) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const inside = parseFloat(style.outlineOffset) < 0;
  const behind = luminance(background(inside ? element : element.parentElement));
  const ring = luminance(rgb(style.outlineColor).slice(0, 3));
  return (Math.max(behind, ring) + 0.05) / (Math.min(behind, ring) + 0.05);
}
"""


def focus_style(page, selector: str) -> dict:
    """Outline and box-shadow of the first element matching `selector`, as now rendered."""
    return page.eval_on_selector(selector, """(element) => {
        const style = getComputedStyle(element);
        return {outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
                boxShadow: style.boxShadow};
    }""")


def wait_for_search_index(page) -> None:
    """Wait until the search has loaded its index: typing before that is lost."""
    page.wait_for_function("""() => {
        const meta = document.querySelector(".md-search-result__meta");
        return meta && meta.textContent.trim() !== "" && !/initializ/i.test(meta.textContent);
    }""")


def wait_for_search_results(page) -> None:
    """Wait until the search results stop changing: each typed letter starts a new search,
    and results redrawn after a key press would take the focus that key gave."""
    page.locator(".md-search-result__link").first.wait_for()
    page.wait_for_function("""() => {
        const html = document.querySelector(".md-search-result__list")?.innerHTML ?? "";
        const now = performance.now();
        if (html !== window.__searchResults) {
            window.__searchResults = html;
            window.__searchResultsSince = now;
            return false;
        }
        return now - window.__searchResultsSince > 300;
    }""", polling=50)


def wait_for_transitions(page) -> None:
    """Wait until no CSS transition or animation runs: colours checked mid-fade are wrong.
    Two frames first: a transition that focus or a class has just set off starts only with the
    next style update, and until then it is not in document.getAnimations()."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.wait_for_function(
        "() => document.getAnimations().every((animation) => animation.playState !== 'running')")
