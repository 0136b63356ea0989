"""Table rows have no more cells than their header.

The tables extension builds as many cells as the header row has and drops the rest of
a longer row without a word, so a fact typed into an extra cell never reaches the
reader. Found while rendering (render.py notes each such row), so escaped pipes
(`\\|`) and pipes in code count exactly as the build counts them.
"""

from content_rules.common import Problem
from content_rules.render import SettingsError, rendered


def check(project):
    if "mkdocs.yml" in project.broken:
        return  # its Markdown settings are unknown; the file's own problem is reported
    for page in project.pages:
        try:
            rows = rendered(project, page).long_rows
        except SettingsError:
            return  # reported by the rendered_html rule
        for row, cells, header in rows:
            where = next(((line.path, line.number) for line in page.lines if line.text.strip() == row.strip()),
                         (page.path, 0))
            yield Problem(*where, f"table row has {cells} cells but its header has {header}: the text in the"
                                  f" last {cells - header} would be dropped without a word; add a column or merge them")
