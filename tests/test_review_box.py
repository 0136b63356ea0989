"""The review box on every content page: when the page was checked, when it is due
again, its clinical review state (from content/reviews.yml), and how pages are checked."""

import pytest
from bs4 import BeautifulSoup

import reviews
from helpers import all_front_matter, article, public_url, resolve, reviewed_urls, words
from site_pages import nav_files, url_for

REVIEWED = reviewed_urls()
FRONT = all_front_matter()
STATES = reviews.states(reviews.load()[0])
KEYS = {url_for(name): reviews.page_key(name) for name in nav_files()}


def review_sentence(url: str) -> str:
    """What the record says about the page, as the box and the byline must word it."""
    state = STATES.get(KEYS[url])
    if state is None:
        return "Not yet reviewed by a clinician."
    if state["state"] == "reviewed":
        return f"Clinically reviewed by {state['reviewer']}, {state['qualification']}, on {state['date']}."
    return f"Changed since its clinical review on {state['date']}."


def review_box(soup):
    """The element that carries the next review date for site.js (one per page)."""
    boxes = article(soup).select("[data-next-review]")
    assert len(boxes) == 1, f"expected one element with data-next-review, found {len(boxes)}"
    return boxes[0]


@pytest.mark.parametrize("url", REVIEWED)
def test_dates_match_front_matter(pages, url):
    meta = FRONT[url]
    wanted = f"Page last reviewed: {meta['last_reviewed']} · Next review due: {meta['next_review']}"
    assert wanted in words(review_box(pages[url])), f"{url}: the review box does not say {wanted!r}"
    assert review_box(pages[url])["data-next-review"] == str(meta["next_review"])


@pytest.mark.parametrize("url", REVIEWED)
def test_clinical_review_state_and_policy_link(pages, url):
    box = review_box(pages[url])
    wanted = f"Clinical review: {review_sentence(url)}"
    assert wanted in words(box), f"{url}: the review box does not say {wanted!r}"
    targets = [resolve(url, a["href"]) for a in box.find_all("a", href=True)]
    assert public_url("/about/#editorial-policy") in targets, f"{url}: no link to the editorial policy"


@pytest.mark.parametrize("url", REVIEWED)
def test_review_box_holds_the_words_of_the_due_notice_for_site_js(pages, url):
    """A page built before its date gets the notice from site.js, in these words; the build
    shows a page's notice only once it is due (tests/test_text_browser.py), never hidden."""
    box = review_box(pages[url])
    notice = BeautifulSoup(box["data-overdue-notice"], "lxml")
    due = str(FRONT[url]["next_review"])
    assert "This page is due for review." in words(notice), f"{url}: {box['data-overdue-notice']!r}"
    assert notice.find("time", datetime=due) is not None, f"{url}: the notice's words do not name {due}"
    assert not box.select("[hidden]"), f"{url}: the review box hides something that text browsers would show"
