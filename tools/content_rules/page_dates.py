"""Page dates: every page says when it was first published and last updated, and its dates
make sense (YYYY-MM-DD, first published no later than last updated, none in the future).

The review box shows these beside last reviewed and next review (overrides/partials/
page-review.html), so readers can judge how current a page is. The reference pages
(glossary, sources) carry all four dates too. The review dates' own checks (format, next
review after last review) are in front_matter.py.
"""

from datetime import date

from content_rules.common import Problem, iso_date
from content_rules.front_matter import REFERENCE_PAGES

PUBLISHING_KEYS = ("first_published", "last_updated")
REVIEW_KEYS = ("last_reviewed", "next_review")  # front_matter.py asks content pages for these
# A day that has happened (last_reviewed in the future: front_matter.py).
PAST_KEYS = ("first_published", "last_updated")


def check(project, today: date | None = None):
    today = today or date.today()
    for page in project.pages:
        if page.front_matter is None or page.meta_problem or not isinstance(page.meta, dict):
            continue  # front_matter.py reports these
        yield from _page(page, today)


def _page(page, today):
    meta = page.meta
    needed = PUBLISHING_KEYS + (REVIEW_KEYS if page.name in REFERENCE_PAGES else ())
    for key in needed:
        if key not in meta:
            yield Problem(page.path, 1, f"front matter has no '{key}' (every page shows its dates)")
    dates = {}
    for key in PUBLISHING_KEYS:
        if key in meta:
            dates[key] = iso_date(meta[key])
            if dates[key] is None:
                yield Problem(page.path, page.front_matter_line(key),
                              f"'{key}' must be a date written YYYY-MM-DD, not {meta[key]!r}")
    dates["last_reviewed"] = iso_date(meta.get("last_reviewed"))  # a bad one: front_matter.py
    first, updated = dates.get("first_published"), dates.get("last_updated")
    if first and updated and first > updated:
        yield Problem(page.path, page.front_matter_line("last_updated"),
                      f"last_updated {updated} is before first_published {first}")
    for key in PAST_KEYS:
        if dates.get(key) and dates[key] > today:
            yield Problem(page.path, page.front_matter_line(key), f"{key} {dates[key]} is in the future (today is {today})")

