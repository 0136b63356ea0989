"""Forced colours (Windows high contrast), emulated in Chromium: what is drawn as a background
colour cut to a shape stays visible (the callout icons, the footnote back-link arrows, the
figure's arrows), and the three urgency levels still differ without colour, by shape and words.

Checked in screenshots: each icon's own box must hold pixels that stand out (3:1 or more) from
the system's background colour, in the light and the dark high-contrast themes."""

import pytest
from browser_helpers import ALL_URLS, full_url, goto
from pixels import contrast, pixels, pixels_in, share_against

LEVELS = ("emergency", "urgent", "routine")
SCHEMES = ["light", "dark"]

# The box of an element's ::before icon, if it draws one (position: absolute, inside the element).
ICON_BOX_JS = """(element) => {
  const icon = getComputedStyle(element, "::before");
  if (icon.content === "none" || icon.display === "none") return null;
  element.scrollIntoView({block: "center"});
  const box = element.getBoundingClientRect();
  return {x: box.left + element.clientLeft + parseFloat(icon.left),
          y: box.top + element.clientTop + parseFloat(icon.top),
          width: parseFloat(icon.width), height: parseFloat(icon.height)};
}"""
# The box of a back link's arrow: the link is only the arrow (Material: font size 0). Focused, as a
# keyboard reader would reach it: Material shows back links only on focus or hover.
BACK_LINK_BOX_JS = """(link) => {
  link.focus();
  link.scrollIntoView({block: "center"});
  const box = link.getBoundingClientRect();
  return {x: box.left, y: box.top, width: box.width, height: box.height};
}"""
CANVAS_JS = "() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
ICONS = {
    "callout icon": ".md-typeset .admonition-title",
    "warning-sign step icon": ".md-typeset .warning-sign__step",
    "figure arrow": ".figure-chain__steps > li + li",
}


@pytest.fixture(scope="module", params=SCHEMES)
def forced_page(request, chromium):
    context = chromium.new_context(color_scheme=request.param)
    page = context.new_page()
    page.emulate_media(forced_colors="active", color_scheme=request.param)
    yield page
    context.close()


def load(page, server, url: str) -> tuple[int, int, int]:
    """Load the page; return the system's background colour (Canvas) as the page shows it."""
    goto(page, full_url(server, url))
    assert page.evaluate("matchMedia('(forced-colors: active)').matches"), "forced colours are not emulated"
    return tuple(page.evaluate(CANVAS_JS))


def visible(found, canvas) -> bool:
    """A shape, not a few stray pixels: a tenth of its box stands out from the background."""
    return share_against(found, canvas, 3) >= 0.1


@pytest.fixture(scope="module")
def icons_seen(forced_page, server):
    """{(what, url, n): does the icon stand out}, for every icon on every page."""
    seen = {}
    for url in ALL_URLS:
        canvas = load(forced_page, server, url)
        for what, selector in ICONS.items():
            for number, element in enumerate(forced_page.locator(selector).element_handles()):
                box = element.evaluate(ICON_BOX_JS)
                if box:
                    seen[what, url, number] = visible(pixels_in(forced_page, box), canvas)
        back_link = forced_page.locator(".footnote-backref").first
        if back_link.count():
            box = back_link.evaluate(BACK_LINK_BOX_JS)
            seen["back-link arrow", url, 0] = visible(pixels_in(forced_page, box), canvas)
    return seen


@pytest.mark.parametrize("what", [*ICONS, "back-link arrow"])
def test_icons_and_arrows_stay_visible(icons_seen, what):
    found = {key: shown for key, shown in icons_seen.items() if key[0] == what}
    assert found, f"no {what} on any page: nothing was checked"
    hidden = [f"{url} #{number}" for (_, url, number), shown in found.items() if not shown]
    assert not hidden, f"{what} lost in forced colours: {hidden}"


def ink(found, canvas) -> list[bool]:
    return [contrast(pixel, canvas) >= 3 for pixel in found]


def differ(first: list[bool], second: list[bool]) -> float:
    """The share of pixels that are ink in one drawing and not in the other (same size)."""
    return sum(a != b for a, b in zip(first, second)) / max(len(first), 1)


@pytest.mark.parametrize("where", ["urgency figure", "callouts"])
def test_the_three_levels_differ_in_shape_and_words(forced_page, server, where):
    canvas = load(forced_page, server, "/when-to-get-help/")
    shapes, words = [], []
    for level in LEVELS:
        if where == "urgency figure":
            item = forced_page.locator(f".figure-urgency__level--{level}")
            found = pixels(item.locator(".figure-urgency__icon"))
            words.append(item.locator(".figure-urgency__name").inner_text().strip())
        else:
            title = forced_page.locator(f".warning-sign--{level} > .admonition-title").first
            found = pixels_in(forced_page, title.evaluate(ICON_BOX_JS))
            words.append(title.inner_text().split(":")[0].strip())
        assert visible(found, canvas), f"{where}: the {level} icon is lost in forced colours"
        shapes.append(ink(found, canvas))
    for first in range(3):
        for second in range(first + 1, 3):
            assert differ(shapes[first], shapes[second]) >= 0.1, \
                f"{where}: {LEVELS[first]} and {LEVELS[second]} icons look alike without colour"
    assert all(words) and len(set(words)) == 3, f"{where}: the levels' words do not tell them apart: {words}"
