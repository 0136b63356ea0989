"""Our head partials escape what they take from front matter and mkdocs.yml, so a title or
description cannot end the attribute or element it is put in (MkDocs' templates do not
escape by themselves). The content checker refuses such values too (plain_text.py); this
proves the partials would hold even if one got through."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT

HOSTILE = {"title": 'B12 "quoted" </title><script>alert(1)</script>',
           "description": '"><meta http-equiv="refresh" content="0; url=https://example.com/">',
           "last_reviewed": "2026-11-30", "sources": []}


def render(name: str) -> BeautifulSoup:
    env = Environment(loader=FileSystemLoader(ROOT / "overrides"))
    env.filters["url"] = lambda value: value  # MkDocs' filter makes a path relative; no part of this test
    page = SimpleNamespace(meta=HOSTILE, title=HOSTILE["title"], is_homepage=False,
                           canonical_url="https://b12-back-pain.github.io/b12-back-pain/about/")
    config = {"site_url": "https://b12-back-pain.github.io/b12-back-pain/", "site_name": "B12 & Back Pain",
              "site_description": "About B12.", "site_author": "The editors"}
    html = env.get_template(name).render(page=page, config=config, references={"citations": {}})
    return BeautifulSoup(f"<head>{html}</head>", "lxml")


@pytest.mark.parametrize("name", ["partials/social-meta.html", "partials/structured-data.html"])
def test_front_matter_cannot_add_elements(name):
    soup = render(name)
    assert not soup.find("script", src=True) and not soup.find("title")
    assert not soup.find("meta", attrs={"http-equiv": True}), "a description added its own <meta>"
    runnable = [script for script in soup.find_all("script") if script.get("type") != "application/ld+json"]
    assert not runnable, runnable


def test_social_meta_keeps_each_value_in_its_attribute():
    soup = render("partials/social-meta.html")
    assert soup.find("meta", property="og:description")["content"] == HOSTILE["description"]
    assert soup.find("meta", property="og:title")["content"] == 'B12 "quoted" alert(1)'  # striptags, then escaped


def test_structured_data_is_json_that_cannot_end_its_script():
    script = render("partials/structured-data.html").find("script", type="application/ld+json")
    assert "</" not in script.string and "<script" not in script.string
