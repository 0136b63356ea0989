"""Dates and byline on every page, /glossary/ and /sources/ included: first published and last
updated beside last reviewed and next review, all from the page's front matter, and a one-line
byline under the title that says who writes the page (linked to /about/#who-writes-it) and its
clinical review state."""

import datetime

import pytest

from helpers import all_front_matter, article, public_url, resolve, words
from test_review_box import review_box, review_sentence

FRONT = all_front_matter()
DATE_KEYS = ("first_published", "last_updated", "last_reviewed", "next_review")


@pytest.mark.parametrize("url", list(FRONT))
def test_every_page_has_all_four_dates_in_order(url):
    meta = FRONT[url]
    missing = [key for key in DATE_KEYS if key not in meta]
    assert not missing, f"{url}: front matter lacks {missing}"
    first, updated, reviewed = (datetime.date.fromisoformat(str(meta[key])) for key in DATE_KEYS[:3])
    assert first <= updated, f"{url}: last updated {updated} before first published {first}"
    assert max(first, updated, reviewed) <= datetime.date.today(), f"{url}: a date in the future"


@pytest.mark.parametrize("url", list(FRONT))
def test_review_box_shows_publishing_dates_from_front_matter(pages, url):
    meta, box = FRONT[url], review_box(pages[url])
    wanted = f"First published: {meta['first_published']} · Last updated: {meta['last_updated']}"
    assert wanted in words(box), f"{url}: the review box does not say {wanted!r}"
    times = {time["datetime"] for time in box.select(".page-review__published time")}
    assert times == {str(meta["first_published"]), str(meta["last_updated"])}
    # beside the review dates: the two lines follow each other
    assert box.select_one(".page-review__published + .page-review__dates") is not None


@pytest.mark.parametrize("url", list(FRONT))
def test_byline_under_the_title(pages, url):
    title = article(pages[url]).find("h1")
    byline = title.find_next_sibling()
    assert byline is not None and "page-byline" in byline.get("class", []), f"{url}: no byline right after the <h1>"
    assert words(byline) == f"Written by the B12 & Back Pain editors. {review_sentence(url)}"
    links = [resolve(url, a["href"]) for a in byline.find_all("a", href=True)]
    assert links == [public_url("/about/#who-writes-it")], f"{url}: byline links {links}"


def test_the_byline_link_target_exists(pages):
    assert article(pages["/about/"]).find(id="who-writes-it") is not None
