"""Citations: every [^key], `--8<-- "references/key.md"` and front matter source is a
known reference, and the three agree on each page; a reference's text comes only from
content/references.yml.

A footnote whose definition is not included shows as literal "[^key]" text; an
included definition that is never cited lists a source with a broken back-link; a
page that defines `[^key]:` itself for a reference key replaces the verified record
with its own words, under the reference's name. That last one is found in what the
footnotes extension reads while the page renders (content_rules/render.py notes every
definition), not by reading lines: indented into an admonition, a quote or a list, a
definition still counts, and the last one of a key is the one readers see.
"""

import re

from content_rules.common import Problem, line_of
from content_rules.render import SettingsError, rendered, render_part
from references import KEY

CITATION = re.compile(r"\[\^([^\]\s]+)\](?!:)")  # `[^key]:` is a definition, not a citation
REFERENCE_SNIPPET = re.compile(r"references/(?P<key>[^/]+)\.md")


def citations(page) -> dict[str, object]:
    """{key: the first line citing it}, in the page and the snippets it includes."""
    found = {}
    for line in page.lines:
        for key in CITATION.findall(line.plain):
            found.setdefault(key, line)
    return found


def included(page) -> dict[str, object]:
    """{key: its include line} for each reference snippet the page includes."""
    found = {}
    for include in page.includes:
        if match := REFERENCE_SNIPPET.fullmatch(include.name):
            found.setdefault(match["key"], include)
    return found


def check(project):
    if "content/references.yml" in project.broken:
        return  # every key would look unknown; the file's own problem is reported
    known = set(project.references)
    cited_anywhere = set()
    for page in project.pages:
        cited, snippets = citations(page), included(page)
        cited_anywhere |= set(cited)
        yield from _own_definitions(project, page, known)
        yield from _included_twice(page)
        for key, line in cited.items():
            if key not in known:
                yield Problem(line.path, line.number, f"unknown citation key '{key}'")
            elif key not in snippets:
                yield Problem(line.path, line.number,
                              f"[^{key}] is cited but `--8<-- \"references/{key}.md\"` is not included:"
                              " it would show as literal text")
        for key, include in snippets.items():
            where = (include.line.path, include.line.number)
            if key not in known:
                yield Problem(*where, f"unknown citation key '{key}' in snippet include")
            elif not include.found:
                yield Problem(*where, f"content/references/{key}.md does not exist: run `make generate`")
            elif key not in cited:
                yield Problem(*where, f"references/{key}.md is included but [^{key}] is never cited:"
                                      " it would list a source with a broken back-link")
        yield from _sources(page, known, set(cited))
    for key in sorted(known - cited_anywhere):
        yield Problem("content/references.yml", line_of(project.text("content/references.yml"), rf"^{re.escape(key)}\s*:"),
                      f"reference '{key}' is not cited by any page", warning=True)


def _included_twice(page):
    """A second include of a reference is a merge left-over: its source number would follow
    the first, so the list and the numbers in the text stop matching the includes' order."""
    seen = set()
    for include in page.includes:
        if (match := REFERENCE_SNIPPET.fullmatch(include.name)) and match["key"] in seen:
            yield Problem(include.line.path, include.line.number,
                          f"references/{match['key']}.md is included twice: remove this line")
        elif match:
            seen.add(match["key"])


def _own_definitions(project, page, known):
    """A footnote of a reference key whose text is not its generated snippet's is a forgery:
    each definition's text, rendered, must equal the snippet's (a line break or a comment of
    the next snippet may follow it; what readers see may not differ)."""
    if "mkdocs.yml" in project.broken:
        return  # its Markdown settings are unknown; the rendered-HTML rule reports them
    try:
        found = rendered(project, page)
    except SettingsError:
        return  # the rendered-HTML rule reports the settings once
    reported = set()
    for key, text in found.footnotes:
        if key in known and key not in reported and _shown(project, text) != _verified(project, key):
            reported.add(key)
            snippet = f"content/references/{key}.md"
            line = next((line for line in page.lines if f"[^{key}]:" in line.plain and line.path != snippet), None)
            yield Problem(*((line.path, line.number) if line else (page.path, 0)),
                          f"defines the footnote [^{key}] itself: a reference's text comes only from"
                          f" content/references.yml; remove it and include references/{key}.md")


def _shown(project, text: str) -> str:
    """A footnote's Markdown as readers see it (rendered on its own; each text once)."""
    cache = project.__dict__.setdefault("_footnote_html", {})
    if text not in cache:
        cache[text] = render_part(project, text).html
    return cache[text]


def _verified(project, key: str) -> str | None:
    """The footnote of content/references/<key>.md as readers see it; None when that snippet
    is missing (reported with the includes) or defines no footnote of the key."""
    cache = project.__dict__.setdefault("_verified_footnote", {})
    if key not in cache:
        relative = f"content/references/{key}.md"
        snippet = project.root / relative
        texts = [] if not (KEY.fullmatch(key) and snippet.is_file() and not snippet.is_symlink()) else \
            [text for found, text in render_part(project, project.text(relative)).footnotes if found == key]
        cache[key] = _shown(project, texts[-1]) if texts else None
    return cache[key]


def _sources(page, known, cited):
    """Front matter `sources` must name exactly the known keys the page cites."""
    sources = page.meta.get("sources") if isinstance(page.meta, dict) else None
    if not isinstance(sources, list):
        return  # missing or malformed: the front matter rule reports that
    line = page.front_matter_line("sources")
    for key in sources:
        if isinstance(key, str) and key not in known:
            yield Problem(page.path, line, f"unknown citation key '{key}' in front matter sources")
    listed = {key for key in sources if key in known}
    missing, extra = sorted(cited & known - listed), sorted(listed - cited)
    if missing or extra:
        parts = ([f"cited but not listed: {', '.join(missing)}"] if missing else []) + \
                ([f"listed but not cited: {', '.join(extra)}"] if extra else [])
        yield Problem(page.path, line, f"front matter sources do not match the citations ({'; '.join(parts)})")
