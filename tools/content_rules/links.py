"""Links and images: internal ones reach a page, file or id that exists; external
ones are https and go to a source in content/references.yml; snippets exist.

Read from the Markdown: inline links and images, reference definitions, <autolinks>,
and raw HTML <a href> / <img src>. Links in code are not links (they are blanked).
"""

import posixpath
import re
from urllib.parse import unquote, urlsplit

from content_rules.anchors import page_ids
from content_rules.common import Problem
from references import links as reference_links

INLINE = re.compile(r"(?P<image>!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^\s)>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(?P<target>[^\s>]+)")
AUTOLINK = re.compile(r"<(?P<target>[a-z][a-z0-9+.-]*:[^\s>]+)>", re.IGNORECASE)
HTML_TAG = re.compile(r"<(?P<tag>a|img)\b(?P<attributes>[^>]*)>", re.IGNORECASE)
HTML_ATTRIBUTE = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
ALLOWED_SCHEMES = {"mailto"}  # writing to someone sends nothing until the reader chooses to


def html_attributes(text: str) -> dict[str, str]:
    return {name.lower(): a or b or c for name, a, b, c in HTML_ATTRIBUTE.findall(text)}


def targets(line):
    """(target, is_image) for each link and image on a line."""
    text = line.plain
    for match in INLINE.finditer(text):
        yield match["target"], bool(match["image"])
    if match := DEFINITION.match(text):
        yield match["target"], False
    for match in AUTOLINK.finditer(text):
        yield match["target"], False
    for match in HTML_TAG.finditer(text):
        attributes = html_attributes(match["attributes"])
        name = "src" if match["tag"].lower() == "img" else "href"
        if name in attributes:
            yield attributes[name], name == "src"


def check(project):
    allowed = {url for entry in project.references.values() if isinstance(entry, dict)
               for _, url in reference_links(entry)}
    ids = {}  # page name -> ids, worked out once per linked page

    def ids_of(page):
        if page.name not in ids:
            ids[page.name] = page_ids(page)
        return ids[page.name]

    for page in project.pages:
        for include in page.includes:
            if not include.found and not include.name.startswith("references/"):  # those: citations rule
                yield Problem(include.line.path, include.line.number, f"snippet content/{include.name} does not exist")
        for line in page.lines:
            for target, image in targets(line):
                message = _problem(project, page, target, image, allowed, ids_of)
                if message:
                    yield Problem(line.path, line.number, message)


def _problem(project, page, target, image, allowed, ids_of) -> str | None:
    parts = urlsplit(target)
    if parts.scheme or target.startswith("//"):
        if image:
            return f"image from another site (a third-party request): {target}"
        if parts.scheme in ALLOWED_SCHEMES:
            return None
        if parts.scheme != "https":
            return f"external link is not https: {target}"
        if target not in allowed:
            return f"external link to a page that is not a source in content/references.yml: {target}"
        return None
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
    if anchor and anchor not in ids_of(linked):
        return f"link to missing anchor #{anchor}" + ("" if linked is page else f" in {linked.name}")
    return None
