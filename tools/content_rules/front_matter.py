"""Front matter: present, valid YAML, every key the templates and reviews need, and
review dates that can be true (none in the future).

MkDocs reads front matter that is not valid YAML as no front matter at all, and
builds the page without its dates or description: here that is an error.
"""

import re
from datetime import date

from content_rules.common import Problem

# Reference pages (a list of terms, a list of works) are not health advice of their
# own: they carry no review dates and cite nothing, but still need a title and a
# description for search results and the page head.
REFERENCE_PAGES = {"glossary.md", "sources.md"}
REVIEW_KEYS = ("last_reviewed", "next_review", "review_status", "sources")
DESCRIPTION_MAX = 160  # search engines cut longer descriptions off
REVIEW_WITHIN_YEARS = 3


def check(project):
    for page in project.pages:
        yield from _page(page)


def _page(page):
    if page.front_matter is None:
        yield Problem(page.path, 1, "missing front matter (a --- block with title, description, ...)")
        return
    if page.meta_problem:
        yield Problem(page.meta_problem.path, page.meta_problem.line, f"front matter is {page.meta_problem.message}")
        return
    if not isinstance(page.meta, dict):
        yield Problem(page.path, 2, "front matter must be a mapping of keys to values")
        return
    meta = page.meta
    needed = ("title", "description") + (() if page.name in REFERENCE_PAGES else REVIEW_KEYS)
    for key in needed:
        if key not in meta:
            yield Problem(page.path, 1, f"front matter has no '{key}'")

    def problem(key, message):
        return Problem(page.path, page.front_matter_line(key), message)

    for key in ("title", "description", "review_status"):
        if key in meta and not _text(meta[key]):
            yield problem(key, f"'{key}' must be non-empty text")
    if _text(meta.get("description")) and len(meta["description"]) > DESCRIPTION_MAX:
        yield problem("description", f"description is {len(meta['description'])} characters; at most {DESCRIPTION_MAX}")
    if "sources" in meta and not (isinstance(meta["sources"], list) and all(_text(key) for key in meta["sources"])):
        yield problem("sources", "'sources' must be a list of reference keys")

    dates = {}
    for key in ("last_reviewed", "next_review"):
        if key in meta:
            dates[key] = _iso_date(meta[key])
            if dates[key] is None:
                yield problem(key, f"'{key}' must be a date written YYYY-MM-DD, not {meta[key]!r}")
    last, due = dates.get("last_reviewed"), dates.get("next_review")
    if last and last > date.today():
        yield problem("last_reviewed", f"last_reviewed {last} is in the future (today is {date.today()}):"
                                       " it is the day someone checked the page, so it cannot be later than today")
    elif last and due and due <= last:
        yield problem("next_review", f"next_review {due} is not after last_reviewed {last}")
    elif last and due and due > _add_years(last, REVIEW_WITHIN_YEARS):
        yield problem("next_review", f"next_review {due} is more than {REVIEW_WITHIN_YEARS} years after last_reviewed {last}")


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _iso_date(value) -> date | None:
    # YAML reads an unquoted 2026-11-30 as a date; a date with a time is a datetime (a subclass): refused.
    if type(value) is date:
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)
