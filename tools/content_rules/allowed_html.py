"""The HTML a page may render to: every element and attribute allowed, each with why.

This is the one list. tools/content_rules/rendered_html.py refuses anything else in
what a page's Markdown renders to, and hands the same list to the nh3 sanitizer
(Ammonia), whose output must equal the page: what nh3 would change is refused too.
Ammonia's defaults were the starting point; only what Markdown and this site's pages
use is kept, plus <dfn> for a glossary term at its first use. To allow something new,
add it here with its reason; never an element or attribute that can run code, load
from elsewhere, or send the reader elsewhere on its own (the REFUSED list says why).
"""

# Attributes every allowed element may carry.
GLOBAL_ATTRIBUTES = {
    "id": "link targets: headings, footnotes, figures, glossary entries",
    "class": "the site's own styles and scripts attach to classes",
    "title": "a tooltip: the footnotes extension's back-links carry one",
    "role": "what an element is for screen readers (a drawing made of parts is one image)",
    "aria-label": "a name for screen readers",
    "aria-labelledby": "a name for screen readers, from another element's text",
    "aria-describedby": "a description for screen readers, from another element's text",
}
# Not global: `hidden` and `aria-hidden` make text disappear (for every reader, or for screen
# readers), so each is allowed only on the elements below that need it. A hidden <p> must also
# be the print button's wrapper (rendered_html.py checks): site.js shows only that one.
HIDES_DECORATION = "aria-hidden: decoration screen readers skip (an icon, a figure's number mark)"

# HTML elements: name -> (why it is allowed, {its own attributes -> why}).
ELEMENTS = {
    # What Markdown itself writes.
    "p": ("paragraphs", {"hidden": 'the print button\'s wrapper, <p class="handout__actions" hidden> (handout,'
                                   " appointment sheet): site.js shows it where printing works"}),
    "h1": ("the page title", {}),
    "h2": ("section headings", {}),
    "h3": ("section headings", {}),
    "h4": ("section headings", {}),
    "h5": ("section headings", {}),
    "h6": ("section headings", {}),
    "em": ("*emphasis*", {}),
    "strong": ("**strong emphasis**", {}),
    "code": ("`code`", {}),
    "pre": ("fenced code blocks", {}),
    "blockquote": ("> quoted text", {}),
    "hr": ("a rule; the footnotes extension puts one above the footnotes", {}),
    "br": ("a line break (two spaces at a line's end)", {}),
    "ul": ("lists", {}),
    "ol": ("numbered lists, footnotes", {"start": "a list that starts at another number"}),
    "li": ("list items", {}),
    "a": ("links; where they go is checked (URL_SCHEMES, and external ones must be sources)",
          {"href": "the link's target", "rel": 'rel="noopener noreferrer" on links to sources'}),
    "img": ("images; alt text and origin are checked", {
        "src": "the image file (this site's own only)", "alt": "the text alternative",
        "aria-hidden": 'a decorative image (alt="" needs aria-hidden="true")',
        "width": "its size, so the page does not jump", "height": "its size, so the page does not jump"}),
    # Markdown extensions in mkdocs.yml.
    "dl": ("def_list: definition lists", {}),
    "dt": ("def_list: the term", {}),
    "dd": ("def_list: its definition", {}),
    "sup": ("footnotes: the citation mark", {}),
    "div": ("admonitions, footnotes, md_in_html blocks", {}),
    "span": ("md_in_html: a styled run of text", {"aria-hidden": HIDES_DECORATION}),
    "table": ("tables", {}),
    "caption": ("a table's title", {}),
    "thead": ("tables: the header rows", {}),
    "tbody": ("tables: the body rows", {}),
    "tr": ("tables: a row", {}),
    "th": ("tables: a header cell", {"scope": "says whether it heads a row or a column",
                                      "colspan": "a cell across columns", "rowspan": "a cell across rows"}),
    "td": ("tables: a cell", {"colspan": "a cell across columns", "rowspan": "a cell across rows"}),
    # This site's own pages.
    "figure": ("the figures (content/figures/) and the handout's QR code", {}),
    "figcaption": ("a figure's caption", {}),
    "dfn": ("a glossary term at its first use on a page, explained in the same sentence", {}),
    "button": ("the handout's print button (site.js gives it its action)",
               {"type": 'only type="button": a button that submits nothing'}),
}

# SVG elements, allowed only inside <svg>: the figures are drawn inline, costing no request.
# Names and attributes keep SVG's own capitals, as the HTML parser and nh3 write them.
SVG_PRESENTATION = {"fill": "colour inside", "stroke": "line colour", "stroke-width": "line width",
                    "transform": "moves or turns a shape"}
SVG_ELEMENTS = {
    "svg": ("a drawing", {"viewBox": "its coordinates", "xmlns": "the SVG namespace (its one value)",
                          "width": "its size", "height": "its size", "aria-hidden": HIDES_DECORATION,
                          "focusable": 'focusable="false": decoration, not a tab stop'}),
    "title": ("the drawing's name for screen readers", {}),
    "desc": ("the drawing's description for screen readers", {}),
    "defs": ("shapes defined once, drawn by reference", {}),
    "clipPath": ("a shape that cuts another to its outline", {}),
    "pattern": ("hatching and dots that fill a shape", {
        "width": "tile size", "height": "tile size", "x": "tile position", "y": "tile position",
        "patternUnits": "the tile's coordinates", "patternTransform": "turns the tiles"}),
    "g": ("a group of shapes sharing a style", {
        **SVG_PRESENTATION, "clip-path": "cut to a clipPath of this drawing",
        "font-size": "label size", "text-anchor": "label alignment"}),
    "path": ("a shape or line", {**SVG_PRESENTATION, "d": "the outline"}),
    "circle": ("a circle", {**SVG_PRESENTATION, "cx": "centre", "cy": "centre", "r": "radius"}),
    "ellipse": ("an oval", {**SVG_PRESENTATION, "cx": "centre", "cy": "centre", "rx": "radius", "ry": "radius"}),
    "text": ("a label", {**SVG_PRESENTATION, "x": "position", "y": "position", "text-anchor": "alignment",
                         "font-size": "label size"}),
}

# Attributes whose value is an id of this page, or a list of them. Ids starting with
# THEME_IDS belong to the theme: Material reads its settings from the first #__config, and
# after-paint.html starts every script from #__scripts-after-paint, so a page's own id of
# that kind takes them over.
ID_ATTRIBUTES = {"id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
                 "aria-activedescendant", "aria-details", "aria-errormessage", "aria-flowto"}
THEME_IDS = "__"

# Attribute values that are limited to a few: (element, attribute) -> the allowed values.
ONLY_VALUES = {
    ("button", "type"): {"button"},
    ("svg", "xmlns"): {"http://www.w3.org/2000/svg"},
}

# Attributes holding an address: checked for where they lead.
URL_ATTRIBUTES = {"href", "src"}
# Schemes an address may have (a relative address has none).
URL_SCHEMES = {
    "https": "the web, encrypted; external links must also be sources in content/references.yml",
    "http": "let through here only to be refused with its own message (external link is not https)",
    "mailto": "writing to someone sends nothing until the reader chooses to",
}

# What is refused, in plain words for the message: the things a hostile edit would try.
REFUSED = {
    "script": "it runs code in the reader's browser",
    "noscript": "it holds markup that is shown or run differently from the rest of the page",
    "iframe": "it shows another site inside the page",
    "frame": "it shows another site inside the page",
    "object": "it loads and runs content from elsewhere",
    "embed": "it loads and runs content from elsewhere",
    "applet": "it loads and runs code from elsewhere",
    "form": "it can send what a reader types to another site",
    "input": "a form field can send what a reader types elsewhere",
    "textarea": "a form field can send what a reader types elsewhere",
    "select": "a form field can send what a reader types elsewhere",
    "meta": "a refresh <meta> sends readers to another address, and a CSP cannot stop it",
    "base": "it changes where every link on the page leads",
    "link": "it loads files from elsewhere into the page",
    "style": "it restyles the whole page (and the CSP would block it); use docs/assets/stylesheets/",
    "template": "it holds markup that scripts can insert later",
    "foreignObject": "it puts unchecked HTML inside a drawing",
    "use": "it can draw a file from elsewhere into the page",
    "image": "it loads a picture from elsewhere into a drawing",
    "animate": "an animation can change a link's target while the page is open",
    "set": "it can change a link's target while the page is open",
    "video": "it loads media; use a link to a source instead",
    "audio": "it loads media; use a link to a source instead",
    "source": "it loads media",
    "picture": "it loads images chosen by the browser, unchecked",
    "portal": "it shows another site inside the page",
}
