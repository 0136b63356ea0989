"""Keep each glossary term's meaning at its first use on a page; later uses are plain text.

    python tools/first_use_terms.py SITE_DIR     (`make build` runs it after the builder)

The glossary (content/glossary.yml) reaches every page as Markdown abbreviations,
which wrap every use of a term in <abbr title="meaning">. The house style asks for a
term to be explained at its first use, and the glossary page has them all. Every
extra <abbr> costs a reader on a slow phone: the theme builds a tooltip for each one
when it starts (36 on the longest page, most of its start-up work), and each repeats
the meaning in the page. So after the build only the first <abbr> of each term in a
page's text is kept (none in headings). tests/test_glossary.py checks that each term's first use is explained.
Running it again changes nothing.
"""

import re
import sys
from pathlib import Path

ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')
HEADING = re.compile(r"<(h[1-6])\b[^>]*>.*?</\1>", re.DOTALL | re.IGNORECASE)


def first_uses_only(html: str) -> tuple[str, int]:
    """The page with every <abbr> after a term's first one in the text unwrapped, and those
    in headings too (a heading is a short label; the text below it explains the term);
    and how many were unwrapped."""
    seen: set[str] = set()
    unwrapped = 0

    def plain(found: re.Match) -> str:
        nonlocal unwrapped
        unwrapped += 1
        return found.group(1)

    def keep_first(found: re.Match) -> str:
        if found.group(1) in seen:
            return plain(found)
        seen.add(found.group(1))
        return found.group(0)

    html = HEADING.sub(lambda heading: ABBR.sub(plain, heading.group(0)), html)
    return ABBR.sub(keep_first, html), unwrapped


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    total = 0
    for page in sorted(Path(argv[0]).rglob("*.html")):
        html, unwrapped = first_uses_only(page.read_text(encoding="utf-8"))
        if unwrapped:
            page.write_text(html, encoding="utf-8")
            total += unwrapped
    print(f"first_use_terms: {total} later uses of glossary terms made plain text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
