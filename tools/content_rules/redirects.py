"""Redirects (the `redirects` plugin's `redirect_maps` in mkdocs.yml): old page -> new page.

The plugin writes a page at each old address that sends the reader on, so a bad line
could send readers off the site, in a circle, or hide a live page behind a redirect;
and a key is a path the plugin writes to, so one that climbs (`../`) would write
outside the built site. Keys and targets must be plain relative page paths
(`when-to-seek-help.md`: lowercase letters, digits and hyphens, folders allowed), a
target a page of this site, never itself a redirect, and a key never a live page.
"""

import re

from content_rules.common import Problem, line_of
from site_pages import url_for

PAGE_PATH = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*\.md")


def redirect_maps(config: dict) -> dict | None:
    """The plugin's redirect_maps from mkdocs.yml settings ({} without the plugin)."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "redirects" in plugin:
            settings = plugin["redirects"] or {}
            return settings.get("redirect_maps", {}) if isinstance(settings, dict) else None
    return {}


def check(project):
    moved = redirect_maps(project.config)
    text = project.text("mkdocs.yml")
    if not isinstance(moved, dict):
        yield Problem("mkdocs.yml", line_of(text, r"^\s*redirect_maps\s*:"),
                      "redirects: redirect_maps must be a list of `old-page.md: new-page.md` lines")
        return
    live = {url_for(page.name): page.name for page in project.pages}
    for old, new in moved.items():
        line = line_of(text, rf"^\s*['\"]?{re.escape(str(old))}['\"]?\s*:")
        message = _problem(old, new, moved, project.page_named, live)
        if message:
            yield Problem("mkdocs.yml", line, f"redirect {old} -> {new}: {message}")


def _problem(old, new, moved, pages, live) -> str | None:
    for name, what in ((old, "the old page"), (new, "the target")):
        if not (isinstance(name, str) and PAGE_PATH.fullmatch(name)):
            return (f"{what} must be a page path relative to docs/, like when-to-get-help.md"
                    " (lowercase letters, digits and hyphens; no leading /, no ../, no address)")
    if new == old:
        return "points to itself: readers would go round in a loop"
    if new in moved:
        return (f"the target is itself redirected (to {moved[new]}): point straight at the final page,"
                " a chain is slow and can loop")
    if new not in pages:
        return f"the target docs/{new} is not a page of this site"
    if url_for(old) in live:
        return f"the old address {url_for(old)} is the live page docs/{live[url_for(old)]}: the redirect would hide it"
    return None
