"""The schema.org MedicalWebPage in each content page's <head>, checked against the
page's front matter and the reference list."""

import json

import pytest

from helpers import all_front_matter, public_url, reviewed_urls
import references

FRONT = all_front_matter()
REQUIRED = ["name", "description", "url", "inLanguage", "datePublished", "dateModified", "lastReviewed",
            "audience", "about", "isPartOf"]


def structured_data(soup) -> dict:
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1, f"expected one JSON-LD script, found {len(scripts)}"
    return json.loads(scripts[0].string)


@pytest.mark.parametrize("url", reviewed_urls())
def test_medical_web_page(pages, url):
    data = structured_data(pages[url])
    assert data.get("@type") == "MedicalWebPage"
    missing = [key for key in REQUIRED if not data.get(key)]
    assert not missing, f"{url}: JSON-LD lacks {missing}"
    assert data["about"].get("@type") == "MedicalCondition"
    assert data["isPartOf"].get("@type") == "WebSite"


@pytest.mark.parametrize("url", reviewed_urls())
def test_values_match_the_page(pages, url):
    data, meta = structured_data(pages[url]), FRONT[url]
    assert data["lastReviewed"] == str(meta["last_reviewed"])
    assert data["datePublished"] == str(meta["first_published"])
    assert data["dateModified"] == str(meta["last_updated"])
    assert data["description"] == meta["description"]
    canonical = pages[url].find("link", rel="canonical")
    assert data["url"] == canonical["href"] == public_url(url)


@pytest.mark.parametrize("url", reviewed_urls())
def test_citations_are_the_page_sources(pages, url):
    listed = references.load()
    wanted = sorted(references.main_url(listed[key]) for key in FRONT[url].get("sources") or [])
    cited = sorted(structured_data(pages[url]).get("citation", []))
    assert cited == wanted, f"{url}: JSON-LD citations {cited}, front matter sources give {wanted}"
