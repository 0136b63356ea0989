"""A page's Markdown as the rules read it: front matter apart, snippets resolved.

Each line keeps the file and line it came from, so a problem inside an included
snippet names the snippet, and the indentation of the include lines around it (`indent`,
which pymdownx.snippets puts before each of its lines; the fingerprint of a clinical review,
tools/reviews.py, counts it). `plain` is the line with code (fenced blocks, code
spans) and HTML comments blanked out, because links, ids and citations there are
not real. Indented code blocks are not blanked: admonitions and lists indent
their content the same way, and those must be checked.
"""

import posixpath
import re
from dataclasses import dataclass, replace
from pathlib import Path

from content_rules.common import Problem, parse_yaml, read_text

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
    indent: str = ""  # what the include lines it came through put before it


@dataclass(frozen=True)
class Include:
    line: Line  # the `--8<--` line
    name: str  # relative to content/
    found: bool
    inside: bool = True  # False for a name that climbs out of content/ ("../docs/x.md", "/etc/x")


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


def _climbs(name: str) -> bool:
    """A snippet name that leaves content/ (pymdownx.snippets would refuse to read it)."""
    normal = posixpath.normpath(name)
    return posixpath.isabs(name) or normal == ".." or normal.startswith("../")


class Page:
    """One docs/ page: front matter text, and its lines with snippets resolved.

    A file that cannot be read (not UTF-8, say) becomes a Problem in `problems`, not an
    exception: the other pages are still checked. Snippets that are symbolic links are
    not read (the files rule refuses them), nor are names that climb out of content/.
    `appended` are the files pymdownx.snippets adds to the end of every page (auto_append).
    """

    def __init__(self, path: Path, root: Path, content: Path, appended: tuple[str, ...] = ()):
        self.root, self.content = root, content
        self.name = path.relative_to(root / "docs").as_posix()  # as nav and links name it
        self.path = path.relative_to(root).as_posix()  # as messages name it
        self.problems: list[Problem] = []
        text, problem = read_text(path, self.path)
        self.readable = problem is None
        self.problems += [problem] if problem else []
        found = FRONT_MATTER.match(text)
        self.front_matter = found.group(1) if found else None
        # `meta` is what the rules read; a front matter that does not parse is reported once.
        self.meta, self.meta_problem = parse_yaml(self.front_matter, self.path, 2) if found else (None, None)
        self.body_start = text.count("\n", 0, found.end()) + 1 if found else 1
        self.body = text[found.end() if found else 0:]  # what the Markdown renderer gets, as MkDocs gives it
        self.includes: list[Include] = []
        self.lines = self._resolve(file_lines(self.path, self.body, self.body_start), 0)
        for name in appended:
            self.lines += self._snippet_lines(name, 0)

    def _resolve(self, lines: list[Line], depth: int) -> list[Line]:
        resolved = []
        for line in lines:
            include = SNIPPET.match(line.text)
            if not include:
                resolved.append(line)
                continue
            # "file.md:2:5" or "file.md:section" pick part of a file: the file is before the colon.
            name = include.group("name").split(":")[0]
            inside = not _climbs(name)
            self.includes.append(Include(line, name, inside and (self.content / name).is_file(), inside))
            if depth < MAX_SNIPPET_DEPTH:
                indent = line.indent + line.text[:len(line.text) - len(line.text.lstrip())]
                resolved += [replace(part, indent=indent + part.indent) for part in self._snippet_lines(name, depth + 1)]
        return resolved

    def _snippet_lines(self, name: str, depth: int) -> list[Line]:
        snippet = self.content / name
        if _climbs(name) or snippet.is_symlink() or not snippet.is_file():
            return []
        relative = snippet.relative_to(self.root).as_posix()
        text, problem = read_text(snippet, relative)
        self.problems += [problem] if problem else []
        return self._resolve(file_lines(relative, text), depth)

    def front_matter_line(self, key: str) -> int:
        """The line of `key:` in the front matter (1 when not there: the front matter starts the file)."""
        for number, text in enumerate((self.front_matter or "").split("\n"), start=2):
            if re.match(rf"{re.escape(key)}\s*:", text):
                return number
        return 1
