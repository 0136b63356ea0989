"""An old address lands the reader on the page that replaced it (redirect stubs in docs/)."""

import pytest

# old address -> where the page lives now, and a heading the reader should see there
MOVED = {"/when-to-seek-help/": ("/when-to-get-help/", "When to get medical help")}


@pytest.mark.parametrize("old", sorted(MOVED))
def test_old_address_lands_on_new_page(open_page, server, old):
    new, heading = MOVED[old]
    page = open_page(old)
    page.wait_for_url(server.base_url + new.lstrip("/"), timeout=5_000)
    assert page.locator("h1").first.inner_text().strip() == heading
