"""Files that must never be published: everything in docs/ is published as it is.

- No symbolic link in docs/, content/ or overrides/: the build copies or includes
  whatever it points to (one published the build machine's files).
- In docs/ only the file types a page needs; no drafts or notes (.bak, ~, .txt other
  than robots.txt, office documents), and no hand-written .html, which would be
  published without any of these checks.
- Page names are lowercase words joined by hyphens: the name is the public address. No two
  pages share an address without its slashes (a/b.md, ab.md): their QR codes and review
  states are named by it.
- SVG files hold no script, event handler, style or reference to anything outside
  themselves, and only SVG's own elements: opened directly, an SVG runs on this site's
  address like a page, with no CSP. Styles are refused whole (a <style> element or a
  style= attribute), not searched for url( and @import: CSS can spell those in capitals,
  with escapes or among other values. A presentation attribute may hold url(#id) of the
  drawing itself as its whole value, nothing else of that kind, and no backslash.
- Images stay within IMAGE_BUDGET each. The largest today is share.png, 54 KB (55,296 bytes); a slow
  phone takes a second or more for every 100 KB, and a drawing or photo this site
  needs fits in that.
"""

import os
import re
from pathlib import Path
from xml.parsers import expat

from content_rules.common import Problem, drawing_value_problem
from site_pages import shared_key_problem, shared_keys

IMAGE_BUDGET = 100 * 1024  # bytes, for each image file
IMAGES = {".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg", ".ico"}
# Every other file type a published folder may hold, and why.
PUBLISHED = {
    ".md": "pages",
    ".css": "the site's styles (docs/assets/stylesheets/)",
    ".js": "the site's scripts (docs/assets/javascripts/)",
    ".woff2": "a font committed to the repository (no Google Fonts)",
}
GENERATED_TEXT = {"robots.txt"}  # docs/robots.txt, made by tools/site_address.py
DRAFTS = {".bak", ".orig", ".old", ".tmp", ".swp", ".swo", ".rej", ".draft"}
OFFICE = {".doc", ".docx", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ods", ".csv", ".numbers",
          ".ppt", ".pptx", ".odp", ".key", ".pdf"}
PAGE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
RUNS = "opened directly, an SVG runs it on this site's address"
SVG_REFUSED = {"script": f"holds a script: {RUNS}", "handler": f"holds a script: {RUNS}",
               "foreignObject": f"holds embedded HTML (<foreignObject>): {RUNS}",
               "style": "holds a <style> element: a style can load files from elsewhere, and CSS can spell url("
                        " and @import in capitals or escapes; give the shapes fill and stroke attributes instead"}


def check(project):
    for folder in ("docs", "content", "overrides"):
        yield from _links_in(project.root, folder)
    for path in _files(project.docs):
        relative = path.relative_to(project.root).as_posix()
        yield from (Problem(relative, line, message) for line, message in _file(path, project.docs))
    for key, names in shared_keys(project.page_named).items():
        path, message = shared_key_problem(key, names)
        yield Problem(path, 0, message)


def _walk(folder: Path):
    """(path, is a link) for everything under folder, not following links."""
    for directory, folders, names in os.walk(folder, followlinks=False):
        for name in sorted(folders + names):
            path = Path(directory) / name
            yield path, path.is_symlink()


def _links_in(root: Path, folder: str):
    for path, is_link in _walk(root / folder):
        if is_link:
            yield Problem(path.relative_to(root).as_posix(), 0,
                          f"is a symbolic link (to {os.readlink(path)}): the build would publish or include"
                          " whatever it points to; put the file itself here")


def _files(docs: Path):
    return sorted(path for path, is_link in _walk(docs) if not is_link and path.is_file())


def _file(path: Path, docs: Path):
    name, suffix = path.name, path.suffix.lower()
    if name.startswith(".") or name.startswith("#"):
        yield 0, "is a hidden or editor's file: remove it (it would be published as it is)"
    elif name.endswith("~") or suffix in DRAFTS:
        yield 0, "is a backup or draft copy: remove it (it would be published as it is)"
    elif suffix in OFFICE:
        yield 0, f"is an office document ({suffix}): put what it says in a page; it would be published unchecked"
    elif suffix == ".txt" and path.relative_to(docs).as_posix() not in GENERATED_TEXT:
        yield 0, "is a text note: remove it, or put what it says in a page (only docs/robots.txt is published)"
    elif suffix in (".html", ".htm", ".xhtml", ".shtml"):
        yield 0, "is a hand-written HTML page: it would be published without any of these checks; write a .md page"
    elif suffix not in IMAGES and suffix not in PUBLISHED and suffix != ".txt":
        allowed = ", ".join(sorted(IMAGES | set(PUBLISHED)))
        yield 0, f"is a {suffix or 'file without an extension'} file, which this site does not publish (allowed: {allowed})"
    elif suffix == ".md" and not all(PAGE_NAME.fullmatch(part) for part in path.relative_to(docs).with_suffix("").parts):
        yield 0, "page name is not lowercase words joined by hyphens (the name is its address): rename it, e.g. my-page.md"
    if suffix in IMAGES:
        size = path.stat().st_size
        if size > IMAGE_BUDGET:
            yield 0, f"is {size // 1024} KB; images may be at most {IMAGE_BUDGET // 1024} KB each: make it smaller"
    if suffix == ".svg":
        yield from _svg(path)


def _svg(path: Path):
    """(line, message) for what an SVG file must not hold; parsed with expat, which fetches nothing."""
    found, open_elements = [], []
    parser = expat.ParserCreate(namespace_separator=" ")

    def here():
        return parser.CurrentLineNumber

    def start(tag, attributes):
        namespace, _, local = tag.rpartition(" ")
        open_elements.append(local)
        if local in SVG_REFUSED:
            found.append((here(), SVG_REFUSED[local]))
        elif namespace != SVG_NAMESPACE:
            found.append((here(), f"holds <{local}> of {namespace or 'no'} XML namespace: an SVG asset may hold"
                                  " only SVG elements (others can load or show files from elsewhere)"))
        for name, value in attributes.items():
            attribute = name.split(" ")[-1]
            if attribute.lower().startswith("on"):
                found.append((here(), f"has an event handler ({attribute}=): it runs code when the file is opened"))
            elif attribute == "style":
                found.append((here(), "has a style= attribute: give the shape fill and stroke attributes instead"
                                      " (a style can load files from elsewhere)"))
            elif attribute in ("href", "src") and not value.strip().startswith("#"):
                found.append((here(), f"refers to {value} outside itself: an SVG asset must be self-contained"))
            elif attribute == "attributeName" and value.split(":")[-1].lower() in ("href", "src"):
                found.append((here(), "animates a link's target: it can change where the link leads"))
            elif why := drawing_value_problem(value):
                found.append((here(), f'{attribute}="{value}" {why}'))

    def end(_):
        open_elements.pop()

    def text(data):
        # Only a <style> (refused above, with its text) reads text as CSS; this is a second net.
        if any(name in SVG_REFUSED for name in open_elements):
            return
        if "@import" in data.lower() or "url(" in data.replace(" ", "").lower():
            found.append((here(), "its text loads from outside the file (@import or url()): keep it self-contained"))

    def declaration(*_):
        found.append((here(), "has a DOCTYPE or ENTITY declaration: an SVG asset needs none, and they can load files"))

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = declaration
    try:
        parser.Parse(path.read_bytes(), True)
    except expat.ExpatError as error:
        found.append((error.lineno, f"is not a well-formed SVG file ({expat.ErrorString(error.code)})"))
    except OSError as error:
        found.append((0, f"cannot be read: {error.strerror or error}"))
    yield from found
