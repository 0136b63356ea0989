"""Shared by the rules: the Problem they report, strict YAML parsing, line lookup."""

import re
from dataclasses import dataclass

import yaml


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the project root, as the reader will open it
    line: int  # 1-based; 0 when the problem is about the whole file
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


class StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (PyYAML silently keeps the last one)."""


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


def parse_yaml(text: str, path: str, first_line: int = 1):
    """(data, None) or (None, Problem) for YAML text that starts at `first_line` of `path`."""
    try:
        return yaml.load(text, Loader=StrictLoader), None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        reason = getattr(error, "problem", None) or str(error)
        return None, Problem(path, line, f"not valid YAML: {reason}")


def line_of(text: str, pattern: str) -> int:
    """1-based line of the first match of a regex in text, or 0."""
    found = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 0
