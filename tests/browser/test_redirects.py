"""An old address lands the reader on the page that replaced it (content/redirects.yml)."""

import pytest
import yaml

from site_pages import ROOT

MOVED = yaml.safe_load((ROOT / "content" / "redirects.yml").read_text()) or {}


@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_address_lands_on_new_page(open_page, server, pages, old):
    new = MOVED[old]
    heading = pages["/" + new].find("h1").get_text(strip=True)
    page = open_page("/" + old)
    page.wait_for_url(server.base_url + new, timeout=5_000)
    assert page.locator("h1").first.inner_text().strip() == heading


def test_every_moved_address_is_still_published():
    published = (ROOT / "tests" / "published_urls.txt").read_text().split()
    assert all("/" + old in published for old in MOVED)
