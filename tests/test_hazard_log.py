"""The hazard log (content/hazards.yml): well formed, covering every finding of issue 12, and
every mitigation in place: its words are in the built text of every page it names, so a
warning deleted from a page fails the tests."""

import copy

import pytest

import hazard_log
import references
from helpers import article, words
from site_pages import page_urls

HAZARDS, _ = hazard_log.load()
URLS = set(page_urls())
REFERENCES = set(references.load())
MIN_HAZARDS = 15


def reader_text(soup) -> str:
    """A page's main text with whitespace collapsed and citation numbers left out."""
    body = copy.copy(article(soup))
    for number in body.select("sup"):
        number.decompose()
    return words(body)


@pytest.fixture(scope="module")
def texts(pages) -> dict[str, str]:
    return {url: reader_text(pages[url]) for url in URLS}


def test_the_log_is_well_formed():
    assert hazard_log.problems(HAZARDS, URLS, REFERENCES) == []


def test_enough_hazards_covering_every_finding_of_issue_12():
    assert len(HAZARDS) >= MIN_HAZARDS
    covered = {item for hazard in HAZARDS for item in hazard["finding"]}
    assert covered >= set(hazard_log.FINDINGS), f"findings with no hazard: {sorted(set(hazard_log.FINDINGS) - covered)}"


def test_every_mitigation_is_on_every_page_it_names(texts):
    assert hazard_log.missing(HAZARDS, texts) == []


def test_deleting_a_warning_from_a_page_is_noticed(texts):
    hazard = next(hazard for hazard in HAZARDS if hazard["id"] == "H02")
    mitigation = hazard["mitigations"][0]
    page = mitigation["pages"][0]
    deleted = {**texts, page: texts[page].replace(" ".join(mitigation["words"].split()), "")}
    assert hazard_log.missing([hazard], deleted) == [f"H02 {page}: {mitigation['words']!r}"]


def test_a_mitigation_on_all_pages_must_be_on_each(texts):
    hazard = {"id": "H99", "mitigations": [{"words": "Written by the B12 & Back Pain editors.", "pages": ["all"]}]}
    assert hazard_log.missing([hazard], texts) == []
    assert hazard_log.missing([hazard], {**texts, "/about/": ""}) == [
        "H99 /about/: 'Written by the B12 & Back Pain editors.'"]


# A small log with one defect each, to show the schema check can fail.
GOOD = {"id": "H01", "title": "t", "hazard": "h", "cause": "c", "finding": [1], "severity": "major",
        "likelihood": "medium", "residual_likelihood": "low", "status": "closed",
        "mitigations": [{"words": "w", "pages": ["/when-to-get-help/"]}], "sources": ["nhs-back-pain"]}


@pytest.mark.parametrize(("change", "message"), [
    (lambda hazard: hazard["mitigations"][0].update(pages=["/no-such-page/"]),
     "hazard H01: mitigation 'w' names unknown page '/no-such-page/'"),
    (lambda hazard: hazard.pop("cause"), "hazard H01 has no 'cause'"),
    (lambda hazard: hazard.pop("mitigations"), "hazard H01 has no 'mitigations'"),
    (lambda hazard: hazard.update(severity="bad"), "hazard H01: severity 'bad' is not one of"),
    (lambda hazard: hazard.update(likelihood="often"), "hazard H01: likelihood 'often' is not one of"),
    (lambda hazard: hazard.update(sources=["no-such-source"]), "hazard H01: unknown source 'no-such-source'"),
    (lambda hazard: hazard.update(sources=[]), "hazard H01 has neither sources nor a 'basis'"),
    (lambda hazard: hazard.update(status="open"), "hazard H01 is open but has no 'open_action'"),
    (lambda hazard: hazard.update(mitigations=[]), "hazard H01 is closed but has no mitigation"),
    (lambda hazard: hazard.update(finding=[13]), "hazard H01: finding must be a list of issue 12's item numbers"),
])
def test_a_bad_hazard_is_refused(change, message):
    assert hazard_log.problems([GOOD], URLS, REFERENCES) == []
    hazard = copy.deepcopy(GOOD)
    change(hazard)
    found = hazard_log.problems([hazard], URLS, REFERENCES)
    assert len(found) == 1 and found[0].startswith(f"content/hazards.yml: {message}"), found


def test_ids_are_unique():
    found = hazard_log.problems([GOOD, copy.deepcopy(GOOD)], URLS, REFERENCES)
    assert found == ["content/hazards.yml: hazard H01: id is used twice"]
