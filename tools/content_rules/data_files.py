"""The YAML data behind the pages: content/references.yml and content/glossary.yml.

tools/references.py and tools/glossary.py assume these fields; a missing one would
stop `make generate` with a traceback or print an empty citation.
"""

import re

from content_rules.common import Problem, line_of
from references import KIND_HEADINGS

REFERENCE_TEXT_FIELDS = ("authors", "title", "source")
IDENTIFIERS = ("pmid", "doi", "url")
# Keys become file names (references/<key>.md) and footnote ids ([^key]).
KEY = re.compile(r"[a-z0-9][a-z0-9-]*")


def check(project):
    yield from _references(project)
    yield from _glossary(project)


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _references(project):
    path = "content/references.yml"
    text = project.text(path)
    for key, entry in project.references.items():
        def problem(message):
            return Problem(path, line_of(text, rf"^{re.escape(str(key))}\s*:"), f"reference '{key}' {message}")

        if not KEY.fullmatch(str(key)):
            yield problem("has a key that is not lowercase letters, digits and hyphens")
        if not isinstance(entry, dict):
            yield problem("must be a mapping of fields")
            continue
        for field in REFERENCE_TEXT_FIELDS:
            if not _text(entry.get(field)):
                yield problem(f"has no '{field}'")
        if entry.get("kind") not in KIND_HEADINGS:
            yield problem(f"has kind {entry.get('kind')!r}, not one of: {', '.join(KIND_HEADINGS)}")
        if not any(entry.get(field) for field in IDENTIFIERS):
            yield problem(f"has none of {', '.join(IDENTIFIERS)}")
        if entry.get("url") and not str(entry["url"]).startswith("https://"):
            yield problem(f"url is not https: {entry['url']}")


def _glossary(project):
    path = "content/glossary.yml"
    text = project.text(path)
    for term, entry in project.glossary.items():
        if not (isinstance(entry, dict) and _text(entry.get("meaning"))):
            yield Problem(path, line_of(text, rf"^{re.escape(str(term))}\s*:"), f"glossary term '{term}' has no meaning")
