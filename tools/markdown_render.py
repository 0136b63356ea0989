"""A page's Markdown rendered to HTML with the Markdown extensions of mkdocs.yml.

Used where the words a page will show matter before any build: tools/styles.py keeps
the theme's rules for the classes the rendered pages use (admonition, footnote...),
which the Markdown source itself never names.
"""

from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

from site_pages import ROOT, config

# MkDocs always adds these, whatever mkdocs.yml lists.
BUILDER_DEFAULTS = ["toc", "tables", "fenced_code"]


def extensions(root: Path = ROOT) -> tuple[list[str], dict]:
    """(extension names, their settings) from mkdocs.yml; snippet paths made absolute."""
    names, settings = list(BUILDER_DEFAULTS), {}
    for item in config(root / "mkdocs.yml").get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        if name == "pymdownx.snippets":
            options = {**options, "base_path": [str(root / path) for path in options.get("base_path", ["."])]}
        if name not in names:
            names.append(name)
        settings[name] = options or {}
    return names, settings


def render(text: str, root: Path = ROOT) -> str:
    """Markdown (without front matter) as HTML."""
    names, settings = extensions(root)
    return markdown.Markdown(extensions=names, extension_configs=settings).convert(text)


def render_page(path: Path, root: Path = ROOT) -> str:
    """A docs/ page as HTML, its front matter taken off as MkDocs does."""
    body, _ = get_data(path.read_text(encoding="utf-8"))
    return render(body, root)
