"""The site's pages as the navigation in mkdocs.yml lists them.

Shared by the content checker, the readability report and the tests, so that a
page added to the navigation is checked everywhere without another list to edit.
"""

from pathlib import Path
from urllib.parse import urlsplit

import yaml

from content_rules.common import ConfigLoader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """mkdocs.yml as data; its tags (!ENV, !!python/name) read as nothing, which the page tree never needs."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=ConfigLoader)


def site_url(settings: dict | None = None) -> str:
    """`site_url` from mkdocs.yml (or the given settings), always ending with "/"."""
    url = (settings or config())["site_url"]
    return url if url.endswith("/") else url + "/"


def site_path(settings: dict | None = None) -> str:
    """The path the site is served under, e.g. "/b12-back-pain/" (GitHub Pages project site)."""
    return urlsplit(site_url(settings)).path


def nav_entries(nav) -> list[str]:
    """Every page or address the page tree lists, in order. Every value of a mapping is read,
    not only the first, so that no entry goes unchecked (MkDocs refuses or warns about a
    mapping of more than one; another builder might not)."""
    if isinstance(nav, dict):
        return [entry for value in nav.values() for entry in nav_entries(value)]
    if isinstance(nav, list):
        return [entry for item in nav for entry in nav_entries(item)]
    return [nav] if isinstance(nav, str) else []


def nav_files(nav: list | None = None) -> list[str]:
    """Markdown files in the page tree, in order (paths relative to docs/)."""
    nav = config()["nav"] if nav is None else nav
    return [entry for entry in nav_entries(nav) if entry.endswith(".md")]


def url_for(md_file: str) -> str:
    """The public URL of a page: index.md -> "/", when-to-get-help.md -> "/when-to-get-help/"."""
    stem = md_file.removesuffix(".md")
    if stem == "index":
        return "/"
    return "/" + stem.removesuffix("/index") + "/"


def url_key(url: str) -> str:
    """A page's address without its slashes ("index" for the home page): the name of its QR code
    (overrides/partials/qr/<key>.svg) and its key in the review states. The templates make it
    from page.url the same way, so two pages with one key would show each other's."""
    return url.replace("/", "") or "index"


def page_key(md_file: str) -> str:
    """url_key of a page named as nav and docs/ name it: "a/b.md" -> "ab"."""
    return url_key(url_for(md_file))


def shared_keys(md_files) -> dict[str, list[str]]:
    """{key: its pages, sorted} for each key that two or more pages would share ("a/b.md", "ab.md")."""
    by_key = {}
    for name in sorted(md_files):
        by_key.setdefault(page_key(name), []).append(name)
    return {key: names for key, names in by_key.items() if len(names) > 1}


def shared_key_problem(key: str, names: list[str]) -> tuple[str, str]:
    """(the page to rename, why) for pages that share a key."""
    others = ", ".join(f"docs/{name}" for name in names[:-1])
    return f"docs/{names[-1]}", (f"its address without slashes, '{key}', is also that of {others}: a page's QR code"
                                 " and review state are named that way, so one would show the other's; rename one")


def page_urls() -> list[str]:
    return [url_for(name) for name in nav_files()]
