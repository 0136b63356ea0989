"""Reading level of each page's main text, measured on the built HTML.

Measures what a reader reads: the article body without navigation, tables,
citations (footnote numbers and the source list), the review box or the footer.
Each block (paragraph, list item, heading, caption) counts as its own sentence,
so a heading or list item without a full stop does not run into the next one.
Uses textstat 0.7.4, which works offline. Per page: Flesch-Kincaid grade and reading
ease; the new Dale-Chall score and the share of words not on its list of 3,000
familiar words ("hard words"); and the glossary terms whose first use is not
explained in the text (tools/terms.py).

    python tools/readability.py SITE_DIR   prints a table, one row per page
"""

import sys
from dataclasses import dataclass
from pathlib import Path

import textstat
import yaml
from bs4 import BeautifulSoup

from site_pages import ROOT, nav_files, url_for
from terms import unexplained

BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, figcaption"
LEFT_OUT = "table, .footnote, sup, .page-review, .headerlink, script, style, svg, .md-source-file"
# Patient pages are held to the grade targets; reference pages (a list of terms or
# of publications) are reported but not held to them.
REFERENCE_PAGES = {"/glossary/", "/sources/"}
PATIENT_GRADE_MAX = 8.0
KEY_POINTS_GRADE_MAX = 6.0
DALE_CHALL_MAX = 6.9  # new Dale-Chall score; 6.9 or lower reads at about grade 8 or below


@dataclass
class Reading:
    words: int
    sentences: int
    grade: float
    ease: float
    dale_chall: float
    hard_share: float  # of the words, the share not on Dale-Chall's familiar-word list


def blocks_text(container) -> str:
    """The container's readable text, one sentence-ended line per block."""
    for unwanted in container.select(LEFT_OUT):
        unwanted.decompose()
    lines = []
    for block in container.select(BLOCKS):
        if block.select_one(BLOCKS):  # a list item holding paragraphs: read those instead
            continue
        text = " ".join(block.get_text(" ").split())
        if text:
            lines.append(text if text[-1] in ".!?:" else text + ".")
    return "\n".join(lines)


def measure(text: str) -> Reading:
    words = textstat.lexicon_count(text)
    return Reading(
        words=words,
        sentences=textstat.sentence_count(text),
        grade=textstat.flesch_kincaid_grade(text),
        ease=textstat.flesch_reading_ease(text),
        dale_chall=textstat.dale_chall_readability_score(text),
        hard_share=textstat.difficult_words(text) / words if words else 0.0,
    )


def article(html: str):
    soup = BeautifulSoup(html, "lxml")
    return soup.select_one("article.md-content__inner") or soup.select_one("article")


def page_reading(html: str) -> Reading:
    return measure(blocks_text(article(html)))


def key_points_reading(html: str) -> Reading | None:
    """Reading level of the "Key points" section (the h2 with id key-points, up to the next h2)."""
    body = article(html)
    heading = body.find(id="key-points")
    if heading is None:
        return None
    section = BeautifulSoup("<div></div>", "lxml").div
    for sibling in list(heading.find_next_siblings()):
        if sibling.name == "h2":
            break
        section.append(sibling)
    return measure(blocks_text(section))


def unexplained_terms(html: str) -> list[str]:
    """What is wrong with each glossary term's first use in the page's article (tools/terms.py)."""
    glossary = yaml.safe_load((ROOT / "content" / "glossary.yml").read_text(encoding="utf-8"))
    return [message for _, message in unexplained(article(html), glossary)]


def built_page(site: Path, url: str) -> Path:
    return site / url.lstrip("/") / "index.html"


def report(site: Path) -> list[tuple[str, Reading, int | None]]:
    """(url, reading, unexplained terms or None for a part of a page), per page and key points."""
    rows = []
    for name in nav_files():
        url = url_for(name)
        html = built_page(site, url).read_text(encoding="utf-8")
        terms = len(unexplained_terms(html)) if url not in REFERENCE_PAGES else None
        rows.append((url, page_reading(html), terms))
        if (key_points := key_points_reading(html)) is not None:
            rows.append((url + "#key-points", key_points, None))
    return rows


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    print("| page | words | sentences | FK grade | ease | Dale-Chall | hard words | unexplained terms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for url, r, terms in report(site):
        shown = "-" if terms is None else str(terms)
        print(f"| `{url}` | {r.words} | {r.sentences} | {r.grade:.1f} | {r.ease:.1f} | {r.dale_chall:.2f} "
              f"| {r.hard_share:.1%} | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
