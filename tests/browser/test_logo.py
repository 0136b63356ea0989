"""The header's logo can be seen and has a real name: drawn at 3:1 or more against the header in
both schemes (WCAG 1.4.11, non-text contrast), and named with the site's name, not "logo"."""

import pytest
from pixels import background, contrast, pixels, share_against

from site_pages import config

SITE_NAME = config()["site_name"]
LOGO = ".md-header .md-logo"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_logo_stands_out_from_the_header(open_page, scheme):
    page = open_page("/", scheme=scheme)
    found = pixels(page.locator(LOGO + " > :is(svg, img)"))  # the drawing's own box
    header = background(found)
    ink = max(found, key=lambda pixel: contrast(pixel, header))
    assert contrast(ink, header) >= 3, f"{scheme}: logo {ink} on header {header}: {contrast(ink, header):.1f}:1"
    # Not a few stray pixels: the drawing (about a fifth of its box) is at 3:1 or more.
    assert share_against(found, header, 3) > 0.1, f"{scheme}: too little of the logo stands out"


def test_logo_is_named_with_the_site_name(open_page):
    page = open_page("/")
    link = page.locator(".md-header").get_by_role("link", name=SITE_NAME, exact=True)
    assert link.count() == 1, "the header's logo link is not named with the site's name"
    snapshot = page.locator(".md-header").aria_snapshot()
    assert f'img "{SITE_NAME}"' in snapshot, snapshot
    assert '"logo"' not in snapshot.lower(), snapshot
