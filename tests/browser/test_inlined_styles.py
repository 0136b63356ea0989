"""The slimmed, inlined styles draw every page exactly as the theme's own stylesheets do.

tools/inline_styles.py replaces each page's stylesheet links with one <style> holding
only the rules the site can use (tools/css_slim.py). Here every element's computed
style, with its ::before and ::after, is recorded under that <style>; then the
stylesheets it replaced (its data-inlined-from) are linked again and the <style>
removed, and the record is taken again. Any property that differs fails, naming the
element. Checked on every page at phone and desktop width, in the light and the dark
scheme, and in print; and in states that scripts or the reader bring about: search
results, the open menu, a tooltip, a scrolled page, a link focused from the keyboard.
Hover, ::selection and ::placeholder are not compared. Nor is the frame in which the
theme switches palettes: one rule for it is left out on purpose (css_slim.LEFT_OUT), so
colours fade during a switch; at rest the styles are the same.
"""

import pytest
from browser_helpers import ALL_URLS, VIEWPORTS, wait_for_search_index, wait_for_transitions

# Each element's computed style, one string per element and drawn pseudo-element, kept in
# the page (window.__styles) under a name; DIFF_JS compares two of them there, so only
# the differences travel back. Custom properties (--md-...) are left out: they draw
# nothing themselves, and slimming removes the unused ones on purpose; one that a kept
# rule uses shows in that rule's property.
SNAPSHOT_JS = """(name) => {
  const out = [];
  const elements = [document.documentElement, ...document.querySelectorAll("head ~ body, body *")];
  elements.forEach((element, index) => {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && (style.content === "none" || style.content === "normal")) continue;  // not drawn
      const text = Array.from(style).filter((property) => !property.startsWith("--"))
        .map((property) => property + ": " + style.getPropertyValue(property)).join("; ");
      const where = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
        + (element.classList.length ? "." + [...element.classList].join(".") : "") + (pseudo || "");
      out.push([index + (pseudo || ""), where, text]);
    }
  });
  (window.__styles = window.__styles || {})[name] = out;
  return out.length;
}"""

DIFF_JS = """([first, second]) => {
  const [a, b] = [window.__styles[first], window.__styles[second]];
  if (a.length !== b.length) return ["the page's elements changed: " + a.length + " -> " + b.length];
  const values = (text) => new Map(text.split("; ").map((item) => item.split(": ")));
  const found = [];
  a.forEach(([key, where, text], i) => {
    if (text === b[i][2]) return;
    const [old, now] = [values(text), values(b[i][2])];
    const changed = [...new Set([...old.keys(), ...now.keys()])].filter((p) => old.get(p) !== now.get(p))
      .slice(0, 4).map((p) => p + ": " + String(old.get(p)).slice(0, 80) + " -> " + String(now.get(p)).slice(0, 80));
    found.push(where + " (" + key + "): " + changed.join("; "));
  });
  return found;
}"""

# Link the stylesheets the inlined <style> replaced, where it stands; once they have
# loaded, remove it. (Linked first, so no element is ever unstyled and starts a transition.)
RELINK_JS = """async () => {
  const style = document.querySelector("style[data-inlined-from]");
  const loads = [];
  for (const pair of style.dataset.inlinedFrom.split("|")) {  // "media href|media href"
    const cut = pair.lastIndexOf(" ");
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.media = pair.slice(0, cut);
    link.href = pair.slice(cut + 1);
    loads.push(new Promise((done, failed) => { link.onload = done; link.onerror = failed; }));
    style.before(link);
  }
  await Promise.all(loads);
  style.remove();
}"""


def settled_snapshot(page, name: str, tries: int = 10) -> None:
    """Take snapshot `name` once two taken 100 ms apart agree: the theme's scripts may still
    be moving something (the header as search opens), which is not what is compared here."""
    wait_for_transitions(page)
    page.evaluate(SNAPSHOT_JS, name)
    for _ in range(tries):
        page.wait_for_timeout(100)
        page.evaluate(SNAPSHOT_JS, name + " again")
        if not page.evaluate(DIFF_JS, [name, name + " again"]):
            return
        page.evaluate(SNAPSHOT_JS, name)
    raise AssertionError(f"the page's styles never settled for the {name!r} snapshot")


def compare_with_original_styles(page) -> list[str]:
    """Elements whose computed style differs between the inlined and the original styles."""
    settled_snapshot(page, "inlined")
    page.evaluate(RELINK_JS)
    settled_snapshot(page, "original")
    return page.evaluate(DIFF_JS, ["inlined", "original"])


@pytest.fixture
def open_mode(open_page):
    """open_mode(url, width, scheme, media): conftest's open_page, with the width by name."""
    def _open(url: str, width: str = "desktop", scheme: str = "light", media: str = "screen"):
        return open_page(url, VIEWPORTS[width], scheme, media)
    return _open


def report(found: list[str]) -> str:
    return f"{len(found)} elements differ:\n" + "\n".join(found[:15])


# Every page at both widths and in both schemes (a phone in light, a desktop in dark);
# the other two pairings on the pages with the most kinds of content.
MODES = ([(url, "phone", "light") for url in ALL_URLS] + [(url, "desktop", "dark") for url in ALL_URLS]
         + [(url, width, scheme) for url in ("/", "/how-b12-affects-nerves/", "/handout/")
            for width, scheme in (("phone", "dark"), ("desktop", "light"))])


@pytest.mark.parametrize("url, width, scheme", MODES)
def test_page_is_styled_as_by_the_theme_files(open_mode, url, width, scheme):
    page = open_mode(url, width, scheme)
    assert page.locator("link[rel=stylesheet]").count() == 0, f"{url}: a stylesheet is still linked"
    found = compare_with_original_styles(page)
    assert not found, f"{url} ({width}, {scheme}): " + report(found)


@pytest.mark.parametrize("url", ALL_URLS)
def test_printed_page_is_styled_as_by_the_theme_files(open_mode, url):
    found = compare_with_original_styles(open_mode(url, media="print"))
    assert not found, f"{url} (print): " + report(found)


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_open_search_results_are_styled_as_by_the_theme_files(open_mode, width):
    page = open_mode("/", width)
    page.keyboard.press("/")
    wait_for_search_index(page)
    page.keyboard.type("nerve")
    page.locator(".md-search-result__item").first.wait_for()
    found = compare_with_original_styles(page)
    assert not found, f"open search ({width}): " + report(found)


def test_open_menu_is_styled_as_by_the_theme_files(open_mode):
    page = open_mode("/how-b12-affects-nerves/", "phone")
    page.get_by_role("button", name="Menu").click()
    page.locator(".md-sidebar--primary").wait_for(state="visible")
    found = compare_with_original_styles(page)
    assert not found, "open menu (phone): " + report(found)


def test_tooltips_are_styled_as_by_the_theme_files(open_mode):
    page = open_mode("/how-b12-affects-nerves/")
    page.locator("article sup[id^='fnref'] a").first.hover()
    page.locator(".md-tooltip2--active, .md-tooltip--active").first.wait_for()
    found = compare_with_original_styles(page)
    assert not found, "footnote tooltip: " + report(found)


def test_scrolled_page_is_styled_as_by_the_theme_files(open_mode):
    """Scrolled down then a little up: the header's shadow and the back-to-top button show."""
    page = open_mode("/how-b12-affects-nerves/", "phone")
    page.mouse.wheel(0, 2500)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -300)
    page.locator(".md-top:not([hidden])").wait_for()
    found = compare_with_original_styles(page)
    assert not found, "scrolled page (phone): " + report(found)


@pytest.mark.parametrize("target", ["article a[href^='http']", ".md-header__button.md-logo"])
def test_focused_link_is_styled_as_by_the_theme_files(open_mode, target):
    page = open_mode("/how-b12-affects-nerves/")
    page.locator(target).first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    found = compare_with_original_styles(page)
    assert not found, f"focused {target}: " + report(found)


def test_a_missing_rule_is_caught(open_mode):
    """The whole comparison can fail: with one rule taken out of the inlined <style>,
    the page under the original stylesheets differs, and the difference is reported."""
    page = open_mode("/about/")
    removed = page.evaluate("""() => {
      const sheet = document.querySelector("style[data-inlined-from]").sheet;
      const index = [...sheet.cssRules].findIndex((rule) => rule.selectorText === ".md-typeset h1");
      sheet.deleteRule(index);
      return index >= 0;
    }""")
    assert removed, "the inlined styles have no .md-typeset h1 rule to take out"
    found = compare_with_original_styles(page)
    assert found and any(line.startswith("h1") for line in found), found


def test_a_changed_style_is_caught(open_mode):
    """The comparison can fail: one extra rule (added through the CSSOM) is reported."""
    page = open_mode("/about/")
    page.evaluate(SNAPSHOT_JS, "before")
    page.evaluate("(sheet => sheet.insertRule('h1 { letter-spacing: 3px !important }', sheet.cssRules.length))"
                  "(document.styleSheets[0])")
    page.evaluate(SNAPSHOT_JS, "after")
    found = page.evaluate(DIFF_JS, ["before", "after"])
    assert found and all(line.startswith("h1") and "letter-spacing" in line for line in found), found
