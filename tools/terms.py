"""Glossary terms at their first use on a page: marked, and explained in the same sentence.

The house style: a technical term is explained in the visible text where a page first uses
it (a tooltip is extra: it needs a hover or a tap and does not print). The writer marks that
first use with <dfn> and explains it in the same sentence:

    ... a fatty coating called <dfn>myelin</dfn>, which protects the nerve.
    <dfn>Neuropathy</dfn> means damage to nerves.

unexplained(article, glossary) lists the terms (of content/glossary.yml, in any of their
forms, in any capitalization) whose first use on the page breaks that rule: it is not a
<dfn>, or its sentence gives no explanation, or a term is marked twice. Headings, the
sources list, the byline and the review box are not running text and are not searched. Where terms
overlap ("pernicious anemia" holds "anemia"), the longer one is the use.
Used by the content checker (tools/content_rules/terms.py) and `make readability`.
"""

import re

from bs4 import BeautifulSoup, NavigableString

# Not running text: labels, the list of sources, template text, code, drawings.
NOT_PROSE = "h1, h2, h3, h4, h5, h6, .footnote, .page-review, .page-byline, code, pre, script, style, svg, nav"
BLOCKS = {"p", "li", "dd", "dt", "td", "th", "figcaption", "caption", "div", "blockquote"}
# An explanation in the same sentence: a parenthesis, a dash or colon, an apposition
# (", the coating that..."), or words that explain.
EXPLAINS = re.compile(r"\(|–|—| - |: |, (?:a|an|the) |\b(?:is|are|was|means|mean|meaning|called|calls|known as|"
                      r"also called|that is|which|who|where|when|a kind of|a type of)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_OTHER_WORDS = 3


def forms(term: str, entry: dict) -> list[str]:
    """The written forms of a term: itself and its `also` forms."""
    return [term, *((entry or {}).get("also") or [])]


def pattern(glossary: dict) -> tuple[re.Pattern, dict[str, str]]:
    """(a regex matching any written form of any term, {form in lowercase: its term}); the glossary
    must not be empty (an empty alternation would match everywhere)."""
    owner = {form.lower(): term for term, entry in glossary.items() for form in forms(term, entry)}
    # Longest first, so "pernicious anemia" is matched before "anemia".
    alternatives = sorted(owner, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(map(re.escape, alternatives)), re.IGNORECASE)
    return pattern, owner


def _prose_strings(article):
    skipped = {id(tag) for tag in article.select(NOT_PROSE)}
    for text in article.find_all(string=True):
        if isinstance(text, NavigableString) and not any(id(parent) in skipped for parent in text.parents):
            yield text


def _block(node):
    return next((parent for parent in node.parents if parent.name in BLOCKS), node.parent)


def _sentence_with(block, text: str) -> str:
    """The sentence of the block's text that holds `text` (the term as written)."""
    whole = " ".join(block.get_text(" ").split())
    return next((sentence for sentence in SENTENCE_END.split(whole) if text.lower() in sentence.lower()), whole)


def unexplained(article, glossary: dict) -> list[tuple[str, str]]:
    """(term, message) for each term whose first use on the page is not marked and explained."""
    if not glossary:
        return []
    terms, owner = pattern(glossary)
    seen, problems, marked = set(), [], {}
    for text in _prose_strings(article):
        for match in terms.finditer(str(text)):
            term = owner[match.group(0).lower()]
            dfn = text.find_parent("dfn")
            if dfn is not None:
                marked[term] = marked.get(term, 0) + 1
            if term in seen:
                continue
            seen.add(term)
            snippet = " ".join(str(text).split())[:60]
            if dfn is None:
                problems.append((term, f"'{term}' is first used without an explanation: mark that use <dfn> and"
                                       f" explain the term in the same sentence (\"{snippet}\")"))
                continue
            sentence = _sentence_with(_block(dfn), dfn.get_text())
            others = len(sentence.split()) - len(dfn.get_text().split())
            if others < MIN_OTHER_WORDS or not EXPLAINS.search(sentence.replace(dfn.get_text(), "", 1)):
                problems.append((term, f"'{term}' is marked <dfn> but its sentence does not explain it"
                                       f" (\"{sentence[:80]}\")"))
    problems += [(term, f"'{term}' is marked <dfn> {count} times: mark only its first use")
                 for term, count in sorted(marked.items()) if count > 1]
    return problems


def unexplained_in_html(html: str, glossary: dict) -> list[tuple[str, str]]:
    soup = BeautifulSoup(html, "lxml")
    return unexplained(soup.body or soup, glossary)
