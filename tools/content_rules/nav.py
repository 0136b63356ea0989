"""The page tree: every docs/ page is in the nav of mkdocs.yml, every nav entry has a file.

A page left out of the nav is built but unreachable from the menu; a nav entry
without a file is a dead menu item.
"""

import re

from content_rules.common import Problem, line_of
from site_pages import nav_files


def check(project):
    if not project.config:
        return  # unreadable mkdocs.yml: already reported
    nav = project.config.get("nav")
    if not isinstance(nav, list):
        yield Problem("mkdocs.yml", 0, "no nav: list every page in the nav")
        return
    listed = nav_files(nav)
    for name in listed:
        if name not in project.page_named:
            line = line_of(project.text("mkdocs.yml"), rf"^\s*-.*{re.escape(name)}")
            yield Problem("mkdocs.yml", line, f"nav entry {name} has no file docs/{name}")
    for page in project.pages:
        if page.name not in listed:
            yield Problem(page.path, 0, "page is not in the nav of mkdocs.yml")
