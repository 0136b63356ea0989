"""Citations written side by side show their numbers in order: [2][3][5], never [5][3].

A source's number is its place in the page's list of sources: the order of the
`--8<-- "references/<key>.md"` lines under "Sources for this page" (mkdocs.yml, footnotes).
Checked on what the page renders to, so the numbers are the ones the reader sees, snippets
included; the problem names the line where the citations are written and the order to
write them in.
"""

import re
from html.parser import HTMLParser

from content_rules.common import Problem
from content_rules.render import SettingsError, rendered

REFERENCE = re.compile(r"fnref\d*:(?P<key>.+)")  # the id of a citation's <sup>: fnref:key, fnref2:key...
SOURCE = re.compile(r"fn:(?P<key>.+)")  # the id of a source in the list


def check(project):
    if "mkdocs.yml" in project.broken:
        return  # its Markdown settings are unknown; the file's own problem is reported
    for page in project.pages:
        try:
            result = rendered(project, page)
        except SettingsError:
            return  # reported by the rendered_html rule
        if result.error:
            continue  # reported by the rendered_html rule
        reader = _Citations()
        reader.feed(result.html)
        reader.close()
        number = {key: place for place, key in enumerate(reader.sources, start=1)}
        for group in reader.groups:
            numbers = [number.get(key, 0) for key in group]
            if all(earlier < later for earlier, later in zip(numbers, numbers[1:])):
                continue
            yield Problem(*_where(page, group), _message(group, numbers, number))


def _message(group: list[str], numbers: list[int], number: dict) -> str:
    written = "".join(f"[^{key}]" for key in group)
    shown = ", ".join(map(str, numbers))
    if len(set(group)) < len(group):
        return f"{written} shows sources {shown} side by side: cite each source once here"
    ordered = "".join(f"[^{key}]" for key in sorted(group, key=lambda key: number.get(key, 0)))
    return (f"{written} shows sources {shown} side by side, out of order: write {ordered}"
            " (or reorder the page's references/ includes: their order gives the numbers)")


def _where(page, group: list[str]) -> tuple[str, int]:
    """The line (the page's or a snippet's) where the keys are written side by side."""
    pattern = re.compile(r"\s*".join(re.escape(f"[^{key}]") for key in group))
    for line in page.lines:
        if pattern.search(line.plain):
            return line.path, line.number
    first = f"[^{group[0]}]"
    return next(((line.path, line.number) for line in page.lines if first in line.plain), (page.path, 0))


class _Citations(HTMLParser):
    """`groups`: the keys of each run of two or more citations with only spaces between them,
    in page order; `sources`: the keys of the page's list of sources, in its order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.groups: list[list[str]] = []
        self.sources: list[str] = []
        self._run: list[str] = []
        self._inside = 0  # depth inside a citation's <sup>, whose own text does not break a run
        self._in_list = False  # inside the <div class="footnote"> that lists the sources

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self._inside:
            self._inside += tag == "sup"
            return
        citation = REFERENCE.fullmatch(attributes.get("id") or "") if tag == "sup" else None
        if citation:
            self._run.append(citation["key"])
            self._inside = 1
            return
        self._end_run()
        if tag == "div" and "footnote" in (attributes.get("class") or "").split():
            self._in_list = True
        source = SOURCE.fullmatch(attributes.get("id") or "") if tag == "li" and self._in_list else None
        if source:
            self.sources.append(source["key"])

    def handle_endtag(self, tag):
        if self._inside:
            self._inside -= tag == "sup"
            return
        self._end_run()

    def handle_data(self, data):
        if not self._inside and data.strip():
            self._end_run()

    def close(self):
        super().close()
        self._end_run()

    def _end_run(self):
        if len(self._run) > 1:
            self.groups.append(self._run)
        self._run = []
