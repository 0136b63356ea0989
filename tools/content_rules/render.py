"""A page's Markdown rendered to HTML as the build renders it, for the rules that check
what readers get rather than what was typed.

Python-Markdown with exactly the markdown_extensions of mkdocs.yml (and the three that
MkDocs always adds; tools/markdown_render.py reads them), snippets read from content/. Two differences from the build, on
purpose: a missing snippet does not stop the render (check_paths is off here; the links
rule names the missing file and line), and each table row with more cells than its
header is noted, because the tables extension drops the extra cells without a word.
Rendered once per page and kept on the project.
"""

from dataclasses import dataclass, field

import markdown

from markdown_render import extensions


@dataclass
class Rendered:
    html: str = ""
    error: str | None = None  # why the page could not be rendered
    long_rows: list[tuple[str, int, int]] = field(default_factory=list)  # (row text, cells, header cells)


class SettingsError(ValueError):
    """markdown_extensions in mkdocs.yml that Python-Markdown cannot load."""


def settings(project) -> tuple[list[str], dict]:
    """(extension names, their settings) as tools/markdown_render.py reads them from mkdocs.yml
    (as MkDocs passes them), with check_paths off."""
    try:
        names, configs = extensions(project.root)
    except Exception as error:  # noqa: BLE001  malformed settings: one message, not a traceback
        raise SettingsError(f"markdown_extensions cannot be read: {type(error).__name__}: {error}") from error
    if "pymdownx.snippets" in configs:
        configs["pymdownx.snippets"] = {**configs["pymdownx.snippets"], "check_paths": False}
    return names, configs


def rendered(project, page) -> Rendered:
    cache = project.__dict__.setdefault("_rendered", {})
    if page.name not in cache:
        cache[page.name] = _render(project, page)
    return cache[page.name]


def _render(project, page) -> Rendered:
    result = Rendered()
    names, configs = settings(project)
    try:
        converter = markdown.Markdown(extensions=names, extension_configs=configs)
    except Exception as error:  # noqa: BLE001  an unknown extension or bad settings: reported, not raised
        raise SettingsError(f"markdown_extensions cannot be loaded: {error}") from error
    _note_long_rows(converter, result.long_rows)
    try:
        result.html = converter.convert(page.body)
    except Exception as error:  # noqa: BLE001  whatever Markdown trips on, the editor gets a line
        result.error = f"{type(error).__name__}: {error}"
    return result


def _note_long_rows(converter, long_rows):
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
            long_rows.append((row, len(cells), len(align)))
        build_row(row, parent, align)

    processor._build_row = counting
