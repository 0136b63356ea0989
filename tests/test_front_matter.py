"""Front matter of every page in docs/: review dates, review status, and the sources
list that must match what the built page actually cites."""

import datetime
import re

import pytest

from helpers import all_front_matter, article
from readability import REFERENCE_PAGES
import references

FRONT = all_front_matter()
# Nobody has clinically reviewed the site. When a named reviewer checks a page, this test
# changes together with the front matter that records who it was.
REVIEW_STATUS = "not clinically reviewed"
MAX_REVIEW_GAP_YEARS = 3


def iso_date(value) -> datetime.date:
    """A front matter date, which must be written YYYY-MM-DD (YAML then reads it as a date)."""
    text = str(value)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), f"{text!r} is not an ISO date (YYYY-MM-DD)"
    return datetime.date.fromisoformat(text)


def years_later(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@pytest.mark.parametrize("url", list(FRONT))
def test_title_and_description(url):
    for key in ("title", "description"):
        assert str(FRONT[url].get(key) or "").strip(), f"{url}: front matter needs a {key}"


@pytest.mark.parametrize("url", [url for url in FRONT if url not in REFERENCE_PAGES])
def test_patient_pages_carry_review_data(url):
    missing = {"last_reviewed", "next_review", "review_status", "sources"} - set(FRONT[url])
    assert not missing, f"{url}: front matter lacks {sorted(missing)}"


@pytest.mark.parametrize("url", [url for url, meta in FRONT.items() if "last_reviewed" in meta])
def test_review_dates_and_status(url):
    meta = FRONT[url]
    last, due = iso_date(meta["last_reviewed"]), iso_date(meta["next_review"])
    assert last < due <= years_later(last, MAX_REVIEW_GAP_YEARS), (
        f"{url}: next_review {due} must come after last_reviewed {last}, within {MAX_REVIEW_GAP_YEARS} years")
    assert meta["review_status"] == REVIEW_STATUS


@pytest.mark.parametrize("url", list(FRONT))
def test_sources_are_the_cited_footnotes(pages, url):
    listed = FRONT[url].get("sources") or []
    unknown = set(listed) - set(references.load())
    assert not unknown, f"{url}: sources not in content/references.yml: {sorted(unknown)}"
    cited = [li["id"].removeprefix("fn:") for li in article(pages[url]).select('li[id^="fn:"]')]
    assert sorted(listed) == sorted(cited), f"{url}: front matter sources {listed}, footnotes {cited}"
