"""The printable handout (/handout/): in the navigation, with the same warning-sign
callouts and figure as /when-to-get-help/, their sources, questions for a doctor,
the site's address in words and as a QR code, and a print button that needs JavaScript.
Whether it fits on one sheet is checked in the browser (tests/browser/test_handout_print.py)."""

import copy

from helpers import SITE_URL, article, words
from site_pages import page_urls

HANDOUT = "/handout/"
HELP = "/when-to-get-help/"
# The callouts made by tools/warning_signs.py, one per level.
CALLOUTS = ("warning-sign--emergency", "warning-sign--urgent", "warning-sign--routine")
CITED_BY_CALLOUTS = ("nhs-back-pain", "geh-ces-leaflet", "nhs-confusion", "nice-ng239")


def without_citations(element) -> str:
    """Text of an element without footnote numbers, which differ from page to page."""
    element = copy.copy(element)
    for number in element.select("sup"):
        number.decompose()
    return words(element)


def test_handout_follows_when_to_get_help_in_the_navigation():
    urls = page_urls()
    assert HANDOUT in urls, "the handout is not in the nav of mkdocs.yml"
    assert urls.index(HANDOUT) == urls.index(HELP) + 1


def test_same_warning_signs_as_when_to_get_help(pages):
    for kind in CALLOUTS:
        theirs = article(pages[HELP]).select_one(f".admonition.{kind}")
        ours = article(pages[HANDOUT]).select_one(f".admonition.{kind}")
        assert ours is not None, f"the handout has no {kind} callout"
        assert without_citations(ours) == without_citations(theirs), f"the {kind} callout differs from {HELP}"


def test_same_urgency_figure_as_when_to_get_help(pages):
    theirs = article(pages[HELP]).select_one("figure")
    ours = [without_citations(figure) for figure in article(pages[HANDOUT]).select("figure")]
    assert theirs is not None and without_citations(theirs) in ours


def test_callout_sources_are_listed(pages):
    notes = {item.get("id") for item in article(pages[HANDOUT]).select(".footnote li")}
    missing = [key for key in CITED_BY_CALLOUTS if f"fn:{key}" not in notes]
    assert not missing, f"the handout cites these without listing them under its sources: {missing}"


def test_questions_for_the_doctor(pages):
    heading = article(pages[HANDOUT]).find(id="questions-to-ask-your-doctor")
    assert heading is not None, "no section 'Questions to ask your doctor'"
    questions = heading.find_next_sibling("ul").find_all("li")
    assert len(questions) >= 3 and all(words(item).endswith("?") for item in questions)


def test_site_address_in_words_and_as_a_qr_code(pages):
    figure = article(pages[HANDOUT]).select_one("figure.handout__qr")
    assert figure is not None, "no QR figure (figure.handout__qr)"
    code = figure.select_one("[role=img][aria-label] svg.qr-code")
    assert code is not None, "the QR code needs a wrapper with role=img and a text alternative"
    assert SITE_URL in words(figure.figcaption), f"the caption must give the address {SITE_URL} in words"


def test_print_button_is_hidden_until_script_wires_it(pages):
    button = article(pages[HANDOUT]).find("button", string="Print this handout")
    assert button is not None and button.get("type") == "button"
    assert button.find_parent(attrs={"hidden": True}) is not None, "without JavaScript it would do nothing"
    assert not any(name.startswith("on") for name in button.attrs), "no inline handler: the CSP blocks it"
