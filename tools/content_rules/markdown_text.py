"""A page's Markdown as the rules read it: front matter apart, snippets resolved.

Each line keeps the file and line it came from, so a problem inside an included
snippet names the snippet. `plain` is the line with code (fenced blocks, code
spans) and HTML comments blanked out, because links, ids and citations there are
not real. Indented code blocks are not blanked: admonitions and lists indent
their content the same way, and those must be checked.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from content_rules.common import parse_yaml

# Front matter exactly as MkDocs finds it (mkdocs.utils.meta.YAML_RE).
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
# A pymdownx.snippets include line, `--8<-- "file"`; `;--8<--` is an escaped one.
SNIPPET = re.compile(r"""^[ \t]*-+8<-+[ \t]+(["'])(?P<name>[^"'\n]+)\1[ \t]*$""")
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# A code span may wrap onto the next line but never crosses a blank line (a new paragraph).
CODE_SPAN = re.compile(r"(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
MAX_SNIPPET_DEPTH = 5  # snippets may include snippets; a cycle must not hang the checker


@dataclass(frozen=True)
class Line:
    path: str  # relative to the project root
    number: int
    text: str  # as written
    plain: str  # with code and comments blanked


@dataclass(frozen=True)
class Include:
    line: Line  # the `--8<--` line
    name: str  # relative to content/
    found: bool


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_match(match: re.Match) -> str:
    return _blank(match.group(0))


def blank_code(text: str) -> str:
    """The text, same shape, with fenced code, code spans and HTML comments as spaces."""
    lines, fence = [], None
    for line in text.split("\n"):
        opening = FENCE.match(line)
        if fence:
            closing = line.strip()
            if set(closing) == {fence[0]} and len(closing) >= len(fence):
                fence = None
            lines.append(_blank(line))
        elif opening:
            fence = opening.group(1)
            lines.append(_blank(line))
        else:
            lines.append(line)
    text = "\n".join(lines)
    return COMMENT.sub(_blank_match, CODE_SPAN.sub(_blank_match, text))


def file_lines(path: str, text: str, first: int = 1) -> list[Line]:
    return [Line(path, first + index, raw, plain)
            for index, (raw, plain) in enumerate(zip(text.split("\n"), blank_code(text).split("\n")))]


class Page:
    """One docs/ page: front matter text, and its lines with snippets resolved."""

    def __init__(self, path: Path, root: Path, content: Path):
        self.root, self.content = root, content
        self.name = path.relative_to(root / "docs").as_posix()  # as nav and links name it
        self.path = path.relative_to(root).as_posix()  # as messages name it
        text = path.read_text(encoding="utf-8")
        found = FRONT_MATTER.match(text)
        self.front_matter = found.group(1) if found else None
        # `meta` is what the rules read; a front matter that does not parse is reported once.
        self.meta, self.meta_problem = parse_yaml(self.front_matter, self.path, 2) if found else (None, None)
        body_start = text.count("\n", 0, found.end()) + 1 if found else 1
        self.includes: list[Include] = []
        self.lines = self._resolve(file_lines(self.path, text[found.end() if found else 0:], body_start), 0)

    def _resolve(self, lines: list[Line], depth: int) -> list[Line]:
        resolved = []
        for line in lines:
            include = SNIPPET.match(line.text)
            if not include:
                resolved.append(line)
                continue
            # "file.md:2:5" or "file.md:section" pick part of a file: the file is before the colon.
            name = include.group("name").split(":")[0]
            snippet = self.content / name
            self.includes.append(Include(line, name, snippet.is_file()))
            if snippet.is_file() and depth < MAX_SNIPPET_DEPTH:
                relative = snippet.relative_to(self.root).as_posix()
                resolved += self._resolve(file_lines(relative, snippet.read_text(encoding="utf-8")), depth + 1)
        return resolved

    def front_matter_line(self, key: str) -> int:
        """The line of `key:` in the front matter (1 when not there: the front matter starts the file)."""
        for number, text in enumerate((self.front_matter or "").split("\n"), start=2):
            if re.match(rf"{re.escape(key)}\s*:", text):
                return number
        return 1
