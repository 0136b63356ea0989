"""Put each built page's stylesheets into the page itself, slimmed (tools/css_slim.py).

    python tools/inline_styles.py SITE_DIR      (`make build` runs it after either builder)

Why: on a slow phone network every stylesheet the page links costs one or two more
round trips before anything can be drawn. Slimmed, the theme's stylesheets and ours
are about 17 KB compressed, so each page carries them in one <style> in its <head>
and is drawn as soon as its own HTML has arrived. The price is that they are not
cached from page to page; most readers see one or two pages.

Each page's <link rel="stylesheet"> elements in <head> (the print one too, wrapped
in `@media print`) become one <style>, whose sha256 is added to the page's
Content-Security-Policy (style-src). The <style> lists what it replaced in
`data-inlined-from` ("media href" pairs joined by "|"), and the linked files stay in
the site, so tests/browser/test_inlined_styles.py can compare the page under both.
Running it again changes nothing: an inlined page has no stylesheet links left.
"""

import html
import re
import sys
from pathlib import Path
from posixpath import normpath

from csp_hashes import csp_source
from css_slim import site_words, slim
from site_pages import site_path

LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
HTML_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
CSP = re.compile(r"""(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?style-src 'self')""")


def attributes(tag: str) -> dict[str, str]:
    # findall gives "" for the two quoting styles a value did not use.
    return {name.lower(): html.unescape(next((v for v in values if v), ""))
            for name, *values in HTML_ATTRIBUTE.findall(tag)}


def stylesheet_links(page: str) -> list[tuple[str, dict[str, str]]]:
    head = page.split("</head>", 1)[0]
    found = []
    for tag in LINK.findall(head):
        attrs = attributes(tag)
        rel = attrs.get("rel", "").lower().split()
        if "stylesheet" in rel and "alternate" not in rel:  # an alternate sheet is off until chosen
            found.append((tag, attrs))
    return found


def css_file(site: Path, page: Path, href: str) -> Path:
    """The built file a page's stylesheet link points to (relative, or under the site's path)."""
    prefix = site_path()
    if href.startswith(prefix):
        relative = href[len(prefix):]
    elif href.startswith("/") or "://" in href:
        raise ValueError(f"{href}: not a stylesheet of this site")
    else:
        relative = normpath(str(page.parent.relative_to(site) / href))
    target = site / relative.split("?", 1)[0]
    if not target.is_file():
        raise ValueError(f"{href}: no such file in the built site ({target})")
    return target


def inline_page(site: Path, page: Path, words: set[str], slimmed: dict) -> bool:
    text = page.read_text(encoding="utf-8")
    links = stylesheet_links(text)
    if not links:
        return False
    sources = []
    for tag, attrs in links:
        if not attrs.get("href"):
            raise ValueError(f"{tag}: a stylesheet link without an address")
        media = " ".join(attrs.get("media", "all").split()) or "all"
        sources.append((media, attrs["href"], css_file(site, page, attrs["href"])))
    key = tuple((media, path) for media, _, path in sources)
    if key not in slimmed:
        parts = []
        for media, _, path in sources:
            css = path.read_text(encoding="utf-8")
            parts.append(css if media == "all" else f"@media {media}{{{css}}}")
        try:
            slimmed[key] = slim("\n".join(parts), words)
        except ValueError as problem:
            raise ValueError(f"{', '.join(href for _, href, _ in sources)}: {problem}") from None
    css = slimmed[key]
    if not CSP.search(text):
        raise ValueError("no Content-Security-Policy with style-src 'self' to add the inlined styles to")
    text = CSP.sub(lambda found: f"{found.group(1)} {csp_source(css)}", text, count=1)
    inlined_from = html.escape("|".join(f"{media} {href}" for media, href, _ in sources))
    style = f'<style data-inlined-from="{inlined_from}">{css}</style>'
    text = text.replace(links[0][0], style, 1)
    for tag, _ in links[1:]:
        text = text.replace(tag, "", 1)
    page.write_text(text, encoding="utf-8")
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    site = Path(argv[0]).resolve()
    words = site_words(site)
    slimmed: dict = {}
    done = 0
    for page in sorted(site.rglob("*.html")):
        try:
            done += inline_page(site, page, words, slimmed)
        except ValueError as problem:
            print(f"{page.relative_to(site)}: {problem}", file=sys.stderr)
            return 1
    sizes = ", ".join(f"{len(css) / 1024:.1f} KB" for css in slimmed.values()) or "none new"
    print(f"inline_styles: {done} pages now carry their styles inline ({sizes})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
