"""Turn content/glossary.yml into content/glossary-list.md: the full list for /glossary/,
one entry per term, each with an id so pages can link to it.

Pages explain a term in their own text where they first use it, marked <dfn> (tools/terms.py;
the content checker refuses one that is not). Run with --check to list out-of-date files instead of writing them. Every entry is
checked first (`entry_problems`, shared with the content checker); with a problem,
nothing is written.
"""

import re
import sys
from pathlib import Path

from generated_files import arguments, header, read_yaml, refuse, run
from references import key_line

ROOT = Path(__file__).resolve().parent.parent
TOOL = "tools/glossary.py"
SOURCE_NAME = "content/glossary.yml"
SOURCE = ROOT / SOURCE_NAME
LIST_NAME = "content/glossary-list.md"


def load(path: Path = SOURCE) -> dict[str, dict]:
    """The glossary as {term: entry}, read as `main` reads it (generated_files.read_yaml);
    {} when it cannot be read (`make check` says why)."""
    data, _ = read_yaml(path.parent, path.name)
    return data if isinstance(data, dict) else {}


def entry_problems(term, entry) -> list[str]:
    """What is wrong with one term, each as words that follow "glossary term '<term>' "."""
    if not (isinstance(term, str) and slug(term)):
        return ["has no letters or digits, so its glossary entry can have no id"]
    if not (isinstance(entry, dict) and isinstance(entry.get("meaning"), str) and entry["meaning"].strip()):
        return ["has no meaning"]
    forms = entry.get("also", [])
    if not (isinstance(forms, list) and all(isinstance(form, str) and form.strip() for form in forms)):
        return ["'also' must be a list of the term's other written forms"]
    return []


def slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def term_list(glossary: dict[str, dict]) -> str:
    lines = [header(LIST_NAME, TOOL, SOURCE_NAME), ""]
    for term, entry in sorted(glossary.items(), key=lambda item: item[0].lower()):
        heading = term[0].upper() + term[1:]
        lines += [f"## {heading} {{ #{slug(term)} }}", "", entry["meaning"], ""]
    return "\n".join(lines)


def files(glossary: dict[str, dict], root: Path = ROOT) -> dict[Path, str]:
    return {root / LIST_NAME: term_list(glossary)}


def main(argv: list[str]) -> int:
    check, root = arguments(argv)
    glossary, found = read_yaml(root, SOURCE_NAME)
    if isinstance(glossary, dict):
        text = (root / SOURCE_NAME).read_text(encoding="utf-8")
        found += [f"{SOURCE_NAME}:{key_line(text, term)}: glossary term '{term}' {message}"
                  for term, entry in glossary.items() for message in entry_problems(term, entry)]
    elif glossary is not None or not found:
        found.append(f"{SOURCE_NAME}:1: must be a mapping of terms to entries")
    if found:
        return refuse(found, TOOL)
    return run(files(glossary, root), [], check=check, tool=TOOL, root=root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
