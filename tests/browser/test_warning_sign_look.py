"""The callouts as a reader sees them: the text of every callout (admonition) as big as the body
text, and each warning-sign level in its own icon shape and colour, the same colour as its level
in the urgency figure.

The words are tested on the built HTML (tests/test_warning_signs.py); this checks the look."""

import pytest
from browser_helpers import ALL_URLS, full_url, goto

LEVELS = ("emergency", "urgent", "routine")
SCHEMES = ["light", "dark"]

# Font sizes of the body text (the article's running text, not the smaller byline, captions, sources
# or review box) and of all text in every callout (admonition), citation numbers left out: they are
# superscript in the body text too.
SIZES = """() => {
  const size = element => parseFloat(getComputedStyle(element).fontSize);
  const body = [...document.querySelectorAll("article p:not(.page-byline)")]
    .filter(p => !p.closest(".admonition, details, figure, .footnote, .page-review, .key-points"));
  const callouts = [...document.querySelectorAll("article :is(.admonition, details)")];
  const text = callouts.flatMap(callout => [callout, ...callout.querySelectorAll("*")])
    .filter(element => !element.closest("sup"));
  return {body: body.length ? size(body[0]) : null, callouts: callouts.length, sizes: text.map(size)};
}"""
# Per level: the callout's border colour, its icon's colour and mask, and the figure's colour.
LOOK = """levels => levels.map(level => {
  const box = document.querySelector(`article .warning-sign--${level}`);
  const icon = getComputedStyle(box.querySelector(".admonition-title"), "::before");
  const shape = document.querySelector(`.figure-urgency__level--${level} .figure-urgency__shape`);
  return {border: getComputedStyle(box).borderLeftColor, icon: icon.backgroundColor,
          mask: icon.maskImage || icon.webkitMaskImage,
          figure: shape ? getComputedStyle(shape).stroke : null};
})"""


@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("url", ALL_URLS)
def test_callout_text_is_not_smaller_than_body_text(kept_page, server, url, width):
    page = kept_page(width)  # font sizes do not depend on what is cached
    goto(page, full_url(server, url), wait_until="load")
    sizes = page.evaluate(SIZES)
    if not sizes["callouts"]:
        pytest.skip(f"{url} has no callout")
    assert sizes["body"], f"{url}: no body paragraph to compare with"
    smaller = [size for size in sizes["sizes"] if size < sizes["body"]]
    assert not smaller, f"{url} ({width}): callout text at {sorted(set(smaller))} px, body text {sizes['body']} px"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", ["/when-to-get-help/", "/handout/"])
def test_each_level_has_its_own_icon_and_the_figures_colour(open_page, url, scheme):
    looks = dict(zip(LEVELS, open_page(url, scheme=scheme).evaluate(LOOK, list(LEVELS))))
    for level, look in looks.items():
        assert look["mask"] not in (None, "", "none"), f"{level}: no icon"
        assert look["icon"] == look["border"] == look["figure"], f"{level} in {scheme}: {look}"
    assert len({look["mask"] for look in looks.values()}) == 3, "each level needs its own icon shape"
    assert len({look["border"] for look in looks.values()}) == 3, "each level needs its own colour"
