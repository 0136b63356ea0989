"""Turn content/references.yml into what pages show and cite.

Writes, from the one reference list:
- content/references/<key>.md   a footnote definition per work; a page includes
                                 the ones it cites, so "Sources for this page" is
                                 made by the footnotes extension;
- content/sources-list.md       every work in full, grouped, for /sources/;
- overrides/partials/reference-citations.html
                                 the works as schema.org objects, for the JSON-LD
                                 `citation` of each page (a Jinja dict).
Run with --check to list out-of-date files instead of writing them. Every entry is
checked first (`entry_problems`, which the content checker shares): a key becomes a file
name, so one that is not lowercase words and hyphens stops the run before anything is
written.
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

from content_rules.common import line_of
from generated_files import arguments, header, read_yaml, refuse, run, stale_files

ROOT = Path(__file__).resolve().parent.parent
TOOL = "tools/references.py"
SOURCE_NAME = "content/references.yml"
SOURCE = ROOT / SOURCE_NAME
FOOTNOTES_NAME = "content/references"
SOURCES_LIST_NAME = "content/sources-list.md"
CITATIONS_NAME = "overrides/partials/reference-citations.html"

KIND_HEADINGS = {
    "study": "Research studies",
    "review": "Reviews of research",
    "guideline": "Clinical guidelines and reference values",
    "health-information": "Health information pages",
}
# External links open nothing of ours and tell the other site nothing about the reader.
LINK_ATTRS = '{: rel="noopener noreferrer" }'
TEXT_FIELDS = ("authors", "title", "source")
IDENTIFIERS = ("pmid", "doi", "url")
# A key becomes a file name (references/<key>.md) and a footnote id ([^key]).
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PMID = re.compile(r"[0-9]{1,9}")  # a PubMed ID is a number; "PMC..." is a different ID
DOI = re.compile(r"10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+")  # the form Crossref recommends matching


def load(path: Path = SOURCE) -> dict[str, dict]:
    """The reference list as {key: entry}, read as `main` reads it (generated_files.read_yaml);
    {} when it cannot be read (`make check` says why)."""
    data, _ = read_yaml(path.parent, path.name)
    return data if isinstance(data, dict) else {}


def entry_problems(key, entry) -> list[str]:
    """What is wrong with one entry, each as words that follow "reference '<key>' "."""
    if not (isinstance(key, str) and KEY.fullmatch(key)):
        return ["has a key that is not lowercase letters, digits and single hyphens (it becomes a file name)"]
    if not isinstance(entry, dict):
        return ["must be a mapping of fields"]
    found = [f"has no '{field}'" for field in TEXT_FIELDS
             if not (isinstance(entry.get(field), str) and entry[field].strip())]
    if entry.get("kind") not in KIND_HEADINGS:
        found.append(f"has kind {entry.get('kind')!r}, not one of: {', '.join(KIND_HEADINGS)}")
    if not any(entry.get(field) for field in IDENTIFIERS):
        found.append(f"has none of {', '.join(IDENTIFIERS)}")
    if entry.get("pmid") and not PMID.fullmatch(str(entry["pmid"])):
        found.append(f"pmid {entry['pmid']!r} is not a PubMed ID (digits only)")
    if entry.get("doi") and not (isinstance(entry["doi"], str) and DOI.fullmatch(entry["doi"])):
        found.append(f"doi {entry['doi']!r} is not a DOI (10.<digits>/<name>, without https://doi.org/)")
    if entry.get("url") and not (isinstance(entry["url"], str) and entry["url"].startswith("https://")):
        found.append(f"url is not https: {entry['url']}")
    # A web page changes under its address: readers are told when we last compared our text with it.
    if entry.get("url") and type(entry.get("checked")) is not date:
        found.append("has a url but no 'checked' date (YYYY-MM-DD): the day we last compared our text with the page")
    elif "checked" in entry and type(entry["checked"]) is not date:
        # On a work without a url (a PMID or DOI): compared with today below, text or a time crashed
        # the checker and the generator. YAML reads only YYYY-MM-DD as a date.
        found.append(f"checked '{entry['checked']}' is not a date written YYYY-MM-DD")
    elif entry.get("checked") and entry["checked"] > date.today():
        found.append(f"checked {entry['checked']} is in the future")
    if "checked_via" in entry and not (isinstance(entry["checked_via"], str) and entry["checked_via"].strip()):
        found.append("has an empty 'checked_via': say what the page was compared through, or leave it out")
    return found


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
    """One work as a line of Markdown: authors. title. source. year. checked. links."""
    parts = [entry["authors"], entry["title"], entry["source"]]
    if entry.get("year") and str(entry["year"]) not in entry["source"]:
        parts.append(str(entry["year"]))
    if entry.get("checked"):
        # Where the page itself could not be opened, say what it was compared through.
        via = f" through {entry['checked_via']}" if entry.get("checked_via") else ""
        parts.append(f"Checked by us {entry['checked'].day} {entry['checked']:%B %Y}{via}")
    text = ". ".join(part.rstrip(".") for part in parts) + "."
    link_text = ", ".join(f"[{label}]({url}){LINK_ATTRS}" for label, url in links(entry))
    return f"{text} {link_text}"


def footnote(key: str, entry: dict) -> str:
    return f"{header(f'{FOOTNOTES_NAME}/{key}.md', TOOL, SOURCE_NAME)}\n[^{key}]: {record(entry)}\n"


def sources_list(references: dict[str, dict]) -> str:
    lines = [header(SOURCES_LIST_NAME, TOOL, SOURCE_NAME), ""]
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
    """{key: the work's address} for the JSON-LD `citation` list: addresses, not whole records,
    since the page lists each source in full and every page is sent on a slow network."""
    addresses = {key: main_url(entry) for key, entry in sorted(references.items())}
    return f"{header(CITATIONS_NAME, TOOL, SOURCE_NAME)}\n{{%- set citations = {json.dumps(addresses, indent=1)} -%}}\n"


def files(references: dict[str, dict], root: Path = ROOT) -> dict[Path, str]:
    wanted = {root / FOOTNOTES_NAME / f"{key}.md": footnote(key, entry) for key, entry in references.items()}
    wanted[root / SOURCES_LIST_NAME] = sources_list(references)
    wanted[root / CITATIONS_NAME] = citations(references)
    return wanted


def problems(references, text: str) -> list[str]:
    """Every entry's problems, as `content/references.yml:line: reference 'key' ...` lines."""
    if not isinstance(references, dict):
        return [f"{SOURCE_NAME}:1: must be a mapping of reference keys to entries"]
    return [f"{SOURCE_NAME}:{key_line(text, key)}: reference '{key}' {message}"
            for key, entry in references.items() for message in entry_problems(key, entry)]


def key_line(text: str, key) -> int:
    """The line of a top-level key in the YAML text (0 if not found)."""
    return line_of(text, rf"^['\"]?{re.escape(str(key))}['\"]?\s*:")


def main(argv: list[str]) -> int:
    check, root = arguments(argv)
    references, found = read_yaml(root, SOURCE_NAME)
    if references is not None or not found:
        found += problems(references, (root / SOURCE_NAME).read_text(encoding="utf-8"))
    if found:
        return refuse(found, TOOL)
    wanted = files(references, root)
    leftovers = stale_files(root / FOOTNOTES_NAME, wanted, "*.md", TOOL)
    owned = [root / FOOTNOTES_NAME, root / SOURCES_LIST_NAME, root / CITATIONS_NAME]
    return run(wanted, leftovers, check=check, tool=TOOL, owned=owned, root=root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
