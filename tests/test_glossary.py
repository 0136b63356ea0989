"""Glossary: every term is listed on /glossary/; no glossary markup in the sources a page
lists; no abbreviation definition leaks into a page. (That each page explains a term where
it first uses it is checked by the content checker and tests/test_readability.py.)"""

import pytest

import glossary
from helpers import NOT_FOUND, article, words
from site_pages import page_urls

TERMS = glossary.load()


@pytest.mark.parametrize("term", sorted(TERMS))
def test_term_is_listed_on_the_glossary_page(pages, term):
    body = article(pages["/glossary/"])
    entry = body.find(id=glossary.slug(term))
    assert entry is not None, f"/glossary/ has no entry with id {glossary.slug(term)!r}"
    assert words(entry).lower() == term.lower()
    assert " ".join(TERMS[term]["meaning"].split()) in words(body), f"/glossary/ lacks the meaning of {term!r}"


@pytest.mark.parametrize("url", page_urls())
def test_sources_carry_no_glossary_markup(pages, url):
    """A reference is printed as its authors wrote its title: no <dfn> or <abbr> inside it."""
    marked = [words(tag) for tag in pages[url].select(".footnote dfn, .footnote abbr")]
    assert not marked, f"{url}: glossary markup in the list of sources: {marked}"


@pytest.mark.parametrize("url", [*page_urls(), NOT_FOUND])
def test_no_abbreviation_definition_leaks(pages, url):
    leaked = [line for line in pages[url].body.get_text("\n").splitlines() if line.lstrip().startswith("*[")]
    assert not leaked, f"{url}: abbreviation definitions shown as text: {leaked[:3]}"
