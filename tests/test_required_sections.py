"""What each page must cover: one row per page; adding a page means adding a row.

A row may give:
  ids      heading ids that must exist (others link to them);
  ordered  ids that must exist and come in this order;
  terms    regular expressions the article text must match (case-insensitive);
  running  regular expressions the running text must match (helpers.running_text: not headings
           or the sources list);
  together groups of expressions that must all match inside one paragraph or list item;
  under    {section id: ids of headings that must sit inside that section};
  section_terms  {section id: expressions its own text must match (case-insensitive)}.
A section runs from its heading to the next heading of the same or a higher level.

Every patient page also has a "Key points" box of 3 to 5 points right under its title; the home
page has its own order (test_home_page_leads_with_its_message_then_the_urgent_help).
"""

import re

import pytest

from helpers import NOT_FOUND, PATIENT_URLS, article, resolve, running_text, site_path, words

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
        # Benefits and risks, to decide with (issue 13, item 4; DISCERN 9-15).
        "under": {"deciding": ["how-it-might-help", "what-it-can-do", "side-effects", "without-treatment",
                               "questions"]},
        "section_terms": {"what-it-can-do": [r"\bhelps\b|\bless pain\b", r"\bno good evidence\b|\bno one knows\b"],
                          "side-effects": [r"\bshots\b", r"\btablets\b[^.]*\bside effects\b", r"allergic"],
                          "questions": [r"\?"]},
    },
    "/b12-or-musculoskeletal/": {
        "ids": TOPIC_END,
        # The plain words for "musculoskeletal" (issue 13, item 1), in the running text, not only in the
        # title. The word itself must not come back: test_no_patient_page_uses_the_words_we_replaced.
        "running": [r"muscles, joints and bones", r"\bB12\b"],
    },
    "/diagnosis-and-treatment/": {
        # #diet stays (a short section pointing to /b12-in-food/), so old links to it still land.
        "ids": ["diet", *TOPIC_END],
        "terms": [r"blood tests?", r"serum", r"methylmalonic acid", r"homocysteine", r"injections?",
                  r"tablets?", r"fortified", r"Crohn['’]s", r"celiac"],
        # Benefits and risks of each treatment (issue 13, item 4; DISCERN 9-15).
        "under": {"treatment": ["how-treatment-works", "injections", "shots-for-life", "tablets", "side-effects",
                                "recovery", "without-treatment", "choices"]},
        "section_terms": {"shots-for-life": [r"\bhow often\b", r"\bwho gives them\b", r"\bgiving them yourself\b"],
                          "side-effects": [r"\bshots\b", r"\btablets\b[^.]*\bside effects\b", r"allergic"],
                          "choices": [r"\bask your doctor\b", r"\?"]},
    },
    # B12 in food, moved off the diagnosis page so that it prints on at most 10 sheets.
    "/b12-in-food/": {
        "ids": ["key-points", "how-much", "food-label", *TOPIC_END],
        "terms": [r"fortified", r"micrograms?", r"\b2\.4 micrograms\b", r"\b1\.5 micrograms\b", r"breastfe",
                  r"%DV", r"%NRV", r"cannot take in"],
    },
    "/when-to-get-help/": {
        "ordered": ["emergency", "urgent", "see-a-doctor"],
        # Where the signs come from, and what no one has studied (issue 13, item 7).
        "ids": ["what-is-known", *TOPIC_END],
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


@pytest.mark.parametrize("url", [url for url, row in REQUIRED.items() if "running" in row])
def test_required_running_text_appears(pages, url):
    text = running_text(article(pages[url]))
    missing = [term for term in REQUIRED[url]["running"] if not re.search(term, text, re.I)]
    assert not missing, f"{url}: no paragraph, list item or table cell matches {missing}"


def section(url: str, body, section_id: str) -> list:
    """The heading with this id and what follows it, up to the next heading of its level or higher."""
    heading = body.find(id=section_id)
    assert heading is not None and re.fullmatch(r"h[1-6]", heading.name), f"{url}: no heading with id {section_id}"
    parts = [heading]
    for sibling in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", sibling.name) and sibling.name <= heading.name:
            break
        parts.append(sibling)
    return parts


@pytest.mark.parametrize("url", [url for url, row in REQUIRED.items() if "under" in row])
def test_sections_hold_their_subsections(pages, url):
    body = article(pages[url])
    for parent, children in REQUIRED[url]["under"].items():
        inside = {tag.get("id") for part in section(url, body, parent) for tag in [part, *part.find_all(id=True)]}
        missing = [child for child in children if child not in inside]
        assert not missing, f"{url}: the section #{parent} has no heading with id {missing}"


@pytest.mark.parametrize("url", [url for url, row in REQUIRED.items() if "section_terms" in row])
def test_sections_say_what_they_must(pages, url):
    body = article(pages[url])
    for section_id, terms in REQUIRED[url]["section_terms"].items():
        text = " ".join(words(part) for part in section(url, body, section_id))
        missing = [term for term in terms if not re.search(term, text, re.I)]
        assert not missing, f"{url}: the section #{section_id} matches none of {missing}"


# Under the title come the site's own partials (the byline, and the "due for review" notice on an
# overdue page) and hidden elements (the print button, which a script shows): no reader content.
PARTIALS = {"page-byline", "page-review__overdue"}
# A printable page wraps everything under its title in one box; what is inside is what comes first.
WRAPPERS = {"handout", "sheet"}


def under_title(body) -> list:
    """What a reader sees under the page's title, in order: the partials and hidden elements left out,
    wrapper boxes opened."""
    def content(elements):
        for element in elements:
            classes = set(element.get("class", []))
            if classes & PARTIALS or element.has_attr("hidden"):
                continue
            if element.name == "div" and classes & WRAPPERS:
                yield from content(element.find_all(recursive=False))
            else:
                yield element
    return list(content(body.h1.find_next_siblings()))


def key_points(pages, url):
    boxes = article(pages[url]).select(".key-points")
    assert len(boxes) == 1, f"{url}: {len(boxes)} key points boxes (class key-points), expected 1"
    return boxes[0]


@pytest.mark.parametrize("url", PATIENT_URLS)
def test_key_points_box_holds_3_to_5_points(pages, url):
    box = key_points(pages, url)
    heading = box.find(id="key-points")
    assert heading is not None and heading.name == "h2", f"{url}: the key points box has no <h2 id=key-points>"
    points = box.select(":scope > ul > li, :scope > ol > li")
    assert 3 <= len(points) <= 5, f"{url}: the key points box holds {len(points)} points, expected 3 to 5"


@pytest.mark.parametrize("url", [url for url in PATIENT_URLS if url != "/"])
def test_key_points_come_right_under_the_title(pages, url):
    box = key_points(pages, url)
    first = under_title(article(pages[url]))[0]
    right_under = first is box  # compared apart, so a failure prints the message, not two pages of HTML
    assert right_under, (f"{url}: the first thing under the title is not the key points box but"
                          f" <{first.name}> {words(first)[:60]!r}")


# The home page's purpose: what the site helps a reader do.
PURPOSE = re.compile(r"^this site (helps|is for)\b", re.I)


def test_home_page_leads_with_its_message_then_the_urgent_help(pages):
    """The home page opens with one main message (a bold paragraph) and what the site is for; then the
    urgency figure and the emergency box, for a reader with warning signs; then the key points."""
    body = article(pages["/"])
    shown = under_title(body)
    message, purpose = shown[0], shown[1]
    bold = " ".join(words(strong) for strong in message.find_all("strong"))
    assert message.name == "p" and bold and bold == words(message), (
        f"/: the first paragraph under the title is not one bold main message: {words(message)[:60]!r}")
    assert purpose.name == "p" and PURPOSE.search(words(purpose)), (
        f"/: the main message is not followed by what the site is for: {words(purpose)[:60]!r}")
    later = {"the urgency figure": body.select_one("figure#figure-urgency-levels"),
             "the emergency box": body.select_one(".warning-sign--emergency"),
             "the key points": key_points(pages, "/")}
    for name, element in later.items():
        assert element in shown, f"/: {name} is missing, or not part of the page's own content"
    order = sorted(later, key=lambda name: shown.index(later[name]))
    assert order == list(later), f"/: after the purpose come {order}, expected {list(later)}"


@pytest.mark.parametrize("url", ["/b12-or-musculoskeletal/", "/when-to-get-help/", "/handout/"])
def test_page_links_to_the_appointment_sheet(pages, url):
    """The sheet to fill in before a visit (issue 13, item 5) is offered where a reader plans one."""
    linked = {site_path(resolve(url, a["href"])) for a in article(pages[url]).find_all("a", href=True)}
    assert "appointment-sheet/" in linked, f"{url}: no link to /appointment-sheet/"
