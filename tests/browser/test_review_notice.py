"""The "due for review" notice shows once a page's next review date has passed, and only then.

Two ways, one set of words (overrides/partials/review-due.html): a page built on or after its
date carries the notice in its HTML, for every reader, with or without scripts (and
tests/test_text_browser.py checks w3m); a page built before its date gets it from site.js in
the reader's browser, once that date has come. The browser's clock is set for each check, so
the tests do not depend on today's date."""

from datetime import date, datetime, timedelta, timezone

import pytest
from browser_helpers import full_url, goto
from static_server import SiteServer

from overdue_build import OVERDUE_URL, build_with_overdue_page
from site_pages import page_urls

NOTICE = ".page-review__overdue"


@pytest.fixture(scope="module")
def due_dates(pages):
    """{url: next review date} for every page with a review box."""
    found = {}
    for url in page_urls():
        box = pages[url].select_one(".page-review[data-next-review]")
        if box is not None:
            found[url] = date.fromisoformat(box["data-next-review"])
    assert found, "no page has a review box with a next review date"
    return found


def notices_at(chromium, server, urls, moment: date, scripts: bool = True) -> dict:
    """{url: [is each notice visible]} with the browser's clock at noon UTC on `moment`."""
    context = chromium.new_context(java_script_enabled=scripts)
    page = context.new_page()
    page.clock.install(time=datetime(moment.year, moment.month, moment.day, 12, tzinfo=timezone.utc))
    seen = {}
    for url in urls:
        if scripts:
            goto(page, full_url(server, url))
        else:  # nothing marks the scripts as done: the page as it arrives
            page.goto(full_url(server, url))
        seen[url] = page.locator(NOTICE).evaluate_all("notices => notices.map(n => n.checkVisibility())")
    context.close()
    return seen


def test_the_browser_shows_the_notice_after_the_next_review_date(chromium, server, due_dates):
    later = max(due_dates.values()) + timedelta(days=1)
    for url, shown in notices_at(chromium, server, due_dates, later).items():
        # One under the page's title, and one in the review box.
        assert shown == [True, True], f"{url}: notices visible {shown} on {later}"


def test_no_notice_before_the_next_review_date(chromium, server, due_dates):
    earlier = min(due_dates.values()) - timedelta(days=1)
    for url, shown in notices_at(chromium, server, due_dates, earlier).items():
        assert shown == [], f"{url}: notices {shown} on {earlier}"


@pytest.fixture(scope="module")
def overdue_server(tmp_path_factory, site_prefix):
    """A copy of the site built on a day when OVERDUE_URL is overdue (tests/overdue_build.py)."""
    site, today = build_with_overdue_page(tmp_path_factory.mktemp("overdue"))
    with SiteServer(site, site_prefix) as running:
        yield running, today


@pytest.mark.parametrize("scripts", [False, True], ids=["without scripts", "with scripts"])
def test_a_page_built_overdue_shows_the_notice_once_in_each_place(chromium, overdue_server, scripts):
    server, today = overdue_server
    shown = notices_at(chromium, server, [OVERDUE_URL], today, scripts=scripts)[OVERDUE_URL]
    assert shown == [True, True], f"{OVERDUE_URL} built overdue: notices visible {shown}"
