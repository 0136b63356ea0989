"""The page tree: every docs/ page is in the nav of mkdocs.yml, every nav entry has a file.

A page left out of the nav is built but unreachable from the menu; a nav entry
without a file is a dead menu item. An entry is a page path inside docs/: an address
(https://..., javascript:...) would be a menu link on every page that MkDocs lets
through even in strict mode (it only logs it at debug level), and a name that climbs
(../README.md) or starts with / is not a page of this site, and becomes a QR code's
file name (tools/site_address.py refuses it too, without a line).
"""

import re

from content_rules.common import Problem, line_of
from site_pages import nav_entries


def check(project):
    if not project.config:
        return  # unreadable mkdocs.yml: already reported
    nav = project.config.get("nav")
    if not isinstance(nav, list):
        yield Problem("mkdocs.yml", 0, "no nav: list every page in the nav")
        return
    listed = nav_entries(nav)
    for name in listed:
        line = line_of(project.text("mkdocs.yml"), rf"^\s*-.*{re.escape(name)}")
        if not name.endswith(".md"):
            yield Problem("mkdocs.yml", line, f"nav entry {name} is not a page in docs/: the menu of every page would"
                                              " link there; list only this site's pages (sources go in content/references.yml)")
        elif name.startswith("/") or any(part in ("", ".", "..") for part in name.split("/")):
            yield Problem("mkdocs.yml", line, f"nav entry {name} is not a page path inside docs/: write it relative"
                                              " to docs/, like about.md (no leading /, no ./ or ../)")
        elif name not in project.page_named:
            yield Problem("mkdocs.yml", line, f"nav entry {name} has no file docs/{name}")
    for page in project.pages:
        if page.name not in listed:
            yield Problem(page.path, 0, "page is not in the nav of mkdocs.yml")
