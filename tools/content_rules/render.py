"""A page's Markdown rendered to HTML as the build renders it, for the rules that check
what readers get rather than what was typed.

Python-Markdown with exactly the markdown_extensions of mkdocs.yml (and the three that
MkDocs always adds; tools/markdown_render.py reads them), snippets read from content/.
Two differences from the build, on purpose: a missing snippet does not stop the render
(check_paths is off here; the links rule names the missing file and line), and each
table row with more cells than its header is noted, because the tables extension drops
the extra cells without a word. Every footnote definition the footnotes extension reads
is noted too, wherever it stands (an admonition, a quote, a list), so the citations rule
can compare a reference's footnote with its generated snippet.
Rendered once per page and kept on the project.

Snippet settings that would let a build (and this check) fetch a file from the internet
or read one outside content/ are refused before anything is rendered.
"""

import json
from dataclasses import dataclass, field

import markdown
from markdown.extensions.footnotes import FootnoteExtension

from markdown_render import extensions

SNIPPETS = "pymdownx.snippets"
# pymdownx.snippets settings that must keep one value: (setting, the value, why).
SNIPPET_SETTINGS = (
    ("url_download", False, "a snippet could be downloaded from the internet at build time"),
    ("restrict_base_path", True, "a snippet could be read from anywhere on the build machine"),
)


@dataclass
class Rendered:
    html: str = ""
    error: str | None = None  # why the page could not be rendered
    long_rows: list[tuple[str, int, int]] = field(default_factory=list)  # (row text, cells, header cells)
    footnotes: list[tuple[str, str]] = field(default_factory=list)  # (key, its definition's Markdown), in order


class SettingsError(ValueError):
    """markdown_extensions in mkdocs.yml that Python-Markdown cannot load, or snippet settings
    that are not safe; `setting` names the line to point to, if there is one."""

    def __init__(self, message: str, setting: str | None = None):
        super().__init__(message)
        self.setting = setting


def settings(project) -> tuple[list[str], dict]:
    """(extension names, their settings) as tools/markdown_render.py reads them from mkdocs.yml
    (as MkDocs passes them), with check_paths off."""
    try:
        names, configs = extensions(project.root)
    except Exception as error:  # noqa: BLE001  malformed settings: one message, not a traceback
        raise SettingsError(f"markdown_extensions cannot be read: {type(error).__name__}: {error}") from error
    if SNIPPETS in configs:
        given = configs[SNIPPETS]
        for name, wanted, why in SNIPPET_SETTINGS:
            if given.get(name, wanted) != wanted:
                raise SettingsError(f"{SNIPPETS} {name}: {json.dumps(given[name])} is not allowed: {why};"
                                    f" remove the setting (its default is {json.dumps(wanted)})", name)
        if given.get("base_path") != [str(project.root / "content")]:
            raise SettingsError(f"{SNIPPETS} base_path must be [content]: pages include snippets from content/"
                                " only, and this check reads them there", "base_path")
        configs[SNIPPETS] = {**given, "check_paths": False}
    return names, configs


def rendered(project, page) -> Rendered:
    cache = project.__dict__.setdefault("_rendered", {})
    if page.name not in cache:
        cache[page.name] = _render(_converter(project), page.body)
    return cache[page.name]


def render_part(project, text: str) -> Rendered:
    """A snippet or a footnote's text rendered on its own, as the pages render it. These are
    many and small, so they share one converter, reset before each text."""
    if "_part_converter" not in project.__dict__:
        project._part_converter = _converter(project)
    converter = project._part_converter
    converter.reset()
    return _render(converter, text)


def _converter(project) -> markdown.Markdown:
    names, configs = settings(project)
    try:
        converter = markdown.Markdown(extensions=names, extension_configs=configs)
    except Exception as error:  # noqa: BLE001  an unknown extension or bad settings: reported, not raised
        raise SettingsError(f"markdown_extensions cannot be loaded: {error}") from error
    converter.notes = Rendered()  # what the wrapped processors below note while a text renders
    _note_long_rows(converter)
    _note_footnotes(converter)
    return converter


def _render(converter, text: str) -> Rendered:
    result = converter.notes = Rendered()
    try:
        result.html = converter.convert(text)
    except Exception as error:  # noqa: BLE001  whatever Markdown trips on, the editor gets a line
        result.error = f"{type(error).__name__}: {error}"
    return result


def _note_long_rows(converter):
    """Record rows the tables extension would cut short (it builds as many cells as the header has).

    Wraps TableProcessor._build_row, a private method of the pinned Python-Markdown: the
    table-row-with-extra-cells fixture fails if an upgrade changes it."""
    processor = converter.parser.blockprocessors["table"] if "table" in converter.parser.blockprocessors else None
    if processor is None:
        return
    build_row = processor._build_row

    def counting(row, parent, align):
        cells = processor._split_row(row)
        if len(cells) > len(align):
            converter.notes.long_rows.append((row, len(cells), len(align)))
        build_row(row, parent, align)

    processor._build_row = counting


def _note_footnotes(converter):
    """Record every footnote definition: the extension keeps only the last one of a key, so a
    definition that a later one replaces would leave no trace in the HTML.

    Wraps FootnoteExtension.setFootnote, which its block processor calls once per definition:
    the footnote-with-a-reference-key fixtures fail if an upgrade changes that."""
    extension = next((found for found in converter.registeredExtensions if isinstance(found, FootnoteExtension)), None)
    if extension is None:
        return
    set_footnote = extension.setFootnote

    def noting(key, text):
        converter.notes.footnotes.append((key, text))
        set_footnote(key, text)

    extension.setFootnote = noting
