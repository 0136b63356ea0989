"""The browser's toolbar colour (theme-color, one per scheme) is the header's colour."""

import pytest

SCHEMES = {"light": "(prefers-color-scheme: light)", "dark": "(prefers-color-scheme: dark)"}


def as_rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgb({red}, {green}, {blue})"


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_theme_color_matches_the_header(open_page, scheme):
    page = open_page("/", scheme=scheme)
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    meta = page.locator(f"meta[name='theme-color'][media='{SCHEMES[scheme]}']").get_attribute("content")
    assert as_rgb(meta) == header, f"{scheme}: theme-color {meta} but the header is {header}"
