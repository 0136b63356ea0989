"""The "due for review" notice shows once a page's next review date has passed, in the
reader's browser, whenever the site was built. The browser's clock is set for each check,
so the tests do not depend on today's date."""

from datetime import date, datetime, timedelta, timezone

import pytest
from browser_helpers import full_url, goto
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


def notices_at(chromium, server, urls, moment: date) -> dict:
    """{url: [is each notice visible]} with the browser's clock at noon UTC on `moment`."""
    context = chromium.new_context()
    page = context.new_page()
    page.clock.install(time=datetime(moment.year, moment.month, moment.day, 12, tzinfo=timezone.utc))
    seen = {}
    for url in urls:
        goto(page, full_url(server, url))
        seen[url] = page.locator(NOTICE).evaluate_all("notices => notices.map(n => n.checkVisibility())")
    context.close()
    return seen


def test_notice_shows_after_the_next_review_date(chromium, server, due_dates):
    later = max(due_dates.values()) + timedelta(days=1)
    for url, shown in notices_at(chromium, server, due_dates, later).items():
        # One in the review box, and a copy under the page's heading.
        assert shown == [True, True], f"{url}: notices visible {shown} on {later}"


def test_notice_is_hidden_before_the_next_review_date(chromium, server, due_dates):
    earlier = min(due_dates.values()) - timedelta(days=1)
    for url, shown in notices_at(chromium, server, due_dates, earlier).items():
        assert shown == [False], f"{url}: notices visible {shown} on {earlier}"
