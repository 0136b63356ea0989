"""Glossary terms are explained where a page first uses them (tools/terms.py says how).

Checked on what each page renders to, so a term that first appears in a shared snippet
counts where the snippet is included. Reference pages (the glossary, the sources) are
lists, not running text, and are not checked.
"""

from content_rules.common import Problem
from content_rules.front_matter import REFERENCE_PAGES
from content_rules.render import SettingsError, rendered
from terms import pattern, unexplained_in_html


def check(project):
    if "content/glossary.yml" in project.broken or "mkdocs.yml" in project.broken:
        return  # their own problems are reported; every term would look wrong
    # A term without a meaning is reported by the data-files rule; there is nothing to explain it with.
    glossary = {term: entry for term, entry in project.glossary.items()
                if isinstance(term, str) and isinstance(entry, dict) and isinstance(entry.get("meaning"), str)
                and entry["meaning"].strip()}
    for page in project.pages:
        if page.name in REFERENCE_PAGES:
            continue
        try:
            result = rendered(project, page)
        except SettingsError:
            return  # the rendered-HTML rule reports the settings once
        if result.error:
            continue  # the rendered-HTML rule reports it
        for term, message in unexplained_in_html(result.html, glossary):
            yield Problem(*_where(page, glossary, term), message)


def _where(page, glossary: dict, term: str) -> tuple[str, int]:
    """The file and line (the page's own or a snippet's) where the term is first written."""
    written, _ = pattern({term: glossary[term]})
    line = next((line for line in page.lines if not line.plain.lstrip().startswith("#") and written.search(line.plain)),
                None)
    return (line.path, line.number) if line else (page.path, 0)
