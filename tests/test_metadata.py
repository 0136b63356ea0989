"""Page metadata and outline: title, description, canonical address, language, headings,
and the medical disclaimer in every footer."""

import re

import pytest

from helpers import NOT_FOUND, all_front_matter, article, public_url, resolve, words
from site_pages import page_urls

CONTENT = page_urls()
ALL_PAGES = [*CONTENT, NOT_FOUND]


def title(soup) -> str:
    return words(soup.title) if soup.title else ""


def description(soup) -> str:
    meta = soup.find("meta", attrs={"name": "description"})
    return " ".join((meta.get("content") or "").split()) if meta else ""


@pytest.mark.parametrize("url", ALL_PAGES)
def test_title_and_description_are_present(pages, url):
    assert title(pages[url]), f"{url}: empty or missing <title>"
    assert description(pages[url]), f"{url}: empty or missing <meta name=\"description\">"


def test_titles_and_descriptions_are_unique(pages):
    for read in (title, description):
        seen = {}
        for url in ALL_PAGES:
            seen.setdefault(read(pages[url]), []).append(url)
        shared = {text: urls for text, urls in seen.items() if len(urls) > 1}
        assert not shared, f"pages sharing a {read.__name__}: {shared}"


@pytest.mark.parametrize("url", CONTENT)
def test_description_is_the_front_matter_description(pages, url):
    assert description(pages[url]) == " ".join(str(all_front_matter()[url].get("description", "")).split())


@pytest.mark.parametrize("url", CONTENT)
def test_canonical_link_is_the_published_address(pages, url):
    links = pages[url].find_all("link", rel="canonical")
    assert [link["href"] for link in links] == [public_url(url)]


@pytest.mark.parametrize("url", ALL_PAGES)
def test_language_is_english(pages, url):
    assert pages[url].html.get("lang") == "en"


@pytest.mark.parametrize("url", ALL_PAGES)
def test_one_h1_and_no_skipped_heading_level(pages, url):
    assert len(pages[url].find_all("h1")) == 1, f"{url}: a page has exactly one h1"
    # The outline is the article's: Material's header, navigation and footer are not part of it.
    levels = [int(h.name[1]) for h in article(pages[url]).find_all(re.compile(r"^h[1-6]$"))]
    assert levels[0] == 1, f"{url}: the article must start with its h1 (outline {levels})"
    skips = [(before, after) for before, after in zip(levels, levels[1:]) if after > before + 1]
    assert not skips, f"{url}: heading levels skip at {skips} (outline {levels})"


@pytest.mark.parametrize("url", ALL_PAGES)
def test_footer_carries_the_medical_disclaimer(pages, url):
    footer = pages[url].find("footer")
    assert footer is not None, f"{url}: no <footer>"
    assert re.search(r"not medical advice", words(footer), re.I), f"{url}: footer lacks the disclaimer text"
    targets = [resolve(url, a["href"]) for a in footer.find_all("a", href=True)]
    assert public_url("/about/#medical-disclaimer") in targets, f"{url}: footer has no link to the full disclaimer"
