"""The one slimmed stylesheet draws every page exactly as the theme's own stylesheets do.

Every page links one stylesheet, made by tools/styles.py from the theme's main and
palette stylesheets, site.css and print.css, cut to the rules the site can use
(tools/css_slim.py). Here every element's computed style, with its ::before and ::after,
is recorded under that stylesheet; then the theme's own stylesheets and ours are linked
in its place (they are in the built site too), and the record is taken again. Any
property that differs fails, naming the element. Checked on every page at phone width,
on the pages with the most kinds of content at desktop width in the dark scheme and in
print, and in states that scripts or the reader bring about: search results, the open
menu, a tooltip, a scrolled page, a link focused from the keyboard. Hover, ::selection
and ::placeholder are not compared. Zensical pages link Zensical's own stylesheets
(README, "Two builders"), so there is nothing to compare.
"""

import pytest
from browser_helpers import ALL_URLS, VIEWPORTS, wait_for_search_index, wait_for_transitions

SLIM = "link[rel=stylesheet][href$='styles.min.css']"
pytestmark = pytest.mark.zensical_difference("styles")

# Each element's computed style, one string per element and drawn pseudo-element, kept in
# the page (window.__styles) under a name; DIFF_JS compares two of them there, so only
# the differences travel back. Every computed style lists the same properties, so the list
# is read once (window.__properties) and each element keeps only its values: reading every
# element's own list took two to three times as long. Custom properties (--md-...) are left
# out: they draw nothing themselves, and slimming removes the unused ones on purpose; one
# that a kept rule uses shows in that rule's property.
SNAPSHOT_JS = """(name) => {
  const properties = window.__properties = window.__properties
    || Array.from(getComputedStyle(document.documentElement)).filter((property) => !property.startsWith("--"));
  const out = [];
  const elements = [document.documentElement, ...document.querySelectorAll("head ~ body, body *")];
  elements.forEach((element, index) => {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && (style.content === "none" || style.content === "normal")) continue;  // not drawn
      const where = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
        + (element.classList.length ? "." + [...element.classList].join(".") : "") + (pseudo || "");
      out.push([index + (pseudo || ""), where, properties.map((property) => style.getPropertyValue(property)).join("\\u001f")]);
    }
  });
  (window.__styles = window.__styles || {})[name] = out;
  return out.length;
}"""

DIFF_JS = """([first, second]) => {
  const [a, b] = [window.__styles[first], window.__styles[second]];
  if (a.length !== b.length) return ["the page's elements changed: " + a.length + " -> " + b.length];
  const properties = window.__properties;
  const found = [];
  a.forEach(([key, where, text], i) => {
    if (text === b[i][2]) return;
    const [old, now] = [text.split("\\u001f"), b[i][2].split("\\u001f")];
    const changed = properties.map((property, p) => [property, old[p], now[p]]).filter(([, was, is]) => was !== is)
      .slice(0, 4).map(([property, was, is]) => property + ": " + String(was).slice(0, 80) + " -> " + String(is).slice(0, 80));
    found.push(where + " (" + key + "): " + changed.join("; "));
  });
  return found;
}"""

# Link the theme's stylesheets and ours where the slimmed one stands; once they have loaded,
# remove it. (Linked first, so no element is ever unstyled and starts a transition.)
RELINK_JS = """async (sheets) => {
  const slim = document.querySelector("%s");
  const loads = sheets.map(([href, media]) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.media = media;
    link.href = new URL(href, slim.href).href;
    slim.before(link);
    return new Promise((done, failed) => { link.onload = done; link.onerror = failed; });
  });
  await Promise.all(loads);
  slim.remove();
}""" % SLIM


# What scripts change on a page: every element's attributes (classes, inline styles, state) and
# box, the scroll position and the focused element. True when it is as when last called. Far
# cheaper than a computed-style snapshot; running transitions are waited out separately.
SAME_STATE_JS = """() => {
  const state = JSON.stringify([scrollX, scrollY, document.activeElement?.outerHTML.slice(0, 200),
    [...document.querySelectorAll("*")].map((element) => {
      const box = element.getBoundingClientRect();
      return [...element.attributes].map((a) => a.name + "=" + a.value).join(" ")
        + " @" + [box.x, box.y, box.width, box.height].join(",");
    })]);
  const same = window.__state === state;
  window.__state = state;
  return same;
}"""


def settled_snapshot(page, name: str, tries: int = 10) -> None:
    """Take snapshot `name` once the page has stopped changing (the same 100 ms apart): the
    theme's scripts may still be moving something (the header as search opens), which is not
    what is compared here."""
    wait_for_transitions(page)
    page.evaluate(SAME_STATE_JS)
    for _ in range(tries):
        page.wait_for_timeout(100)
        if page.evaluate(SAME_STATE_JS):
            page.evaluate(SNAPSHOT_JS, name)
            return
    raise AssertionError(f"the page never settled for the {name!r} snapshot")


@pytest.fixture(scope="module")
def original_sheets(site_dir) -> list[tuple[str, str]]:
    """(href relative to the slimmed stylesheet, media) of the stylesheets it was made from."""
    folder = site_dir / "assets" / "stylesheets"
    theme = [next(folder.glob(f"{name}.*.min.css")).name for name in ("main", "palette")]
    return [(name, "all") for name in (*theme, "site.css")] + [("print.css", "print")]


@pytest.fixture
def open_mode(open_page, original_sheets):
    """open_mode(url, width, scheme, media) -> (page, compare): conftest's open_page with the
    width by name, and a function listing the elements whose computed style differs between
    the slimmed stylesheet and the originals."""
    def _open(url: str, width: str = "desktop", scheme: str = "light", media: str = "screen"):
        page = open_page(url, VIEWPORTS[width], scheme, media)
        assert page.locator("link[rel=stylesheet]").count() == 1 and page.locator(SLIM).count() == 1, \
            f"{url}: the page should link exactly one stylesheet, the slimmed one"

        def compare() -> list[str]:
            settled_snapshot(page, "slim")
            page.evaluate(RELINK_JS, original_sheets)
            wait_for_transitions(page)
            page.evaluate(SNAPSHOT_JS, "original")
            found = page.evaluate(DIFF_JS, ["slim", "original"])
            if found:  # perhaps caught mid-change: judge the settled page instead
                settled_snapshot(page, "original")
                found = page.evaluate(DIFF_JS, ["slim", "original"])
            return found
        return page, compare
    return _open


def report(found: list[str]) -> str:
    return f"{len(found)} elements differ:\n" + "\n".join(found[:15])


# Every page at phone width in the light scheme; the pages with the most kinds of content
# also at desktop width in the dark scheme.
RICH = ("/", "/how-b12-affects-nerves/", "/handout/")
MODES = [(url, "phone", "light") for url in ALL_URLS] + [(url, "desktop", "dark") for url in RICH]


@pytest.mark.parametrize("url, width, scheme", MODES)
def test_page_is_styled_as_by_the_theme_files(open_mode, url, width, scheme):
    _, compare = open_mode(url, width, scheme)
    found = compare()
    assert not found, f"{url} ({width}, {scheme}): " + report(found)


@pytest.mark.parametrize("url", RICH)
def test_printed_page_is_styled_as_by_the_theme_files(open_mode, url):
    _, compare = open_mode(url, media="print")
    found = compare()
    assert not found, f"{url} (print): " + report(found)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_open_search_results_are_styled_as_by_the_theme_files(open_mode, width):
    page, compare = open_mode("/", width)
    page.keyboard.press("/")
    wait_for_search_index(page)
    page.keyboard.type("nerve")
    page.locator(".md-search-result__item").first.wait_for()
    found = compare()
    assert not found, f"open search ({width}): " + report(found)


def test_open_menu_is_styled_as_by_the_theme_files(open_mode):
    page, compare = open_mode("/how-b12-affects-nerves/", "phone")
    page.get_by_role("button", name="Menu").click()
    page.locator(".md-sidebar--primary").wait_for(state="visible")
    found = compare()
    assert not found, "open menu (phone): " + report(found)


def test_tooltips_are_styled_as_by_the_theme_files(open_mode):
    page, compare = open_mode("/how-b12-affects-nerves/")
    page.locator("article sup[id^='fnref'] a").first.hover()
    page.locator(".md-tooltip2--active, .md-tooltip--active").first.wait_for()
    found = compare()
    assert not found, "footnote tooltip: " + report(found)


def test_scrolled_page_is_styled_as_by_the_theme_files(open_mode):
    """Scrolled down then a little up: the header's shadow and the back-to-top button show."""
    page, compare = open_mode("/how-b12-affects-nerves/", "phone")
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -300)
    page.locator(".md-top:not([hidden])").wait_for()
    found = compare()
    assert not found, "scrolled page (phone): " + report(found)


@pytest.mark.parametrize("target", ["article a[href^='http']", ".md-header__button.md-logo"])
def test_focused_link_is_styled_as_by_the_theme_files(open_mode, target):
    page, compare = open_mode("/how-b12-affects-nerves/")
    page.locator(target).first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    found = compare()
    assert not found, f"focused {target}: " + report(found)


def test_a_missing_rule_is_caught(open_mode):
    """The whole comparison can fail: with one rule taken out of the slimmed stylesheet,
    the page under the original stylesheets differs, and the difference is reported."""
    page, compare = open_mode("/about/")
    removed = page.evaluate("""() => {
      const sheet = document.querySelector("link[rel=stylesheet][href$='styles.min.css']").sheet;
      const index = [...sheet.cssRules].findIndex((rule) => rule.selectorText === ".md-typeset h1");
      sheet.deleteRule(index);
      return index >= 0;
    }""")
    assert removed, "the slimmed stylesheet has no .md-typeset h1 rule to take out"
    found = compare()
    assert found and any(line.startswith("h1") for line in found), found


def test_a_changed_style_is_caught(open_mode):
    """The comparison can fail: one extra rule (added through the CSSOM) is reported."""
    page, _ = open_mode("/about/")
    page.evaluate(SNAPSHOT_JS, "before")
    page.evaluate("(sheet => sheet.insertRule('h1 { letter-spacing: 3px !important }', sheet.cssRules.length))"
                  "(document.styleSheets[0])")
    page.evaluate(SNAPSHOT_JS, "after")
    found = page.evaluate(DIFF_JS, ["before", "after"])
    assert found and all(line.startswith("h1") and "letter-spacing" in line for line in found), found
