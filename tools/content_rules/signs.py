"""Warning signs: content/warning-signs.yml is well formed (each sign at a known level, with a
known source), and no page or content file writes a sign by hand.

A sign copied into a page drifts from the list: its level or words change in one place and
not in the other (a clinical read found five signs filed at the wrong level that way). Pages
include the callouts tools/warning_signs.py makes instead. Text is compared as lowercase
words, so line breaks, emphasis, links and punctuation do not hide a copied sign.
"""

import fnmatch
import re

import warning_signs
from content_rules.common import Problem
from content_rules.markdown_text import file_lines

# What tools/warning_signs.py writes (it also removes stale warning-signs-*.md files).
GENERATED = (f"{warning_signs.CALLOUTS}/warning-signs-*.md", warning_signs.FIGURE)
SCANNED_SUFFIXES = (".md", ".html")
FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
TAG = re.compile(r"<[^>]*>")
NOT_A_WORD = re.compile(r"[^a-z0-9]+")


def check(project):
    path = warning_signs.SOURCE
    if not (project.root / path).exists():
        yield Problem(path, 0, "file not found: it lists every warning sign the pages show")
        return
    data, text, found = warning_signs.load(project.root)
    if data is None:
        yield from found  # cannot be read or parsed (the plain-text rule reports its other problems)
        return
    # With content/references.yml unreadable (its own problem is reported) every source would look unknown.
    references = None if "content/references.yml" in project.broken else set(project.references)
    for line, message in warning_signs.problems(data, text, references):
        yield Problem(path, line, message)
    if not (isinstance(data, dict) and isinstance(data.get("signs"), list)):
        return
    lines = warning_signs.entry_lines(text)["signs"]
    signs = [(_words(sign["sign"]), sign, line) for sign, line in zip(data["signs"], lines)
             if isinstance(sign, dict) and isinstance(sign.get("sign"), str) and _words(sign["sign"])]
    for lines_of_file in _written_by_hand(project):
        yield from _copies(lines_of_file, signs, path)


def _words(text: str) -> str:
    """Lowercase words only: "**Chest** pain.[^nhs]" -> "chest pain"."""
    return NOT_A_WORD.sub(" ", TAG.sub(" ", FOOTNOTE.sub(" ", text)).lower()).strip()


def _written_by_hand(project):
    """The lines of each page (without what it includes) and of each content file not generated here."""
    for page in project.pages:
        yield [line for line in page.lines if line.path == page.path]
    for file in sorted(project.content.rglob("*")):
        relative = file.relative_to(project.root).as_posix()
        if file.is_file() and file.suffix in SCANNED_SUFFIXES and \
                not any(fnmatch.fnmatch(relative, pattern) for pattern in GENERATED):
            yield file_lines(relative, project.text(relative))


def _copies(lines, signs, source):
    """A Problem for each sign whose words appear in the lines (a sign may wrap onto the next line)."""
    text, starts = " ", []  # text: the lines' words, one space apart; starts: (offset, line)
    for line in lines:
        words = _words(line.plain)
        if words:
            starts.append((len(text), line))
            text += words + " "
    for words, sign, sign_line in signs:
        at = text.find(f" {words} ") + 1
        if not at:
            continue
        line = [line for start, line in starts if start <= at][-1]
        yield Problem(line.path, line.number,
                      f"warning sign written by hand: '{sign['sign']}' ({source}:{sign_line}, level "
                      f"{sign['level']}): include the callout instead, "
                      f"--8<-- \"callouts/warning-signs-{sign['level']}.md\"")
