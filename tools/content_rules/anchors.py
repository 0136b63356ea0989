"""The ids a page will have once built, read from its Markdown (snippets included).

Explicit ids: `{ #id }` / `{: #id }` attribute lists and HTML `id="..."`. Headings
without one get the id the toc extension gives them: its own slugify and unique,
imported, so the checker and the build agree.
"""

import html
import re

from markdown.extensions.toc import slugify, unique

HEADING = re.compile(r"^\s*#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
TRAILING_ATTRIBUTES = re.compile(r"\s*\{:?(?P<attributes>[^{}]*)\}\s*$")
ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*)\}")
ID_IN_ATTRIBUTES = re.compile(r"(?:^|\s)#([^\s#}]+)")
HTML_ID = re.compile(r"""<[^>]*?(?<![\w-])id\s*=\s*(?:"([^"]*)"|'([^']*)')""")
FOOTNOTE = re.compile(r"^\[\^([^\]]+)\]:")
# What the heading shows, as the toc extension sees its text: links as their words,
# no footnote markers, no HTML tags.
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]]+\]")
TAG = re.compile(r"<[^>]+>")


def _heading_text(text: str) -> str:
    text = LINK.sub(r"\1", FOOTNOTE_MARK.sub("", text))
    return html.unescape(TAG.sub("", text))


def page_ids(page) -> set[str]:
    ids: set[str] = set()
    untitled = []  # headings without an explicit id, in page order
    for line in page.lines:
        text = line.plain
        for attributes in ATTRIBUTE_LIST.findall(text):
            ids.update(ID_IN_ATTRIBUTES.findall(attributes))
        ids.update(a or b for a, b in HTML_ID.findall(text))
        if footnote := FOOTNOTE.match(text):  # the footnotes extension's own ids
            ids.update({f"fn:{footnote[1]}", f"fnref:{footnote[1]}"})
        if heading := HEADING.match(text):
            attributes = TRAILING_ATTRIBUTES.search(heading["text"])
            if not (attributes and ID_IN_ATTRIBUTES.search(attributes["attributes"])):
                untitled.append(TRAILING_ATTRIBUTES.sub("", heading["text"]))
    # As toc does: explicit ids are taken first; a repeated slug gets _1, _2...
    for text in untitled:
        unique(slugify(_heading_text(text), "-"), ids)
    return ids
