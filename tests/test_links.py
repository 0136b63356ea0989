"""Links: every internal link lands on a built file and an existing id; every external
link is https, goes to a work listed on /sources/, and leaks nothing (rel noopener noreferrer)."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from helpers import NOT_FOUND, REPO_URL, REPORT_FORM, article, resolve, site_path
from site_pages import page_urls

ALL_PAGES = [*page_urls(), NOT_FOUND]
LINKING = [("a", "href"), ("link", "href"), ("area", "href"), ("img", "src"), ("script", "src"),
           ("source", "src"), ("iframe", "src"), ("video", "src"), ("audio", "src")]


def links(soup):
    """(tag, url) for every link and embedded resource on the page."""
    return [(tag, tag[attribute]) for name, attribute in LINKING
            for tag in soup.find_all(name, attrs={attribute: True})]


def built_file(site: Path, path: str) -> Path:
    target = site / unquote(path)
    return target / "index.html" if path == "" or path.endswith("/") or target.is_dir() else target


def ids_in(file: Path, cache: dict) -> set[str]:
    if file not in cache:
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
        cache[file] = {tag["id"] for tag in soup.find_all(id=True)} | {
            tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
    return cache[file]


@pytest.fixture(scope="module")
def listed_sources(pages) -> set[str]:
    """The external addresses /sources/ lists: the only places the site sends readers."""
    body = article(pages["/sources/"])
    return {a["href"] for a in body.find_all("a", href=True) if urlsplit(a["href"]).scheme}


@pytest.mark.parametrize("url", ALL_PAGES)
def test_internal_links_resolve(pages, site_dir, url):
    cache, broken = {}, []
    for _, href in links(pages[url]):
        absolute = resolve(url, href)
        path = site_path(absolute)
        if path is None:
            continue  # external: checked below
        file = built_file(site_dir, path)
        fragment = unquote(urlsplit(absolute).fragment)
        if not file.is_file():
            broken.append(f"{href} (no file {path or 'index.html'})")
        elif fragment and file.suffix == ".html" and fragment not in ids_in(file, cache):
            broken.append(f"{href} (no id {fragment!r})")
    assert not broken, f"{url}: broken links: {broken}"


@pytest.mark.parametrize("url", ALL_PAGES)
def test_external_links_are_listed_sources_over_https(pages, listed_sources, url):
    wrong = []
    for tag, href in links(pages[url]):
        absolute = resolve(url, href)
        if site_path(absolute) is not None:
            continue
        # The one exception: the header's link to the site's own source code repository
        # (repo_url in mkdocs.yml, if set), which Material shows on every page; not a cited work.
        if REPO_URL and absolute == REPO_URL:
            continue
        # And the review box's "Report a mistake" link to the repository's issue form.
        if absolute.startswith(REPORT_FORM):
            continue
        if urlsplit(absolute).scheme != "https":
            wrong.append(f"{href} (not https)")
        elif absolute not in listed_sources:
            wrong.append(f"{href} (not listed on /sources/)")
    assert not wrong, f"{url}: {wrong}"


@pytest.mark.parametrize("url", ALL_PAGES)
def test_external_links_send_no_referrer(pages, url):
    """A reader's health questions are theirs: the page address goes to no other site."""
    leaky = [a["href"] for a in pages[url].find_all("a", href=True)
             if site_path(resolve(url, a["href"])) is None
             and not {"noopener", "noreferrer"} <= set(a.get("rel") or [])]
    assert not leaky, f"{url}: external links without rel=\"noopener noreferrer\": {leaky}"
