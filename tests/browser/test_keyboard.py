"""Everything works from the keyboard alone: skip link, Tab order, visible focus, the light/dark
switch, the phone menu and the search."""

import pytest
from browser_helpers import (RING_CONTRAST_JS, VIEWPORTS, site_path, tab_until,
                             wait_for_search_index, wait_for_search_results, wait_for_transitions)

PAGE = "/how-b12-affects-nerves/"  # a long page with links in the text, a table of contents

# What a reader can act on, and can reach with Tab: links, form controls, and elements put in
# the Tab order (tabindex="0"); not what is hidden (Material's back-to-top button carries
# `hidden` until needed). A radio group is one Tab stop: its checked button, else its first.
CONTROLS_JS = """
() => [...document.querySelectorAll(
    "a[href], button, input, select, textarea, [tabindex]")].filter((element) => {
  if (element.tabIndex < 0 || element.disabled || element.closest("[hidden]")) return false;
  if (element.type === "radio") {
    const group = [...document.getElementsByName(element.name)];
    if (element !== (group.find((radio) => radio.checked) || group[0])) return false;
  }
  // Visually hidden but focusable: the skip link and the palette's radio button.
  return element.checkVisibility({visibilityProperty: true}) &&
    (element.getClientRects().length > 0 || element.matches(".md-skip, .md-option"));
})
"""


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_first_tab_stop_is_a_skip_link_to_the_main_content(open_page, width):
    page = open_page(PAGE, viewport=VIEWPORTS[width])
    page.keyboard.press("Tab")
    skip = page.evaluate("[document.activeElement.className, document.activeElement.hash]")
    assert "md-skip" in skip[0], f"the first Tab stop is {skip[0]!r}, not the skip link"
    wait_for_transitions(page)  # it fades in on focus
    assert page.evaluate("document.activeElement.checkVisibility({opacityProperty: true})"), \
        "the skip link stays invisible when focused"
    target = page.locator(skip[1])
    assert target.evaluate("t => !!t.closest('.md-content')"), f"{skip[1]} is not in the content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == skip[1]
    assert target.evaluate("t => t.getBoundingClientRect().top < innerHeight / 2"), \
        "the content was not scrolled into view"
    # The next Tab starts from the content, not from the header again.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.md-content')"), \
        "after the skip link, Tab did not move on inside the content"


# Where focus is now, and whether a reader can see it: on screen, with a size, not hidden
# (a closed menu drawer is moved off screen). The palette's radio button shows as its label.
FOCUS_JS = """() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  const shown = focused.matches(".md-option") ? focused.nextElementSibling : focused;
  const box = shown.getBoundingClientRect();
  const seen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 &&
    box.left < innerWidth && box.top < innerHeight &&
    shown.checkVisibility({visibilityProperty: true});
  return {control: focused.dataset.kbControl ?? null, seen, html: focused.outerHTML.slice(0, 100)};
}"""


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_tab_reaches_every_visible_control_and_only_visible_ones(open_page, width):
    page = open_page(PAGE, viewport=VIEWPORTS[width])
    count = page.evaluate(f"({CONTROLS_JS})().map((e, i) => e.dataset.kbControl = i).length")
    assert count > 20, f"only {count} controls found: the page did not load as expected"
    reached, unseen, first = set(), [], None
    # Round the whole Tab order once: until every control has had focus and focus is back on
    # the first one reached (so the stops after the last control are seen too), or twice the
    # number of controls if it never comes round.
    for _ in range(count * 2):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is not None:
            if first is not None and focus["control"] == first and len(reached - {None}) == count:
                break
            if first is None and focus["control"] is not None:
                first = focus["control"]
            reached.add(focus["control"])
            if not focus["seen"]:
                unseen.append(focus["html"])
    missed = page.evaluate("""(reached) => [...document.querySelectorAll('[data-kb-control]')]
        .filter((e) => !reached.includes(e.dataset.kbControl)).map((e) => e.outerHTML.slice(0, 100))
    """, [value for value in reached if value is not None])
    assert not missed, f"{width}: Tab never reaches:\n" + "\n".join(missed)
    assert not unseen, f"{width}: Tab stops a reader cannot see:\n" + "\n".join(unseen)


# A sample of controls: (where to Tab to, whether the ring is drawn on the label after it).
# The light/dark switch is a hidden radio button; the label next to it is what shows.
RING_SAMPLES = {
    "link in the text": (".md-content article p a[href]", False),
    "search field": (".md-search__input", False),
    "light/dark switch": (".md-option", True),
    "menu button (phone)": ("button.md-header__button", False),
}
RING_STYLE_JS = """(onLabel) => {
    const shown = onLabel ? document.activeElement.nextElementSibling : document.activeElement;
    const style = getComputedStyle(shown);
    return [style.outline, style.boxShadow];
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("what", [  # Zensical's search is a button and a dialog: no search field
    pytest.param(what, marks=pytest.mark.zensical_difference("search")) if what == "search field" else what
    for what in sorted(RING_SAMPLES)])
def test_keyboard_focus_shows_a_visible_ring(open_page, what, scheme):
    target, on_label = RING_SAMPLES[what]
    width = "phone" if "phone" in what else "desktop"
    page = open_page(PAGE, viewport=VIEWPORTS[width], scheme=scheme)
    assert tab_until(page, target), f"Tab never reaches the {what}"
    wait_for_transitions(page)  # Material fades some colours in
    focused = page.evaluate(RING_STYLE_JS, on_label)
    shown = "document.activeElement" + (".nextElementSibling" if on_label else "")
    contrast = page.evaluate_handle(shown).evaluate(RING_CONTRAST_JS)
    # The same element without focus: the ring must be what focus adds.
    page.evaluate("document.activeElement.dataset.kbRing = 1; document.activeElement.blur()")
    unfocused = page.locator("[data-kb-ring]").evaluate(
        "(e, onLabel) => { const s = getComputedStyle(onLabel ? e.nextElementSibling : e);"
        " return [s.outline, s.boxShadow]; }", on_label)
    assert focused != unfocused, f"{what}: focus changes neither outline nor shadow ({focused})"
    assert contrast is not None and contrast >= 3, \
        f"{what} ({scheme}): focus ring {focused[0]} has contrast {contrast} (needs 3:1)"


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_palette_switch_works_from_the_keyboard(open_page, key):
    page = open_page(PAGE, scheme="light")
    scheme = "document.body.dataset.mdColorScheme"
    assert tab_until(page, ".md-option"), "Tab never reaches the light/dark switch"
    page.keyboard.press(key)
    assert page.evaluate(scheme) == "slate"
    page.keyboard.press(key)  # focus stays on the switch, so it can switch back
    assert page.evaluate(scheme) == "default"


def test_phone_menu_opens_and_closes_from_the_keyboard(open_page):
    page = open_page(PAGE, viewport=VIEWPORTS["phone"])
    assert tab_until(page, "button[aria-label='Menu']"), "Tab never reaches the menu button"
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"), \
        "opening the menu did not move focus into it"
    page.locator(".md-sidebar--primary a[href]").first.wait_for(state="visible")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false", \
        "Escape did not close the menu and return to its button"


@pytest.mark.zensical_difference("search")  # Zensical: its own search dialog, no .md-search__input
@pytest.mark.parametrize("open_with", ["/", "s", "Tab"])
def test_search_works_from_the_keyboard(open_page, server, open_with):
    page = open_page("/about/")
    if open_with == "Tab":
        assert tab_until(page, ".md-search__input"), "Tab never reaches the search field"
    else:
        page.keyboard.press(open_with)  # Material's shortcuts for the search
    assert page.evaluate("document.activeElement.matches('.md-search__input')")
    wait_for_search_index(page)
    page.keyboard.type("myelin")
    wait_for_search_results(page)
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.matches('.md-search-result__link') && "
                           "document.activeElement.href")
    assert chosen, "ArrowDown did not move to a search result"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert site_path(server, page.url) == site_path(server, chosen)
    assert site_path(server, page.url) != "/about/"

