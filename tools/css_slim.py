"""Cut a stylesheet down to the rules a built site can use, and minify it.

    slim(css, words) -> css

Material's stylesheet (137 KB, 22.7 KB compressed) styles every feature the theme
has: tabs, versions, repository facts, code blocks, twenty palettes, right-to-left
text. This site uses a few of them. `words` is every word in the built pages and
their scripts (see site_words): a rule is kept if each class, id and attribute
value in its selector is one of those words, so a class that a script adds later
(search results, tooltips) still keeps its rules, as long as the script names it.
Custom properties (`--md-...`) are kept when a kept rule, a script or a page uses
them, directly or through another kept property.

This only removes rules that cannot match; it never rewrites one. The browser
test tests/browser/test_inlined_styles.py compares every element's computed style
under the slimmed and the original stylesheets, page by page.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import tinycss2

# At-rules that hold rules (rather than declarations, like @font-face or @page).
GROUPING = {"media", "supports", "layer", "container", "document"}
KEYFRAMES = re.compile(r"^(-\w+-)?keyframes$")
CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
ATTRIBUTE = re.compile(r"\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*[\"']?([^\]\"']*)[\"']?\s*(?:\s[is])?)?\]")
WORD = re.compile(r"-{0,2}[A-Za-z0-9_][\w-]*")
VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")


@dataclass
class Rule:
    selectors: list[str]
    declarations: list[tuple[str, str]]  # (name, "value" or "value!important")


@dataclass
class Block:
    prelude: str  # "@media print", "@supports (...)", "@keyframes spin"
    children: list = field(default_factory=list)
    keep_all: bool = False  # keyframes: their selectors are "from", "50%"...


def site_words(site: Path) -> set[str]:
    """Every word in the built pages and scripts: the names a selector may need."""
    words = set()
    for path in site.rglob("*"):
        if path.suffix in (".html", ".js") and "workers" not in path.parts:
            words.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return words


def slim(css: str, words: set[str]) -> str:
    tree = [node for node in parse(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
            if node is not None]
    tree = drop_unmatched(tree, words)
    drop_unused_properties(tree, words)
    return "".join(serialize(node) for node in prune_empty(tree))


def parse(nodes) -> list:
    parsed = []
    for node in nodes:
        if node.type == "qualified-rule":
            selectors = [compact(part) for part in split_commas(tinycss2.serialize(node.prelude))]
            parsed.append(Rule(selectors, declarations(node.content, where=selectors[0])))
        elif node.type == "at-rule":
            prelude = compact("@" + node.at_keyword + tinycss2.serialize(node.prelude))
            keyword = node.lower_at_keyword
            if node.content is None:  # @import, @charset, @layer a, b;
                parsed.append(prelude + ";")
            elif keyword in GROUPING or KEYFRAMES.match(keyword):
                inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
                parsed.append(Block(prelude, parse(inner), keep_all=bool(KEYFRAMES.match(keyword))))
            else:  # @font-face, @page: declarations
                parsed.append(Block(prelude, [Rule([""], declarations(node.content, where=prelude))],
                                    keep_all=True))
        elif node.type == "error":
            raise ValueError(f"CSS parse error: {node.message} (line {node.source_line})")
    return parsed


def declarations(content, where: str) -> list[tuple[str, str]]:
    found = []
    for item in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            # Nested rules or broken CSS: refuse rather than drop something silently.
            raise ValueError(f"unexpected {item.type} in the rule for {where!r}")
        value = compact(tinycss2.serialize(item.value))
        found.append((item.name, value + ("!important" if item.important else "")))
    return found


def split_commas(selector: str) -> list[str]:
    """Split a selector list at top-level commas (not those inside :is(...) or [...])."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(selector):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selector[start:index])
            start = index + 1
    return parts + [selector[start:]]


def compact(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([,>{};])\s*", r"\1", text)


def can_match(selector: str, words: set[str]) -> bool:
    """False only if the selector names a class, id or attribute value the site never has.

    What is inside :not(), :is(), :where() and :has() is not looked at: `.a:not(.b)`
    matches without any .b, so those are kept whatever they name.
    """
    selector = without_arguments(selector)
    names = CLASS_OR_ID.findall(re.sub(ATTRIBUTE, " ", selector))
    for attribute, value in ATTRIBUTE.findall(selector):
        names.append(attribute)
        names.extend(WORD.findall(value))
    return all(name in words for name in names)


def without_arguments(selector: str) -> str:
    """The selector with the arguments of every functional pseudo-class removed."""
    out, depth = [], 0
    for char in selector:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out)


def drop_unmatched(nodes: list, words: set[str]) -> list:
    kept = []
    for node in nodes:
        if isinstance(node, Rule):
            node.selectors = [s for s in node.selectors if can_match(s, words)]
        elif isinstance(node, Block) and not node.keep_all:
            node.children = drop_unmatched(node.children, words)
        kept.append(node)
    return kept


def rules(nodes: list):
    for node in nodes:
        if isinstance(node, Rule):
            if node.selectors:
                yield node
        elif isinstance(node, Block):
            yield from rules(node.children)


def drop_unused_properties(tree: list, words: set[str]) -> None:
    """Remove custom property declarations that nothing kept can reach."""
    defined: dict[str, list[str]] = {}
    used = {word for word in words if word.startswith("--")}
    for rule in rules(tree):
        for name, value in rule.declarations:
            if name.startswith("--"):
                defined.setdefault(name, []).append(value)
            else:
                used.update(VAR_USE.findall(value))
    pending = list(used)
    while pending:  # a used property makes the properties its value refers to used too
        for value in defined.get(pending.pop(), []):
            for name in VAR_USE.findall(value):
                if name not in used:
                    used.add(name)
                    pending.append(name)
    for rule in rules(tree):
        rule.declarations = [(n, v) for n, v in rule.declarations if not n.startswith("--") or n in used]


def prune_empty(nodes: list) -> list:
    kept = []
    for node in nodes:
        if isinstance(node, Rule) and node.selectors and node.declarations:
            kept.append(node)
        elif isinstance(node, Block):
            node.children = prune_empty(node.children)
            if node.children:
                kept.append(node)
        elif isinstance(node, str):
            kept.append(node)
    return kept


def serialize(node) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, Block):
        return node.prelude + "{" + "".join(serialize(child) for child in node.children) + "}"
    body = ";".join(f"{name}:{value}" for name, value in node.declarations)
    selector = ",".join(node.selectors)
    return f"{selector}{{{body}}}" if selector else body
