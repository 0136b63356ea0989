"""Shared by the rules: the Problem they report, reading files, strict YAML parsing, dates, line lookup."""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the project root, as the reader will open it
    line: int  # 1-based; 0 when the problem is about the whole file
    message: str
    warning: bool = False

    def __str__(self) -> str:
        # A file name with a line break or an undecodable byte is shown escaped, on one line.
        path = self.path if self.path.isprintable() else self.path.encode("unicode_escape").decode("ascii")
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


# The kinds of value data and front matter may hold: text, numbers, yes/no, nothing, dates,
# lists and mappings. Any other tag (`!!binary`, `!!set`, a local `!tag`) is refused, with or
# without a `!` written: `!!binary` turns text into bytes that a theme template prints
# unescaped (one put a refresh <meta> into every page's navigation), and the plain-text
# checks see only text.
YAML_TAG = "tag:yaml.org,2002:"
ALLOWED_TAGS = {YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}


class StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (PyYAML silently keeps the last one) and any
    value whose tag is not in ALLOWED_TAGS."""

    allowed_tags = ALLOWED_TAGS

    def construct_object(self, node, deep=False):
        if self.allowed_tags is not None and node.tag not in self.allowed_tags:
            raise yaml.constructor.ConstructorError(problem=_tag_refusal(node.tag), problem_mark=node.start_mark)
        return super().construct_object(node, deep)


def _tag_refusal(tag: str) -> str:
    if tag == YAML_TAG + "merge":
        return "a merge key (<<) is not allowed: write each entry out in full"
    shown = "!!" + tag.removeprefix(YAML_TAG) if tag.startswith(YAML_TAG) else tag
    return (f"the tag {shown} is not allowed: write plain text, a number, a date or a list, without a"
            " `!` tag (a tag can turn text into something the pages print unchecked)")


def _mapping_without_repeats(loader, node):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.MarkedYAMLError(problem=f"key {key!r} is given twice",
                                       problem_mark=key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_repeats)


class ConfigLoader(StrictLoader):
    """mkdocs.yml: strict about repeated keys too, but its tags (!ENV, !!python/name) read as
    nothing; no rule needs them."""

    allowed_tags = None


ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def parse_yaml(text: str, path: str, first_line: int = 1, loader=StrictLoader):
    """(data, None) or (None, Problem) for YAML text that starts at `first_line` of `path`."""
    try:
        return yaml.load(text, Loader=loader), None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        reason = getattr(error, "problem", None) or str(error)
        context, start = getattr(error, "context", None), getattr(error, "context_mark", None)
        if context and start and start.line != getattr(mark, "line", None):
            reason += f" ({context.removeprefix('while ')} that starts on line {first_line + start.line})"
        return None, Problem(path, line, f"not valid YAML: {reason}")


def read_text(path: Path, relative: str) -> tuple[str, Problem | None]:
    """(text, None), or ("", Problem) for a file that is not UTF-8 text or cannot be read.

    utf-8-sig, as MkDocs reads pages: a byte-order mark at the start is dropped."""
    try:
        return path.read_text(encoding="utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = error.object[:error.start].count(b"\n") + 1
        return "", Problem(relative, line, f"is not UTF-8 text (byte 0x{error.object[error.start]:02x} on this line):"
                                           " save the file as UTF-8")
    except OSError as error:
        return "", Problem(relative, 0, f"cannot be read: {error.strerror or error}")


def iso_date(value) -> date | None:
    """A front matter date: YAML reads an unquoted 2026-11-30 as a date, and a quoted one is
    accepted in that form; a date with a time is a datetime (a subclass), refused."""
    if type(value) is date:
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


# A drawing may refer to its own parts only: url(#id) as a whole attribute value.
LOCAL_URL = re.compile(r"url\(#[\w-]+\)", re.IGNORECASE)
CSS_URL = re.compile(r"url\s*\(", re.IGNORECASE)


def drawing_value_problem(value: str) -> str | None:
    """Why an attribute value in an SVG drawing could load something from elsewhere, or None.
    Shared by the SVG asset check (files.py) and the inline drawings of pages (rendered_html.py)."""
    if "\\" in value:
        return "holds a backslash: in a style value that is a CSS escape, which can spell url( unseen"
    if CSS_URL.search(value) and not LOCAL_URL.fullmatch(value.strip()):
        return "may only be url(#id) of this drawing, as the whole value: nothing from elsewhere"
    return None


def line_of(text: str, pattern: str) -> int:
    """1-based line of the first match of a regex in text, or 0."""
    found = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 0
