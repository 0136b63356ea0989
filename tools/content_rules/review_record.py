"""The clinical review record: every review in content/reviews.yml names a page that exists
and has all its fields, and no page claims a clinical review the record does not show.

A page's review state is worked out from the record by tools/reviews.py; its front matter
`review_status` is written by hand, so it may only say "not clinically reviewed" unless a
review matches the page's current text. The site never names an invented reviewer.
"""

import reviews
from content_rules.common import Problem

NOT_REVIEWED = "not clinically reviewed"


def check(project):
    path = reviews.SOURCE
    if not (project.root / path).exists():
        yield Problem(path, 0, "file not found: it records each clinical review ([] while there is none)")
        return
    records, text, own = reviews.load(project.root)
    if records is None:
        yield from own  # cannot be read or parsed (the plain-text rule reports its other problems)
        return
    found = reviews.problems(records, text, set(project.page_named))
    for line, message in found:
        yield Problem(path, line, message)
    if found:
        return
    states = reviews.states(records, project.root)
    for page in project.pages:
        status = page.meta.get("review_status") if isinstance(page.meta, dict) else None
        reviewed = states.get(reviews.page_key(page.name), {}).get("state") == "reviewed"
        if isinstance(status, str) and status.strip() and status != NOT_REVIEWED and not reviewed:
            yield Problem(page.path, page.front_matter_line("review_status"),
                          f"review_status says '{status}', but no review in {path} matches this page's"
                          f" current text: write '{NOT_REVIEWED}'")
