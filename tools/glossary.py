"""Turn content/glossary.yml into the glossary's two views.

- content/glossary-abbr.md   abbreviation definitions that pymdownx.snippets
                             appends to every page, so each use of a term carries
                             its meaning (shown as a tooltip on hover and focus);
- content/glossary-list.md   the full list for /glossary/, one entry per term,
                             each with an id so pages can link to it.
Run with --check to list out-of-date files instead of writing them.
"""

import re
import sys
from pathlib import Path

import yaml

from generated_files import GENERATED_NOTE, run

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "content" / "glossary.yml"
ABBREVIATIONS = ROOT / "content" / "glossary-abbr.md"
LIST = ROOT / "content" / "glossary-list.md"
NOTE = GENERATED_NOTE.format(tool="tools/glossary.py", source="content/glossary.yml")


def load(path: Path = SOURCE) -> dict[str, dict]:
    return yaml.safe_load(path.read_text())


def slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def spellings(term: str, entry: dict) -> list[str]:
    """Every written form to mark: the term, its capitalised form, its other forms."""
    forms = [term, *entry.get("also", [])]
    forms += [form[0].upper() + form[1:] for form in forms]
    return list(dict.fromkeys(forms))


def abbreviations(glossary: dict[str, dict]) -> str:
    # No "generated" comment here: this file is appended to every page's HTML.
    lines = []
    for term, entry in sorted(glossary.items(), key=lambda item: item[0].lower()):
        lines += [f"*[{form}]: {entry['meaning']}" for form in spellings(term, entry)]
    return "\n".join(lines) + "\n"


def term_list(glossary: dict[str, dict]) -> str:
    lines = [f"<!-- {NOTE} -->", ""]
    for term, entry in sorted(glossary.items(), key=lambda item: item[0].lower()):
        heading = term[0].upper() + term[1:]
        lines += [f"## {heading} {{ #{slug(term)} }}", "", entry["meaning"], ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    glossary = load()
    wanted = {ABBREVIATIONS: abbreviations(glossary), LIST: term_list(glossary)}
    return run(wanted, [], check="--check" in argv, tool="tools/glossary.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
