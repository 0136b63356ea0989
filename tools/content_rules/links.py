"""Internal links and images reach a page, file or id that exists; snippets exist and
stay inside content/.

Read from the Markdown: inline links and images, reference definitions, <autolinks>,
and raw HTML <a href> / <img src>. Links in code are not links (they are blanked).
Addresses with a scheme or another host are checked where they end up, in the
rendered page (rendered_html.py: https, a source, never javascript: and the like).
"""

import html
import posixpath
import re
from urllib.parse import unquote, urlsplit

from content_rules.anchors import page_ids
from content_rules.common import Problem

INLINE = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^\s)>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(?P<target>[^\s>]+)")
AUTOLINK = re.compile(r"<(?P<target>[a-z][a-z0-9+.-]*:[^\s>]+)>", re.IGNORECASE)
HTML_TAG = re.compile(r"<(?P<tag>a|img)\b(?P<attributes>[^>]*)>", re.IGNORECASE)
HTML_ATTRIBUTE = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def html_attributes(text: str) -> dict[str, str]:
    """An HTML tag's attributes, with character references decoded as a browser decodes them."""
    return {name.lower(): html.unescape(a or b or c) for name, a, b, c in HTML_ATTRIBUTE.findall(text)}


def targets(line):
    """The target of each link and image on a line."""
    text = line.plain
    for match in INLINE.finditer(text):
        yield match["target"]
    if match := DEFINITION.match(text):
        yield match["target"]
    for match in AUTOLINK.finditer(text):
        yield match["target"]
    for match in HTML_TAG.finditer(text):
        attributes = html_attributes(match["attributes"])
        name = "src" if match["tag"].lower() == "img" else "href"
        if name in attributes:
            yield attributes[name]


def check(project):
    ids = {}  # page name -> ids, worked out once per linked page

    def ids_of(page):
        if not page.readable:
            return None  # its text could not be read: that is its one problem
        if page.name not in ids:
            ids[page.name] = page_ids(page)
        return ids[page.name]

    for page in project.pages:
        for include in page.includes:
            if not include.inside:
                yield Problem(include.line.path, include.line.number,
                              f"snippet {include.name} is outside content/: snippets come from content/ only")
            elif not include.found and not include.name.startswith("references/"):  # those: citations rule
                yield Problem(include.line.path, include.line.number, f"snippet content/{include.name} does not exist")
        for line in page.lines:
            for target in targets(line):
                message = _problem(project, page, target, ids_of)
                if message:
                    yield Problem(line.path, line.number, message)


def _problem(project, page, target, ids_of) -> str | None:
    parts = urlsplit(target)
    if parts.scheme or target.startswith("//") or target.startswith("\\"):
        return None  # checked in the rendered page (rendered_html.py)
    if not target:
        return "link with no target"
    if target.startswith("/"):
        return f"absolute link {target}: link to the .md file with a relative path"
    path, anchor = unquote(parts.path), unquote(parts.fragment)
    linked = page
    if path:
        name = posixpath.normpath(posixpath.join(posixpath.dirname(page.name), path))
        if name == ".." or name.startswith("../"):
            return f"link {target} points outside docs/"
        if name.endswith(".md"):
            linked = project.page_named.get(name)
            if linked is None:
                return f"link to missing page {name}"
        elif (project.docs / name).is_file():
            return None  # an image or download: no ids to check
        else:
            return f"link to missing file {name}" + ("" if "." in posixpath.basename(name) else " (link to the .md file)")
    if anchor and ids_of(linked) is not None and anchor not in ids_of(linked):
        return f"link to missing anchor #{anchor}" + ("" if linked is page else f" in {linked.name}")
    return None
