"""What each page renders to holds only the HTML in allowed_html.py, links only where
they may lead, no id twice and none of the theme's (__...), and no hidden text but the
print button's wrapper; the nh3 sanitizer, given the same list, changes nothing.

Checked on the rendered HTML, not the Markdown, because that is what the reader's
browser runs: a tag split over lines, an attribute added by an attribute list
(`{: onclick=... }`, `{: href=... }`) and HTML arriving through a snippet all show up
there. Each element is read by Python's HTML parser and checked against the list,
which gives the plain messages; then, if nothing was found, nh3 (Ammonia, a browser-
grade parser) cleans the page with the same list, and any difference is refused too:
markup the two parsers read differently is exactly what slips past a checker.
Each problem names the line it comes from where that line can be found.
"""

from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from bs4 import BeautifulSoup, NavigableString

from content_rules import allowed_html as allowed
from content_rules.common import CSS_URL, LOCAL_URL, Problem, drawing_value_problem, line_of
from content_rules.render import SettingsError, rendered
from references import links as reference_links

VOID = {"br", "hr", "img", "wbr", "input", "meta", "link", "base", "col", "area", "source", "embed"}
HTML_ALLOWED = {name: {a.lower() for a in attributes} for name, (_, attributes) in allowed.ELEMENTS.items()}
SVG_ALLOWED = {name.lower(): {a.lower() for a in attributes} for name, (_, attributes) in allowed.SVG_ELEMENTS.items()}
GLOBAL = set(allowed.GLOBAL_ATTRIBUTES)
REFUSED = {name.lower(): reason for name, reason in allowed.REFUSED.items()}
ONLY_VALUES = {(tag.lower(), name.lower()): values for (tag, name), values in allowed.ONLY_VALUES.items()}
# Browsers drop tabs and line breaks inside an address and read "\" as "/".
URL_NOISE = str.maketrans({"\t": None, "\n": None, "\r": None, "\\": "/"})


def check(project):
    if "mkdocs.yml" in project.broken:
        return  # its Markdown settings are unknown; the file's own problem is reported
    # Without a readable reference list every external link would look wrong: its own problem is enough.
    sources = None if "content/references.yml" in project.broken else \
        {url for entry in project.references.values() if isinstance(entry, dict) for _, url in reference_links(entry)}
    for page in project.pages:
        try:
            result = rendered(project, page)
        except SettingsError as error:
            setting = rf"^\s*{error.setting}\s*:" if error.setting else r"^markdown_extensions\s*:"
            yield Problem("mkdocs.yml", line_of(project.text("mkdocs.yml"), setting), str(error))
            return
        if result.error:
            yield Problem(page.path, 0, f"cannot be rendered as Markdown ({result.error})")
            continue
        found = [Problem(*_where(page, needles), message) for needles, message in _findings(result.html, sources)]
        if not found:
            found = [Problem(*_where(page, needles), message) for needles, message in _sanitizer_changes(result.html)]
        yield from found


def _findings(html: str, sources: set[str]):
    """(what to look for in the Markdown to find the line, message) for each problem."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    for tag, attributes, in_svg in reader.elements:
        refusal = _element_problem(tag, in_svg)
        if refusal:
            yield [f"<{tag}"], refusal
            continue
        for name, value in attributes:
            message = _attribute_problem(tag, name, value, in_svg, sources)
            if message:
                located_by_value = name in allowed.URL_ATTRIBUTES or name in allowed.ID_ATTRIBUTES
                yield [value if located_by_value else "", f"{name}=", name], message
    for markup in reader.other_markup:
        yield [markup[:20]], f"{markup[:40]!r} is markup pages may not use"
    for message in _hidden_problems(html):
        yield [" hidden", "hidden"], message
    for name, count in Counter(reader.ids).items():
        if count > 1:
            yield [f"#{name}", f'id="{name}"', name], \
                f"id '{name}' is used {count} times on this page: a link to #{name} can reach only the first"


def _hidden_problems(html: str):
    """A hidden <p> is only the print button's wrapper: site.js shows that one (where printing
    works) and no other, so anything else hidden would silently never be read."""
    for paragraph in BeautifulSoup(html, "html.parser").select("p[hidden]"):
        others = [child for child in paragraph.children
                  if child.name != "button" and not (isinstance(child, NavigableString) and not child.strip()
                                                     and type(child) is NavigableString)]
        if "handout__actions" not in (paragraph.get("class") or []) or others:
            yield ('hidden on <p> is allowed only on the print button\'s wrapper, <p class="handout__actions" hidden>'
                   " holding nothing but its <button>: site.js shows only that; other hidden text is never read")


def _element_problem(tag: str, in_svg: bool) -> str | None:
    if tag in REFUSED:
        return f"<{tag}> is not allowed in a page: {REFUSED[tag]}"
    if tag in SVG_ALLOWED and tag not in HTML_ALLOWED and not in_svg:
        return f"<{tag}> is allowed only inside an <svg> drawing"
    if tag not in HTML_ALLOWED and tag not in SVG_ALLOWED:
        return f"<{tag}> is not an element pages may use (the list is in tools/content_rules/allowed_html.py)"
    return None


def _attribute_problem(tag, name, value, in_svg, sources) -> str | None:
    if name.startswith("on"):
        return f"{name}= on <{tag}> is not allowed: an event handler runs code in the reader's browser"
    if name == "style":
        return (f"style= on <{tag}> is not allowed: the site's CSP blocks inline styles;"
                " give it a class and style that in docs/assets/stylesheets/site.css")
    own = SVG_ALLOWED.get(tag, set()) if in_svg and tag in SVG_ALLOWED else HTML_ALLOWED.get(tag, set())
    if name not in GLOBAL and name not in own:
        return f"{name}= is not an attribute <{tag}> may have (the list is in tools/content_rules/allowed_html.py)"
    if name in allowed.ID_ATTRIBUTES and any(id.startswith(allowed.THEME_IDS) for id in value.split()):
        return (f'{name}="{value}" on <{tag}> is not allowed: ids starting with {allowed.THEME_IDS} belong to the'
                " theme (#__config holds its settings, #__scripts-after-paint starts its scripts): choose another")
    if (tag, name) in ONLY_VALUES and value not in ONLY_VALUES[tag, name]:
        wanted = " or ".join(f'{name}="{allowed_value}"' for allowed_value in sorted(ONLY_VALUES[tag, name]))
        return f'{name}="{value}" on <{tag}> is not allowed: only {wanted}'
    if CSS_URL.search(value) and not LOCAL_URL.fullmatch(value.strip()):
        return f"{name}= on <{tag}> refers to {value}: only url(#id) of this drawing is allowed, nothing from elsewhere"
    if in_svg and (why := drawing_value_problem(value)):
        return f'{name}="{value}" on <{tag}> {why}'
    if name in allowed.URL_ATTRIBUTES:
        return _address_problem(tag, name, value, sources)
    return None


def _address_problem(tag, name, value, sources) -> str | None:
    address = value.translate(URL_NOISE).lstrip("".join(map(chr, range(33))))
    scheme = urlsplit(address).scheme.lower() if ":" in address else ""
    external = bool(scheme) or address.startswith("//")
    if scheme in ("javascript", "vbscript"):
        return f"{name}= on <{tag}> is a {scheme}: address, which runs code when it is followed"
    if scheme == "data":
        return f"{name}= on <{tag}> is a data: address, which can carry a page or script of its own"
    if scheme and scheme not in allowed.URL_SCHEMES:
        return f"{name}= on <{tag}> is a {scheme}: address; links go to https pages (or mailto)"
    if not external or scheme == "mailto":
        return None  # this site's own pages and files: the links rule checks those
    if name == "src":
        return f"image from another site (a third-party request): {value}"
    if scheme != "https":
        return f"external link is not https: {value}"
    if sources is not None and value not in sources:
        return f"external link to a page that is not a source in content/references.yml: {value}"
    return None


def _sanitizer_changes(html: str):
    """What nh3 removes or rewrites, with the allowed list: one problem at the first difference."""
    cleaned = nh3.clean(html, **_nh3_settings())
    given, kept = _tokens(html), _tokens(cleaned)
    for index, (kind, name, _) in enumerate(given):
        if index >= len(kept) or kept[index] != given[index]:
            shown = {"element": f"<{name}>", "end of": f"</{name}>", "comment": "a comment"}.get(kind, repr(name.strip()[:40]))
            yield [f"<{name}" if kind == "element" else name.strip()[:40]], \
                f"the HTML sanitizer (nh3) reads this page's HTML differently at {shown}, and would change it:" \
                " write plain Markdown, or only well-formed HTML from tools/content_rules/allowed_html.py"
            return
    if len(kept) > len(given):
        yield [], "the HTML sanitizer (nh3) would add to this page's HTML: it is not well formed"


def _nh3_settings() -> dict:
    attributes = {"*": set(allowed.GLOBAL_ATTRIBUTES)}
    for elements in (allowed.ELEMENTS, allowed.SVG_ELEMENTS):
        for tag, (_, own) in elements.items():
            attributes.setdefault(tag, set()).update(own)
    return {"tags": set(allowed.ELEMENTS) | set(allowed.SVG_ELEMENTS), "attributes": attributes,
            "url_schemes": set(allowed.URL_SCHEMES), "link_rel": None, "strip_comments": False}


def _tokens(html: str) -> list[tuple]:
    """The HTML as a list of (kind, name or text, attributes): the same for the same markup."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.tokens


class _Reader(HTMLParser):
    """Every element with its attributes (and whether it is inside an <svg>), every id, the tokens."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.ids, self.other_markup, self.tokens = [], [], [], []
        self.svg_depth = 0

    def handle_starttag(self, tag, attrs):
        pairs = [(name, value or "") for name, value in attrs]
        if tag == "svg":
            self.svg_depth += 1
        self.elements.append((tag, pairs, self.svg_depth > 0))
        self.ids += [value for name, value in pairs if name == "id"]
        self.tokens.append(("element", tag, tuple(sorted(pairs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1
        if tag not in VOID:
            self.tokens.append(("end of", tag, ()))

    def handle_data(self, data):
        if self.tokens and self.tokens[-1][0] == "text":
            self.tokens[-1] = ("text", self.tokens[-1][1] + data, ())
        else:
            self.tokens.append(("text", data, ()))

    def handle_comment(self, data):
        self.tokens.append(("comment", data, ()))

    def handle_decl(self, decl):
        self.other_markup.append(f"<!{decl}>")

    def unknown_decl(self, data):
        self.other_markup.append(f"<![{data}]>")

    def handle_pi(self, data):
        self.other_markup.append(f"<?{data}>")


def _where(page, needles) -> tuple[str, int]:
    """The file and line of the first of `needles` found in the page's Markdown (snippets
    included); the page itself, line 0, when none is found."""
    for needle in needles:
        if not needle:
            continue
        for line in page.lines:
            if needle.lower() in line.plain.lower():
                return line.path, line.number
    return page.path, 0
