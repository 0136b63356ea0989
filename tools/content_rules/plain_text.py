"""YAML data and front matter are plain text: one line each, no HTML.

These values reach pages through generated Markdown (the glossary and sources lists,
the warning-sign callouts), JSON-LD, and the page head, where the theme puts a title or description
inside an HTML attribute without escaping it. So every text value (and key) in
content/*.yml and in each page's front matter must be one line without < or >; in
front matter also without a double quote, which would end the attribute it sits in.
A multi-line value (a `|` or `>` block, or a line break in quotes) is refused: one
once put its own lines of HTML into every page. A value with a YAML tag (`!!binary`)
is refused where the YAML is parsed (content_rules/common.StrictLoader).
"""

import yaml

from content_rules.common import Problem, parse_yaml

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on
HTML_MARKS = "<>"


def problem_in(value: str, in_attribute: bool = False) -> str | None:
    """Why a text value is not plain one-line text, or None. Shared with the generators."""
    if any(mark in value for mark in LINE_BREAKS):
        return "is more than one line (a | or > block, or a line break): write it on one line"
    if any(mark in value for mark in HTML_MARKS):
        return "holds < or >: this text is plain, not HTML (write 'less than' or 'more than' in words)"
    if in_attribute and '"' in value:
        return ('holds a double quote ("), which would end the HTML attribute it is put in:'
                " use curly quotes (\u201c \u201d) or none")
    return None


def check(project):
    data = sorted(path for pattern in ("*.yml", "*.yaml") for path in project.content.rglob(pattern)
                  if path.is_file() and not path.is_symlink())
    for path in data:
        relative = path.relative_to(project.root).as_posix()
        text = project.text(relative)
        # Parsed here too, so a data file no other rule reads is refused for a tag or a key
        # given twice; a file that is read elsewhere gives the same Problem, listed once.
        _, problem = parse_yaml(text, relative)
        yield from [problem] if problem else yaml_problems(text, relative)
    for page in project.pages:
        if page.front_matter is not None and not page.meta_problem:
            yield from yaml_problems(page.front_matter, page.path, 2, in_attribute=True)


def yaml_problems(text: str, path: str, first_line: int = 1, in_attribute: bool = False):
    """A Problem for each text key or value in the YAML that is not plain one-line text."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return  # reported where the file is read
    for node in _scalars(root):
        if node.tag == "tag:yaml.org,2002:str":
            message = problem_in(node.value, in_attribute)
            if message:
                shown = node.value.strip().split("\n")[0][:40]
                yield Problem(path, first_line + node.start_mark.line, f"{shown!r} {message}")


def _scalars(node):
    """Every scalar node under `node`: keys and values, at any depth."""
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(key)
            yield from _scalars(value)
