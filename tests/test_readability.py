"""Reading level: patient pages at US school grade 8 or below and Dale-Chall 6.9 or below,
every glossary term explained at its first use, the home page's key points at grade 6 or
below, measured by tools/readability.py on the built pages."""

import re

import pytest

from readability import (DALE_CHALL_MAX, KEY_POINTS_GRADE_MAX, PATIENT_GRADE_MAX, REFERENCE_PAGES,
                         key_points_reading, page_reading, unexplained_terms)
from helpers import PATIENT_URLS, article, running_text
from site_pages import page_urls

PATIENT_PAGES = [url for url in page_urls() if url not in REFERENCE_PAGES]
MIN_WORDS = 100


@pytest.mark.parametrize("url", PATIENT_PAGES)
def test_patient_page_is_easy_to_read(pages, url):
    reading = page_reading(str(pages[url]))
    assert reading.words >= MIN_WORDS, f"{url}: only {reading.words} words of main text"
    assert reading.grade <= PATIENT_GRADE_MAX, f"{url}: grade {reading.grade:.1f} > {PATIENT_GRADE_MAX}"
    assert reading.dale_chall <= DALE_CHALL_MAX, f"{url}: Dale-Chall {reading.dale_chall:.2f} > {DALE_CHALL_MAX}"


@pytest.mark.parametrize("url", PATIENT_PAGES)
def test_every_term_is_explained_at_its_first_use(pages, url):
    found = unexplained_terms(str(pages[url]))
    assert not found, f"{url}: " + "; ".join(found)


# Words the site replaced with plain ones (issue 13, item 1): "onset" by "when it started" and
# the like, "musculoskeletal" by "muscles, joints and bones". Source titles and addresses may keep
# them: they are not ours to change and not running text.
REPLACED = re.compile(r"\b(onset|musculoskeletal)\b", re.I)


@pytest.mark.parametrize("url", PATIENT_URLS)
def test_no_patient_page_uses_the_words_we_replaced(pages, url):
    found = sorted({match.lower() for match in REPLACED.findall(running_text(article(pages[url])))})
    assert not found, f"{url}: the running text says {found}; use plain words instead"


def test_key_points_are_easier_still(pages):
    reading = key_points_reading(str(pages["/"]))
    assert reading is not None, "the home page has no section with id key-points"
    assert reading.grade <= KEY_POINTS_GRADE_MAX, f"/#key-points: grade {reading.grade:.1f} > {KEY_POINTS_GRADE_MAX}"


PLAIN = "<p>The cat sat on the mat. It was warm.</p>"
# Long words that would raise the grade a great deal if they were counted.
HARD = "Electroneurophysiological characterisation notwithstanding, methylmalonic acidaemia predominates."
EXTRAS = f"""
<table><tr><td>{HARD}</td></tr></table>
<p>Footnote reference.<sup id="fnref:x"><a href="#fn:x">1</a></sup></p>
<div class="footnote"><ol><li id="fn:x"><p>{HARD}</p></li></ol></div>
<aside class="page-review"><p>{HARD}</p></aside>
"""


def test_measure_ignores_tables_footnotes_and_review_box():
    alone = page_reading(f"<article>{PLAIN}<p>Footnote reference.</p></article>")
    with_extras = page_reading(f"<article>{PLAIN}{EXTRAS}</article>")
    assert (with_extras.words, with_extras.grade) == (alone.words, alone.grade)
    # And the measure does count hard text in the article body, so the line above can fail.
    assert page_reading(f"<article>{PLAIN}<p>{HARD}</p></article>").grade > alone.grade
