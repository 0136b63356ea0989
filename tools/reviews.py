"""The clinical review record: has a clinician reviewed a page, and is it still the text they
reviewed?

content/reviews.yml lists each review (page, reviewer, qualification, registration where one
exists, date, scope, fingerprint of the page text reviewed). This writes
overrides/partials/page-reviews.html, a Jinja dict the review box and the byline read
(overrides/partials/review-status.html): for each page with a review, its state, "reviewed"
(the latest review whose fingerprint is the page's current fingerprint: its reviewer,
qualification and date) or "changed" (reviews exist, none matches: the latest one's date).
A page with no review is not listed: it is "not yet reviewed by a clinician".

The fingerprint of a page is "sha256:" and the hex sha256 of its UTF-8 text, where the text is:
the file in docs/ with line endings as "\n"; its front matter (the --- block MkDocs reads)
left out, so dates and descriptions can change without a new review; each snippet line
(`--8<-- "file"`) replaced by the lines of content/<file>, each non-empty one prefixed with the
snippet line's indentation, recursively (five levels deep), as pymdownx.snippets includes them
(content_rules/markdown_text.Page resolves them, as the content checker reads pages); lines
joined with "\n". Not in it: templates and styles.

    python tools/reviews.py                       write the partial
    python tools/reviews.py --check               list it if out of date
    python tools/reviews.py --fingerprint FILE    print a page's fingerprint, for a new review
    (--root DIR: another copy of the project)
"""

import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml

from content_rules.markdown_text import Page
from generated_files import arguments, header, read_source, refuse, run
from site_pages import page_key, shared_key_problem, shared_keys

ROOT = Path(__file__).resolve().parent.parent
TOOL = "tools/reviews.py"
SOURCE = "content/reviews.yml"
PARTIAL = "overrides/partials/page-reviews.html"
HEADER = header(PARTIAL, TOOL, f"{SOURCE} and the pages in docs/")
REQUIRED = ("page", "reviewer", "qualification", "date", "scope", "fingerprint")
OPTIONAL = ("registration",)
FINGERPRINT = re.compile(r"sha256:[0-9a-f]{64}")


def load(root: Path = ROOT) -> tuple[object, str, list]:
    """(records, text, problems) of content/reviews.yml (generated_files.read_source): records is
    None when the file cannot be read or parsed; problems are the file's own (Problem objects)."""
    return read_source(root, SOURCE)


# ---- the fingerprint ----------------------------------------------------------------------

def _page(page: Path, root: Path) -> Page:
    return Page(page, root, root / "content")


def page_text(page: Path, root: Path = ROOT) -> str:
    """What a review covers: the page's Markdown, front matter left out, snippets resolved."""
    return "\n".join(line.indent + line.text if line.text else line.text for line in _page(page, root).lines)


def fingerprint(page: Path, root: Path = ROOT) -> str:
    return "sha256:" + hashlib.sha256(page_text(page, root).encode("utf-8")).hexdigest()


# ---- what is wrong with the record (shared with tools/content_rules/review_record.py) ------

def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def record_lines(text: str) -> list[int]:
    """The 1-based line where each record starts."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return []
    return [item.start_mark.line + 1 for item in node.value] if isinstance(node, yaml.SequenceNode) else []


def problems(records, text: str, pages: set[str], today: date | None = None) -> list[tuple[int, str]]:
    """(line, message) for each problem in the review record; [] when it is usable."""
    today = today or date.today()
    if not isinstance(records, list):
        return [(1, "must be a list of reviews (an empty list, [], while there is none)")]
    lines, found = record_lines(text), []
    for index, record in enumerate(records):
        where = lines[index] if index < len(lines) else 1
        if not isinstance(record, dict):
            found.append((where, "a review must be a mapping of " + ", ".join(REQUIRED)))
            continue
        for field in REQUIRED:
            if field not in record or (field != "date" and not _text(record[field])):
                found.append((where, f"review has no '{field}'"))
        for field in set(record) - set(REQUIRED) - set(OPTIONAL):
            found.append((where, f"review has unknown field '{field}'"))
        for field in ("reviewer", "qualification", "registration", "scope"):
            if _text(record.get(field)) and re.search(r"[<>&\"]", record[field]):
                found.append((where, f"review '{field}' must be plain text, without < > & or \""))
        if "registration" in record and not _text(record["registration"]):
            found.append((where, "review 'registration' is empty: leave it out where there is none"))
        if _text(record.get("page")) and record["page"] not in pages:
            found.append((where, f"review of page '{record['page']}', which does not exist in docs/"))
        if "date" in record:
            if type(record["date"]) is not date:
                found.append((where, f"review 'date' must be a date written YYYY-MM-DD, not {record['date']!r}"))
            elif record["date"] > today:
                found.append((where, f"review date {record['date']} is in the future"))
        if _text(record.get("fingerprint")) and not FINGERPRINT.fullmatch(record["fingerprint"]):
            found.append((where, "review 'fingerprint' must be sha256: and 64 hex digits (tools/reviews.py --fingerprint)"))
    return found


# ---- the states -------------------------------------------------------------------------------

def states(records: list[dict], root: Path = ROOT) -> dict[str, dict]:
    """{page key: state} for every page that has a review."""
    found = {}
    for name in sorted({record["page"] for record in records}):
        current = fingerprint(root / "docs" / name, root)
        reviews = sorted((record for record in records if record["page"] == name), key=lambda record: record["date"])
        matching = [record for record in reviews if record["fingerprint"] == current]
        if matching:
            latest = matching[-1]
            found[page_key(name)] = {"state": "reviewed", "reviewer": latest["reviewer"],
                                     "qualification": latest["qualification"], "date": str(latest["date"])}
        else:
            found[page_key(name)] = {"state": "changed", "date": str(reviews[-1]["date"])}
    return found


def partial(found: dict[str, dict]) -> str:
    return f"{HEADER}\n{{%- set states = {json.dumps(found, indent=1, sort_keys=True)} -%}}\n"


def page_names(root: Path = ROOT) -> set[str]:
    docs = root / "docs"
    return {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}


def page_problems(root: Path, records: list[dict], pages: set[str]) -> list[str]:
    """What stops the states being worked out from the pages: two pages that would share a key,
    a reviewed page that cannot be read."""
    found = [": ".join(shared_key_problem(key, names)) for key, names in shared_keys(pages).items()]
    for name in sorted({record["page"] for record in records}):
        found += [str(problem) for problem in _page(root / "docs" / name, root).problems]
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fingerprint"]:
        docs = (ROOT / "docs").resolve()
        if len(argv) != 2 or not Path(argv[1]).is_file() or not Path(argv[1]).resolve().is_relative_to(docs):
            print("usage: python tools/reviews.py --fingerprint docs/PAGE.md", file=sys.stderr)
            return 2
        page = Path(argv[1]).resolve()
        problems_of_page = _page(page, ROOT).problems
        if problems_of_page:
            return refuse([str(problem) for problem in problems_of_page], TOOL)
        print(fingerprint(page))
        return 0
    check, root = arguments(argv)
    records, text, own = load(root)
    if own:
        return refuse([str(problem) for problem in own], TOOL)
    pages = page_names(root)
    found = [f"{SOURCE}:{line}: {message}" if line else f"{SOURCE}: {message}"
             for line, message in problems(records, text, pages)]
    found = found or page_problems(root, records, pages)
    if found:
        return refuse(found, TOOL)
    return run({root / PARTIAL: partial(states(records, root))}, [], check=check, tool=TOOL, root=root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
