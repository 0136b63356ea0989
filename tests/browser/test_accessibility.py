"""axe-core finds no WCAG 2.2 A/AA or best-practice problem on any page.

Every page (the navigation's and the 404 page) is checked at phone and desktop width, in
the light and the dark palette: 4 modes. Each mode keeps one browser page and loads the
site's pages into it one after another, which keeps the run short. Also checked: the open
search with results, and the open menu on a phone, which axe cannot see while closed.
No axe rule is switched off: a failure is fixed in site.css, site.js or the overrides.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_helpers import (ALL_URLS, SCHEMES, axe_violations, describe_violations,
                             full_url, goto, wait_for_search_index, wait_for_transitions)

MODES = [(width, scheme) for width in ("phone", "desktop") for scheme in ("light", "dark")]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def load(kept_page, server, width: str, scheme: str, url: str):
    page = kept_page(width, scheme)
    goto(page, full_url(server, url), wait_until="load")
    # Material must really show the palette asked for, or the dark run checks the light one.
    shown = page.evaluate("document.body.dataset.mdColorScheme")
    assert shown == SCHEMES[scheme], f"{url}: asked for {scheme}, Material shows {shown!r}"
    wait_for_transitions(page)
    return page


@pytest.mark.parametrize("url", ALL_URLS)
@pytest.mark.parametrize("width, scheme", MODES)
def test_page_has_no_axe_violations(kept_page, server, axe, width, scheme, url):
    page = load(kept_page, server, width, scheme, url)
    violations = axe_violations(page, axe)
    assert not violations, f"{url} ({width}, {scheme}):\n{describe_violations(violations)}"


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
@pytest.mark.parametrize("width, scheme", MODES)
def test_open_search_with_results_has_no_axe_violations(kept_page, server, axe, width, scheme):
    page = load(kept_page, server, width, scheme, "/")
    page.keyboard.press("/")  # Material's shortcut: opens the search and focuses the field
    wait_for_search_index(page)
    page.keyboard.type("nerve")
    page.locator(".md-search-result__item").first.wait_for()
    wait_for_transitions(page)  # the results fade in
    violations = axe_violations(page, axe)
    assert not violations, f"open search ({width}, {scheme}):\n{describe_violations(violations)}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_phone_menu_has_no_axe_violations(kept_page, server, axe, scheme):
    page = load(kept_page, server, "phone", scheme, "/how-b12-affects-nerves/")
    page.get_by_role("button", name="Menu").click()
    page.locator(".md-sidebar--primary").wait_for(state="visible")
    wait_for_transitions(page)  # the drawer slides in; axe needs it in place
    violations = axe_violations(page, axe, context=".md-sidebar--primary")
    assert not violations, f"open menu ({scheme}):\n{describe_violations(violations)}"
