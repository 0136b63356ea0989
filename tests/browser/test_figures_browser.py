"""The figures in a real browser: labels a phone can read, and arrows that forced colours keep.

axe checks every page whole, figures included, in both palettes at phone and desktop width
(test_accessibility.py). It does not measure the contrast of SVG <text>, so that is measured
here against the page's background, as the reader sees it in each scheme.
"""

import re

import pytest
import pixels

PAGES = {
    "/how-b12-affects-nerves/": ["#figure-spinal-cord", "#figure-b12-to-back-pain"],
    "/when-to-get-help/": ["#figure-urgency-levels"],
    "/handout/": ["#figure-urgency-levels"],
    "/diagnosis-and-treatment/": ["#figure-test-to-treatment"],
    "/b12-in-food/": ["#figure-food-label"],
}
# The figures whose steps are joined by CSS arrows (a painted ::before on each step but the first).
ARROWS = {
    "/how-b12-affects-nerves/": ".figure-chain__steps > li + li",
    "/diagnosis-and-treatment/": ".figure-path__steps > li + li",
}
MIN_ARROW_CONTRAST = 3.0  # a graphic that carries meaning (WCAG 1.4.11)
SCHEMES = ["light", "dark"]
PHONE = {"width": 360, "height": 800}
MIN_LABEL_PX = 12
MIN_TEXT_CONTRAST = 4.5


def rgba(css: str) -> tuple[float, float, float, float]:
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' -> (r, g, b, alpha)."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    assert len(numbers) in (3, 4), f"unexpected colour {css!r}"
    return (*numbers[:3], numbers[3] if len(numbers) == 4 else 1.0)


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast of a CSS colour (perhaps see-through) drawn over a CSS background."""
    *back, _ = rgba(background)
    *front, alpha = rgba(foreground)
    seen = [alpha * f + (1 - alpha) * b for f, b in zip(front, back)]  # text blended over page
    return pixels.contrast(seen, back)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", PAGES)
def test_svg_labels_are_at_least_12px_and_contrast_at_360px(open_page, url, scheme):
    page = open_page(url, viewport=PHONE, scheme=scheme)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    labels = page.evaluate(
        """selectors => selectors.flatMap(selector =>
             [...document.querySelectorAll(selector + ' svg:not([aria-hidden=true]) text')].map(text => ({
               text: text.textContent,
               // font size in the SVG's own units times the SVG's scale on screen
               px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
               fill: getComputedStyle(text).fill,
             })))""",
        PAGES[url],
    )
    if url == "/how-b12-affects-nerves/":
        assert len(labels) >= 5, f"the spinal cord drawing has too few text labels: {labels}"
    for label in labels:
        assert label["px"] >= MIN_LABEL_PX, f"{label['text']!r} is {label['px']:.1f}px at 360px wide"
        ratio = contrast(label["fill"], background)
        assert ratio >= MIN_TEXT_CONTRAST, f"{label['text']!r}: contrast {ratio:.2f} in {scheme}"


@pytest.mark.parametrize("url", PAGES)
def test_figure_text_fits_a_360px_screen(open_page, url):
    """No figure is wider than the phone's screen, and HTML step text stays at least 12px."""
    page = open_page(url, viewport=PHONE)
    for selector in PAGES[url]:
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], f"{selector}: {box}"
        sizes = page.eval_on_selector_all(
            f"{selector} li", "items => items.map(li => parseFloat(getComputedStyle(li).fontSize))")
        assert all(size >= MIN_LABEL_PX for size in sizes), f"{selector}: font sizes {sizes}"


@pytest.mark.parametrize("url", ARROWS)
def test_arrows_stay_visible_in_forced_colours(open_page, url):
    """Windows high contrast drops painted backgrounds: the arrows must keep 3:1 against the page."""
    page = open_page(url, viewport=PHONE, forced_colors="active")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches"), "forced colours were not emulated"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    arrows = page.eval_on_selector_all(
        ARROWS[url], "steps => steps.map(step => getComputedStyle(step, '::before').backgroundColor)")
    assert arrows, f"{url}: no arrows found ({ARROWS[url]})"
    for colour in arrows:
        ratio = contrast(colour, background)
        assert ratio >= MIN_ARROW_CONTRAST, f"{url}: an arrow is {colour} on {background} ({ratio:.2f}:1) in forced colours"


def test_food_label_outlines_the_b12_line_without_colour(open_page):
    """The B12 line is told apart by thick rules and numbered marks, which forced colours keep."""
    page = open_page("/b12-in-food/", viewport=PHONE, forced_colors="active")
    rule = page.eval_on_selector(".figure-label__b12 > td", "cell => parseFloat(getComputedStyle(cell).borderTopWidth)")
    assert rule >= 2, f"the B12 line's rule is {rule}px"
    marks = page.eval_on_selector_all(".figure-label__mark", "marks => marks.map(mark => mark.textContent.trim())")
    assert marks == ["1", "2"], f"marks on the label: {marks}"
