"""What each page must cover: one row per page; adding a page means adding a row.

A row may give:
  ids      heading ids that must exist (others link to them);
  ordered  ids that must exist and come in this order;
  terms    regular expressions the article text must match (case-insensitive);
  together groups of expressions that must all match inside one paragraph or list item.
"""

import re

import pytest

from helpers import NOT_FOUND, article, resolve, site_path, words

# Every topic page ends with the reader's next steps and its sources (see the page template).
TOPIC_END = ["what-you-can-do", "sources-for-this-page"]

REQUIRED = {
    "/": {
        "ids": ["key-points", *TOPIC_END],
        "terms": [r"(this site|this page|these pages) (is|are) for|written for|is for (people|anyone)"],
    },
    "/how-b12-affects-nerves/": {
        "ids": TOPIC_END,
        "terms": [r"myelin", r"neuropathy", r"numb", r"tingl", r"subacute combined degeneration",
                  r"posterior", r"lateral columns?", r"position sense", r"vibration",
                  r"unsteady|balance", r"weak(ness)?", r"back pain"],
    },
    "/other-ways-low-b12-adds-to-pain/": {
        "ids": TOPIC_END,
        "terms": [r"megaloblastic anemia", r"tired(ness)?", r"pain tolerance", r"pernicious anemia",
                  r"autoimmune"],
        # The inflammation link is weak evidence, and the page must say so where it makes it.
        "together": [(r"inflammation", r"\blimited\b")],
    },
    "/b12-as-pain-treatment/": {
        "ids": TOPIC_END,
        "terms": [r"\b2019\b", r"\breview\b", r"\b2000\b", r"\b60\b", r"placebo",
                  r"cannot show|can't show|can not show|\blimits?\b|limitations?"],
    },
    "/b12-or-musculoskeletal/": {
        "ids": TOPIC_END,
        "terms": [r"musculoskeletal", r"\bB12\b"],
    },
    "/diagnosis-and-treatment/": {
        # #diet stays (a short section pointing to /b12-in-food/), so old links to it still land.
        "ids": ["diet", *TOPIC_END],
        "terms": [r"blood tests?", r"serum", r"methylmalonic acid", r"homocysteine", r"injections?",
                  r"tablets?", r"fortified", r"Crohn['’]s", r"celiac"],
    },
    # B12 in food, moved off the diagnosis page so that it prints on at most 10 sheets.
    "/b12-in-food/": {
        "ids": ["key-points", "how-much", "food-label", *TOPIC_END],
        "terms": [r"fortified", r"micrograms?", r"\b2\.4 micrograms\b", r"\b1\.5 micrograms\b", r"breastfe",
                  r"%DV", r"%NRV", r"cannot take in"],
    },
    "/when-to-get-help/": {
        "ordered": ["emergency", "urgent", "see-a-doctor"],
        "ids": TOPIC_END,
        "terms": [r"\b911\b", r"local emergency number", r"cauda equina"],
    },
    # A one-sheet summary to print: the warning signs and what to ask a doctor, no more.
    "/handout/": {
        "ids": ["key-points", *TOPIC_END],
        "terms": [r"\b911\b", r"local emergency number", r"cauda equina", r"questions? to ask"],
    },
    # A sheet to print and fill in before a visit: a symptom log, a medicine log and the questions
    # to ask (about tests, results, treatment choices with their benefits and risks, coming back).
    "/appointment-sheet/": {
        "ordered": ["key-points", "symptoms", "medicines", "questions-to-ask", *TOPIC_END],
        "terms": [r"when (it|they) started", r"how much, how often", r"\btests?\b", r"results?",
                  r"benefits and risks", r"come back", r"local emergency number"],
    },
    "/glossary/": {"terms": [r"glossary"]},
    "/sources/": {"terms": [r"sources"]},
    "/about/": {
        "ids": ["editorial-policy", "privacy", "accessibility", "medical-disclaimer", "report-a-mistake"],
        "terms": [r"not (yet )?been (reviewed|checked) by (a|any) (clinician|doctor|health professional)"
                  r"|not clinically reviewed"],
    },
    NOT_FOUND: {"terms": [r"not found|can['’]t find|cannot find|could not find"]},
}


def test_every_page_has_a_row(content_urls):
    assert set(REQUIRED) == {*content_urls, NOT_FOUND}


@pytest.mark.parametrize("url", list(REQUIRED))
def test_required_ids_exist(pages, url):
    body = article(pages[url])
    wanted = REQUIRED[url].get("ids", []) + REQUIRED[url].get("ordered", [])
    missing = [name for name in wanted if body.find(id=name) is None]
    assert not missing, f"{url}: no element with id {missing}"


@pytest.mark.parametrize("url", [url for url, row in REQUIRED.items() if "ordered" in row])
def test_ids_come_in_order(pages, url):
    wanted = REQUIRED[url]["ordered"]
    found = [tag["id"] for tag in article(pages[url]).find_all(id=True) if tag["id"] in wanted]
    assert found == wanted, f"{url}: sections in the order {found}, expected {wanted}"


@pytest.mark.parametrize("url", list(REQUIRED))
def test_required_terms_appear(pages, url):
    text = words(article(pages[url]))
    missing = [term for term in REQUIRED[url].get("terms", []) if not re.search(term, text, re.I)]
    assert not missing, f"{url}: the text matches none of {missing}"


@pytest.mark.parametrize("url", [url for url, row in REQUIRED.items() if "together" in row])
def test_terms_appear_together(pages, url):
    blocks = [words(block) for block in article(pages[url]).find_all(["p", "li"])]
    for group in REQUIRED[url]["together"]:
        assert any(all(re.search(term, block, re.I) for term in group) for block in blocks), (
            f"{url}: no paragraph or list item matches all of {group}")


def test_home_page_links_to_every_page(pages, content_urls):
    linked = {site_path(resolve("/", a["href"])) for a in article(pages["/"]).find_all("a", href=True)}
    missing = [url for url in content_urls if url != "/" and url.lstrip("/") not in linked]
    assert not missing, f"the home page's guide does not link to {missing}"


def test_home_page_shows_when_to_get_help_near_the_top(pages):
    """Someone with warning signs must find the urgent advice without scrolling or reading on."""
    body = article(pages["/"])
    first_box = body.select_one(".admonition, details")
    intro = []
    for element in body.find_all(recursive=False):
        if element.name == "h2":
            break
        intro.append(element)
    places = ([first_box] if first_box else []) + intro
    targets = {site_path(resolve("/", a["href"])) for place in places for a in place.find_all("a", href=True)}
    assert "when-to-get-help/" in targets, (
        "the home page must link to /when-to-get-help/ in its first callout or before its first section")
