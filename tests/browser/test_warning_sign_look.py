"""The warning-sign callouts as a reader sees them: their text as big as the body text, and each
level in its own icon shape and colour, the same colour as its level in the urgency figure.

The words are tested on the built HTML (tests/test_warning_signs.py); this checks the look."""

import pytest

LEVELS = ("emergency", "urgent", "routine")
PAGES = ["/", "/when-to-get-help/", "/handout/"]
SCHEMES = ["light", "dark"]

# Font sizes of the body text (paragraphs outside any callout) and of all text in the callouts,
# citation numbers left out: they are superscript in the body text too.
SIZES = """() => {
  const size = element => parseFloat(getComputedStyle(element).fontSize);
  const body = [...document.querySelectorAll("article p")].filter(p => !p.closest(".admonition"));
  const callouts = [...document.querySelectorAll("article .warning-sign, article .warning-sign *")]
    .filter(element => !element.closest("sup"));
  return {body: size(body[0]), callouts: callouts.map(size)};
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


@pytest.mark.parametrize("url", PAGES)
def test_callout_text_is_not_smaller_than_body_text(open_page, url):
    sizes = open_page(url).evaluate(SIZES)
    assert sizes["callouts"], f"{url}: no warning-sign callout"
    smaller = [size for size in sizes["callouts"] if size < sizes["body"]]
    assert not smaller, f"{url}: callout text at {sorted(set(smaller))} px, body text {sizes['body']} px"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("url", ["/when-to-get-help/", "/handout/"])
def test_each_level_has_its_own_icon_and_the_figures_colour(open_page, url, scheme):
    looks = dict(zip(LEVELS, open_page(url, scheme=scheme).evaluate(LOOK, list(LEVELS))))
    for level, look in looks.items():
        assert look["mask"] not in (None, "", "none"), f"{level}: no icon"
        assert look["icon"] == look["border"] == look["figure"], f"{level} in {scheme}: {look}"
    assert len({look["mask"] for look in looks.values()}) == 3, "each level needs its own icon shape"
    assert len({look["border"] for look in looks.values()}) == 3, "each level needs its own colour"
