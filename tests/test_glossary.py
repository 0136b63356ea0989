"""Glossary: every term is listed on /glossary/, and on content pages the first use of a
term in the running text carries its meaning in an <abbr title>."""

import re

import pytest

import glossary
from helpers import NOT_FOUND, article, words
from readability import REFERENCE_PAGES
from site_pages import page_urls

TERMS = glossary.load()
CONTENT = [url for url in page_urls() if url not in REFERENCE_PAGES]
# Text that is not running prose: headings are short labels (the term is explained in the
# text below them), code is literal, and the byline and the review box are template text,
# not Markdown.
NOT_PROSE = "h1, h2, h3, h4, h5, h6, code, pre, script, style, .page-byline, [data-next-review]"


@pytest.mark.parametrize("term", sorted(TERMS))
def test_term_is_listed_on_the_glossary_page(pages, term):
    body = article(pages["/glossary/"])
    entry = body.find(id=glossary.slug(term))
    assert entry is not None, f"/glossary/ has no entry with id {glossary.slug(term)!r}"
    assert words(entry).lower() == term.lower()
    assert " ".join(TERMS[term]["meaning"].split()) in words(body), f"/glossary/ lacks the meaning of {term!r}"


def prose_strings(body):
    skipped = {id(tag) for tag in body.select(NOT_PROSE)}  # by identity: Tag equality compares contents
    for text in body.find_all(string=True):
        if not any(id(parent) in skipped for parent in text.parents):
            yield text


@pytest.mark.parametrize("url", CONTENT)
def test_first_use_of_each_term_is_explained(pages, url):
    strings = list(prose_strings(article(pages[url])))
    unexplained = []
    for term, entry in TERMS.items():
        pattern = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, glossary.spellings(term, entry))))
        first = next((text for text in strings if pattern.search(text)), None)
        if first is None:
            continue  # the page does not use the term
        abbr = first.find_parent("abbr")
        if abbr is None or not abbr.get("title"):
            unexplained.append(f"{term!r} in {' '.join(first.split())[:60]!r}")
    assert not unexplained, f"{url}: first use not inside <abbr title>: {unexplained}"


@pytest.mark.parametrize("url", [*page_urls(), NOT_FOUND])
def test_no_abbreviation_definition_leaks(pages, url):
    leaked = [line for line in pages[url].body.get_text("\n").splitlines() if line.lstrip().startswith("*[")]
    assert not leaked, f"{url}: abbreviation definitions shown as text: {leaked[:3]}"
