"""What a screen reader finds in the header, read from Playwright's accessibility snapshot (what
the browser gives assistive technology): every control and image has a name, the phone's search
button and the light/dark switch included, and the closed search is not there at all on a phone
(it is moved off screen, and a reader found a field and a "Clear" button no one could see).
On a wide screen the search field is part of the header, so it stays."""

import re

import pytest
from browser_helpers import VIEWPORTS, wait_for_transitions

PAGE = "/when-to-get-help/"
# A snapshot line for a control or an image with no name: `- button`, `- img:` ...
UNNAMED = re.compile(r"^\s*- (button|link|img|radio|checkbox|textbox|dialog)\s*(?::.*)?$", re.MULTILINE)
SEARCH_PARTS = re.compile(r'- (dialog|search|textbox)\b')


def header(page) -> str:
    wait_for_transitions(page)
    return page.locator(".md-header").aria_snapshot()


@pytest.mark.parametrize("width", ["phone", "desktop"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_control_and_image_in_the_header_has_a_name(open_page, width, scheme):
    snapshot = header(open_page(PAGE, viewport=VIEWPORTS[width], scheme=scheme))
    assert not UNNAMED.findall(snapshot), f"{width}, {scheme}: unnamed in the header:\n{snapshot}"
    switch = "Switch to light mode" if scheme == "dark" else "Switch to dark mode"
    assert f'img "{switch}"' in snapshot, f"the light/dark switch's icon is not named {switch!r}:\n{snapshot}"
    if width == "phone":
        for button in ("Menu", "Search"):
            assert f'button "{button}"' in snapshot, f"phone: no {button!r} button:\n{snapshot}"


def test_closed_search_is_not_in_the_accessibility_tree_on_a_phone(open_page):
    page = open_page(PAGE, viewport=VIEWPORTS["phone"])
    snapshot = header(page)
    assert not SEARCH_PARTS.findall(snapshot), f"the closed search is in the accessibility tree:\n{snapshot}"
    button = page.get_by_role("button", name="Search", exact=True)
    assert button.get_attribute("aria-expanded") == "false"


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
def test_phone_search_button_opens_the_search_and_escape_closes_it(open_page):
    page = open_page(PAGE, viewport=VIEWPORTS["phone"])
    button = page.get_by_role("button", name="Search", exact=True)
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.matches('.md-search__input')"), "focus is not in the search field"
    assert button.get_attribute("aria-expanded") == "true"
    assert 'textbox "Search"' in header(page), "the open search is not in the accessibility tree"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not SEARCH_PARTS.findall(header(page)), "the search, closed again, stayed in the accessibility tree"


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
def test_search_field_stays_in_the_header_on_a_wide_screen(open_page):
    snapshot = header(open_page(PAGE, viewport=VIEWPORTS["desktop"]))
    assert 'textbox "Search"' in snapshot, snapshot
