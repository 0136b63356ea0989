"""A glossary term's meaning reaches keyboard users too: each term can take focus, and
focus shows the same tooltip as hovering."""

import pytest
import yaml

from site_pages import ROOT

GLOSSARY = yaml.safe_load((ROOT / "content" / "glossary.yml").read_text())


def test_every_term_in_the_text_can_take_focus(open_page):
    page = open_page("/how-b12-affects-nerves/")
    terms = page.locator(".md-content abbr[title]")
    assert terms.count() > 10
    assert terms.evaluate_all("terms => terms.every(term => term.tabIndex === 0)")


@pytest.mark.parametrize("url", ["/how-b12-affects-nerves/", "/diagnosis-and-treatment/"])
def test_focusing_a_term_shows_its_meaning(open_page, url):
    page = open_page(url)
    term = page.locator(".md-content abbr[title]").first
    meaning = term.get_attribute("title")
    assert meaning in [entry["meaning"] for entry in GLOSSARY.values()]
    page.keyboard.press("Tab")  # page focus starts in the document, as a keyboard user's does
    term.focus()
    tooltip = page.locator("[role='tooltip']", has_text=meaning[:40]).first
    tooltip.wait_for(state="visible", timeout=3_000)
