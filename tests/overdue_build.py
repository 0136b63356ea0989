"""A copy of the site built on a day when one page is overdue for review, so the build itself puts
the "due for review" notice on it (overrides/partials/review-due.html, mkdocs.yml extra.today).
Shared by the text-browser test and the browser test of the notice."""

import re
from datetime import date, timedelta
from pathlib import Path

from site_build import build_site, copy_project

OVERDUE_PAGE = "about.md"
OVERDUE_URL = "/about/"


def build_with_overdue_page(folder: Path) -> tuple[Path, date]:
    """(the built site, the day it was built for): OVERDUE_PAGE's next review is the day before
    that day; every other page keeps its own dates."""
    project = copy_project(folder / "project")
    page = project / "docs" / OVERDUE_PAGE
    text = page.read_text(encoding="utf-8")
    last_reviewed = date.fromisoformat(re.search(r"^last_reviewed: (\S+)$", text, re.MULTILINE)[1])
    due = last_reviewed + timedelta(days=1)
    page.write_text(re.sub(r"^next_review: \S+$", f"next_review: {due}", text, count=1, flags=re.MULTILINE),
                    encoding="utf-8")
    today = due + timedelta(days=1)
    site = folder / "site"
    done = build_site(project / "mkdocs.yml", site, env={"TODAY": today.strftime("%Y%m%d")})
    assert done.returncode == 0, f"the copy with an overdue page does not build:\n{done.stderr}"
    return site, today
