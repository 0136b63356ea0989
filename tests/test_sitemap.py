"""What crawlers get: robots.txt names the sitemap at site_url, and the sitemap lists
every page with <lastmod> the day it was last reviewed (not the day it was built)."""

from xml.etree import ElementTree

import pytest

from helpers import SITE_URL, all_front_matter, public_url
from site_pages import page_urls
from test_published_urls import published

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def sitemap(site_dir) -> dict[str, str | None]:
    """{loc: lastmod} from the built sitemap.xml."""
    path = site_dir / "sitemap.xml"
    if not path.exists():
        pytest.skip("this builder writes no sitemap.xml")
    root = ElementTree.parse(path).getroot()
    return {entry.findtext("sm:loc", namespaces=NS): entry.findtext("sm:lastmod", namespaces=NS)
            for entry in root.findall("sm:url", NS)}


def test_robots_txt_points_to_the_sitemap(site_dir):
    lines = (site_dir / "robots.txt").read_text().splitlines()
    assert f"Sitemap: {SITE_URL}sitemap.xml" in lines


def test_sitemap_lists_every_page(sitemap):
    missing = [url for url in all_front_matter() if public_url(url) not in sitemap]
    assert not missing, f"pages missing from sitemap.xml: {missing}"


def test_lastmod_is_the_review_date(sitemap):
    wrong = {url: sitemap.get(public_url(url)) for url, meta in all_front_matter().items()
             if "last_reviewed" in meta and sitemap.get(public_url(url)) != str(meta["last_reviewed"])}
    assert not wrong, f"<lastmod> differs from last_reviewed: {wrong}"


def test_redirect_stubs_are_not_in_the_sitemap(sitemap):
    stubs = [url for url in published() if url not in page_urls()]
    assert stubs, "expected at least one redirect stub in published_urls.txt"
    listed = [url for url in stubs if public_url(url) in sitemap]
    assert not listed, f"redirect stubs must not be offered to crawlers: {listed}"
