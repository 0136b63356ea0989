"""The two builders make the same site: MkDocs (Material) and Zensical, from one mkdocs.yml.

Both builds are made here, from a copy of the sources, so the comparison does not
depend on which build SITE_DIR names. What a reader meets is compared page by page:
the pages, their headings, the article, the head metadata, the review box and the
footer. Differences we accept are listed in README.md, "Two builders"; only those
are taken out before comparing (the skip-link target Zensical puts in the article).
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from builder_differences import built_with
from helpers import SITE_URL, article
from site_build import copy_project

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

# Not imported from conftest: with tests/browser/conftest.py also named "conftest",
# `from conftest import ...` may find the wrong one.
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> tuple[Path, Path]:
    """(MkDocs site, Zensical site), built from one copy of the project."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    mkdocs_site, zensical_site = project / "site-mkdocs", project / "site-zensical"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(mkdocs_site)],
        capture_output=True, text=True, cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, f"MkDocs build failed:\n{done.stderr}"
    done = subprocess.run(
        [str(Path(sys.executable).parent / "zensical"), "build", "--strict"],
        capture_output=True, text=True, cwd=project, env={**os.environ, "SITE_DIR": str(zensical_site)})
    assert done.returncode == 0, f"Zensical build failed:\n{done.stdout}\n{done.stderr}"
    return mkdocs_site, zensical_site


def html_pages(site: Path) -> list[str]:
    return sorted(str(path.relative_to(site)) for path in site.rglob("*.html"))


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "lxml")


def public(page: str, href: str) -> str:
    """An href as an absolute URL: "./.." (Zensical) and ".." (MkDocs) name the same page."""
    folder = page.removesuffix("index.html")
    return re.sub(r"/\.(?=$|#)", "/", urljoin(urljoin(SITE_URL, folder), href))


def comparable(page: str, tag) -> str:
    """A part of a page as text to compare: links made absolute, whitespace collapsed."""
    tag = BeautifulSoup(str(tag), "lxml")
    for skip_target in tag.select("a#__skip"):  # README, Two builders: "skip link"
        skip_target.decompose()
    for element in tag.find_all(href=True):
        element["href"] = public(page, element["href"])
    return re.sub(r"\s+", " ", str(tag.body or tag))


def main_part(page_soup: BeautifulSoup):
    """The article; for a page without one (a redirect page copied from docs/), the body."""
    return article(page_soup) or page_soup.body


def both(builds, page):
    return [soup(site, page) for site in builds]


def test_both_builds_make_the_same_pages(builds):
    mkdocs_site, zensical_site = builds
    assert html_pages(mkdocs_site) == html_pages(zensical_site)


def test_each_build_names_its_builder(builds):
    """The generator tag is how a Zensical build is told apart (tests/builder_differences.py)."""
    assert [built_with(site) for site in builds] == ["mkdocs", "zensical"]


def test_sitemaps_list_the_same_addresses(builds):
    def addresses(site):
        return sorted(loc.get_text() for loc in BeautifulSoup((site / "sitemap.xml").read_text(), "xml").find_all("loc"))
    mkdocs_list, zensical_list = (addresses(site) for site in builds)
    assert mkdocs_list and mkdocs_list == zensical_list


def each_page(builds):
    pages = html_pages(builds[0])
    assert pages, "the MkDocs build holds no pages"
    return pages


def test_same_headings_on_every_page(builds):
    def headings(page_soup):
        return [(h.name, h.get("id"), h.get_text(" ", strip=True))
                for h in main_part(page_soup).find_all(re.compile("^h[1-6]$"))]
    differing = [page for page in each_page(builds)
                 if headings(both(builds, page)[0]) != headings(both(builds, page)[1])]
    assert not differing, f"headings differ between MkDocs and Zensical on {differing}"


def test_same_article_on_every_page(builds):
    """Text, footnotes, abbreviations, snippets, admonitions, tables and the review box
    (overrides/main.html puts it in the article): everything the article holds."""
    differing = [page for page in each_page(builds)
                 if len({comparable(page, main_part(page_soup)) for page_soup in both(builds, page)}) != 1]
    assert not differing, f"the article differs between MkDocs and Zensical on {differing}"


def head(page: str, page_soup: BeautifulSoup) -> dict:
    """What search engines and link previews read from a page's head."""
    def content(selector, attribute):
        found = page_soup.select_one(selector)
        return found.get(attribute) if found else None
    data = page_soup.select_one('script[type="application/ld+json"]')
    return {
        "title": page_soup.title.get_text() if page_soup.title else None,
        "description": content('meta[name="description"]', "content"),
        "canonical": content('link[rel="canonical"]', "href"),
        "prev": public(page, content('link[rel="prev"]', "href") or ""),
        "next": public(page, content('link[rel="next"]', "href") or ""),
        "json-ld": json.loads(data.string) if data else None,
    }


def test_same_head_metadata_on_every_page(builds):
    differing = {}
    for page in each_page(builds):
        mkdocs_head, zensical_head = (head(page, page_soup) for page_soup in both(builds, page))
        keys = [key for key in mkdocs_head if mkdocs_head[key] != zensical_head[key]]
        if keys:
            differing[page] = keys
    assert not differing, f"head metadata differs between MkDocs and Zensical: {differing}"


def test_same_footer_on_every_page(builds):
    differing = [page for page in each_page(builds)
                 if len({comparable(page, page_soup.select_one(".md-copyright"))
                         for page_soup in both(builds, page)}) != 1]
    assert not differing, f"the footer differs between MkDocs and Zensical on {differing}"
