"""Turn content/references.yml into what pages show and cite.

Writes, from the one reference list:
- content/references/<key>.md   a footnote definition per work; a page includes
                                 the ones it cites, so "Sources for this page" is
                                 made by the footnotes extension;
- content/sources-list.md       every work in full, grouped, for /sources/;
- overrides/partials/reference-citations.html
                                 the works as schema.org objects, for the JSON-LD
                                 `citation` of each page (a Jinja dict).
Run with --check to list out-of-date files instead of writing them.
"""

import json
import sys
from pathlib import Path

import yaml

from generated_files import GENERATED_NOTE, run, stale_files

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "content" / "references.yml"
FOOTNOTES = ROOT / "content" / "references"
SOURCES_LIST = ROOT / "content" / "sources-list.md"
CITATIONS = ROOT / "overrides" / "partials" / "reference-citations.html"
NOTE = GENERATED_NOTE.format(tool="tools/references.py", source="content/references.yml")

KIND_HEADINGS = {
    "study": "Research studies",
    "review": "Reviews of research",
    "guideline": "Clinical guidelines and reference values",
    "health-information": "Health information pages",
}
SCHEMA_TYPES = {"study": "ScholarlyArticle", "review": "ScholarlyArticle",
                "guideline": "CreativeWork", "health-information": "WebPage"}
# External links open nothing of ours and tell the other site nothing about the reader.
LINK_ATTRS = '{: rel="noopener noreferrer" }'


def load(path: Path = SOURCE) -> dict[str, dict]:
    """The reference list as {key: entry}."""
    return yaml.safe_load(path.read_text())


def links(entry: dict) -> list[tuple[str, str]]:
    """(label, url) pairs for an entry: its page, PubMed, DOI, without repeats."""
    found = []
    if entry.get("url"):
        found.append(("Read online", entry["url"]))
    if entry.get("pmid"):
        found.append((f"PubMed {entry['pmid']}", f"https://pubmed.ncbi.nlm.nih.gov/{entry['pmid']}/"))
    if entry.get("doi"):
        found.append((f"doi:{entry['doi']}", f"https://doi.org/{entry['doi']}"))
    return found


def main_url(entry: dict) -> str:
    return links(entry)[0][1]


def record(entry: dict) -> str:
    """One work as a line of Markdown: authors. title. source. year. links."""
    parts = [entry["authors"], entry["title"], entry["source"]]
    if entry.get("year") and str(entry["year"]) not in entry["source"]:
        parts.append(str(entry["year"]))
    text = ". ".join(part.rstrip(".") for part in parts) + "."
    link_text = ", ".join(f"[{label}]({url}){LINK_ATTRS}" for label, url in links(entry))
    return f"{text} {link_text}"


def footnote(key: str, entry: dict) -> str:
    return f"[^{key}]: {record(entry)}\n"


def sources_list(references: dict[str, dict]) -> str:
    lines = [f"<!-- {NOTE} -->", ""]
    for kind, heading in KIND_HEADINGS.items():
        keys = sorted(key for key, entry in references.items() if entry["kind"] == kind)
        if not keys:
            continue
        lines += [f"## {heading} {{ #{kind} }}", ""]
        # The id goes on its own indented line: after a link's {: } it would not parse.
        lines += [f"- {record(references[key])}\n    {{ #{key} }}" for key in keys]
        lines.append("")
    return "\n".join(lines)


def citations(references: dict[str, dict]) -> str:
    objects = {
        key: {"@type": SCHEMA_TYPES[entry["kind"]], "name": entry["title"],
              "author": entry["authors"], "url": main_url(entry),
              "sameAs": [url for _, url in links(entry)[1:]]}
        for key, entry in sorted(references.items())
    }
    for entry in objects.values():
        if not entry["sameAs"]:
            del entry["sameAs"]
    return f"{{#- {NOTE} -#}}\n{{%- set citations = {json.dumps(objects, indent=1)} -%}}\n"


def files(references: dict[str, dict]) -> dict[Path, str]:
    wanted = {FOOTNOTES / f"{key}.md": footnote(key, entry) for key, entry in references.items()}
    wanted[SOURCES_LIST] = sources_list(references)
    wanted[CITATIONS] = citations(references)
    return wanted


def main(argv: list[str]) -> int:
    wanted = files(load())
    leftovers = stale_files(FOOTNOTES, wanted, "*.md")
    return run(wanted, leftovers, check="--check" in argv, tool="tools/references.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
