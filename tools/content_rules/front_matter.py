"""Front matter: present, valid YAML, every key the templates and reviews need and no
other, and review dates that can be true (none in the future).

MkDocs reads front matter that is not valid YAML as no front matter at all, and
builds the page without its dates or description: here that is an error. A key that
is not in KEYS is refused: the theme prints some keys it knows (subtitle, icon,
status) into every page's navigation without escaping them.
"""

from datetime import date

from content_rules.common import Problem, iso_date

# Reference pages (a list of terms, a list of works) are not health advice of their
# own: they carry no review dates and cite nothing, but still need a title and a
# description for search results and the page head.
REFERENCE_PAGES = {"glossary.md", "sources.md"}
REVIEW_KEYS = ("last_reviewed", "next_review", "review_status", "sources")
DESCRIPTION_MAX = 160  # search engines cut longer descriptions off
REVIEW_WITHIN_YEARS = 3
# Every key a page's front matter may have, and who reads it. To add one, say here which
# template or rule needs it.
KEYS = {
    "title": "the page head, social cards and JSON-LD (overrides/partials/social-meta.html, structured-data.html)",
    "description": "search results, social cards and JSON-LD",
    "first_published": "the review box and JSON-LD datePublished (page-review.html, structured-data.html)",
    "last_updated": "the review box and JSON-LD dateModified",
    "last_reviewed": "the review box, JSON-LD lastReviewed, and the footer's review line (copyright.html)",
    "next_review": "the review box and the due-for-review notice site.js shows",
    "review_status": "checked against content/reviews.yml (content_rules/review_record.py)",
    "sources": "the works the page cites, for JSON-LD citation (structured-data.html)",
}


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
    for key in meta:
        if key not in KEYS:
            yield Problem(page.path, page.front_matter_line(str(key)),
                          f"front matter key {str(key)!r} is not one this site uses (the keys are {', '.join(KEYS)}):"
                          " remove it, or add it with its reason to KEYS in tools/content_rules/front_matter.py")
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
            dates[key] = iso_date(meta[key])
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


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)
