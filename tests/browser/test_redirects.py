"""An old address lands the reader on the page that replaced it, keeping the part after
"#" (the `redirects` plugin's redirect_maps in mkdocs.yml)."""

import pytest

from browser_helpers import full_url
from content_rules.redirects import redirect_maps
from site_pages import ROOT, config, url_for

MOVED = {url_for(old): url_for(new) for old, new in redirect_maps(config()).items()}


@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_address_lands_on_new_page(open_page, server, pages, old):
    new = MOVED[old]
    heading = pages[new].find("h1").get_text(strip=True)
    page = open_page(old)
    page.wait_for_url(full_url(server, new), timeout=5_000)
    assert page.locator("h1").first.inner_text().strip() == heading


@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_address_keeps_the_anchor(open_page, server, pages, old):
    """A bookmark to a section of a moved page lands on that section of the new page."""
    new = MOVED[old]
    # The last section heading of the new page: far enough down that landing at the top fails.
    section = pages[new].select("article h2[id]")[-1]["id"]
    page = open_page(old + "#" + section)
    page.wait_for_url(full_url(server, new) + "#" + section, timeout=5_000)
    heading = page.locator("#" + section)
    heading.wait_for()
    box, viewport = heading.bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"], f"{old}#{section}: the section is not in view"


def test_every_moved_address_is_still_published():
    published = (ROOT / "tests" / "published_urls.txt").read_text().split()
    assert MOVED, "expected at least one redirect in mkdocs.yml (when-to-seek-help.md)"
    assert all(old in published for old in MOVED)
