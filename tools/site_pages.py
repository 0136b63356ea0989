"""The site's pages as the navigation in mkdocs.yml lists them.

Shared by the content checker, the readability report and the tests, so that a
page added to the navigation is checked everywhere without another list to edit.
"""

from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV; the page tree needs none of them."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(), Loader=_IgnoreTags)


def site_url(settings: dict | None = None) -> str:
    """`site_url` from mkdocs.yml (or the given settings), always ending with "/"."""
    url = (settings or config())["site_url"]
    return url if url.endswith("/") else url + "/"


def site_path(settings: dict | None = None) -> str:
    """The path the site is served under, e.g. "/b12-back-pain/" (GitHub Pages project site)."""
    return urlsplit(site_url(settings)).path


def nav_files(nav: list | None = None) -> list[str]:
    """Markdown files in the page tree, in order (paths relative to docs/)."""
    nav = config()["nav"] if nav is None else nav
    found = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += nav_files(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found


def url_for(md_file: str) -> str:
    """The public URL of a page: index.md -> "/", when-to-get-help.md -> "/when-to-get-help/"."""
    stem = md_file.removesuffix(".md")
    if stem == "index":
        return "/"
    return "/" + stem.removesuffix("/index") + "/"


def page_urls() -> list[str]:
    return [url_for(name) for name in nav_files()]
