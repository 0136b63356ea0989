"""Cut a stylesheet down to the rules a site can use, and minify it.

    slim(css, words) -> css

Material's stylesheet (137 KB, 22.7 KB compressed) styles every feature the theme
has: tabs, versions, repository facts, code blocks, twenty palettes, right-to-left
text. This site uses a few of them. `words` is every word that can appear in the
site's pages and scripts (tools/styles.py gathers them): a rule is kept if each
class and id in its selector, and each attribute value it must equal, is one of
those words, so a class that a script adds later (search results, tooltips) keeps
its rules as long as the script names it. Custom properties (`--md-...`) are kept
when a kept rule, a script or a page uses them, directly or through another kept
property.

This removes rules that cannot match, and spaces and comments; it never rewrites a
rule (strings and url()s are copied as they are). @import is refused: the result is
one file. The browser test tests/browser/test_slim_styles.py compares every
element's computed style under the slimmed and the theme's own stylesheets.
"""

import re
from dataclasses import dataclass, field

import tinycss2
from tinycss2 import ast

# At-rules that hold rules (rather than declarations, like @font-face or @page).
GROUPING = {"media", "supports", "layer", "container", "document"}
KEYFRAMES = re.compile(r"^(-\w+-)?keyframes$")
CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
# [name], [name=value], [name~="value" i]...: name, operator, value (in any quoting), flag.
ATTRIBUTE_SELECTOR = re.compile(
    r"""\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*([iIsS])?\s*)?\]""")
WORD = re.compile(r"-{0,2}[A-Za-z0-9_][\w-]*")
VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")
# Whitespace next to these tokens can go. Not next to ":" (`.a :is(.b)` differs from
# `.a:is(.b)`), nor + or - (calc() needs it).
TIGHT = {",", ">", "~", ";", "{", "}"}


@dataclass
class Rule:
    selectors: list[str]  # [] once none can match (or all are left out)
    declarations: list[tuple[str, str]]  # (name, "value" or "value!important")


@dataclass
class Block:
    prelude: str  # "@media print", "@supports (...)", "@keyframes spin", "@font-face"
    children: list = field(default_factory=list)  # Rules and Blocks
    declarations: list[tuple[str, str]] | None = None  # @font-face, @page: no rules inside
    keep_all: bool = False  # keyframes: their "selectors" are from, to, 50%


def slim(css: str, words: set[str]) -> str:
    tree = parse(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    drop_unmatched(tree, words)
    drop_unused_properties(tree, words)
    return "".join(serialize(node) for node in prune_empty(tree))


def parse(nodes) -> list:
    parsed = []
    for node in nodes:
        if node.type == "qualified-rule":
            selectors = [part.strip() for part in split_commas(compact(node.prelude))]
            parsed.append(Rule(selectors, declarations(node.content, where=selectors[0])))
        elif node.type == "at-rule":
            keyword = node.lower_at_keyword
            prelude = ("@" + node.at_keyword + " " + compact(node.prelude)).strip()
            if keyword == "charset":  # means nothing inside a page
                continue
            if keyword == "import":
                raise ValueError(f"{prelude}: @import cannot be inlined")
            if node.content is None:  # @layer a, b;
                parsed.append(prelude + ";")
            elif keyword in GROUPING or KEYFRAMES.match(keyword):
                inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
                parsed.append(Block(prelude, parse(inner), keep_all=bool(KEYFRAMES.match(keyword))))
            else:
                parsed.append(Block(prelude, declarations=declarations(node.content, where=prelude)))
        elif node.type == "error":
            raise ValueError(f"CSS parse error: {node.message} (line {node.source_line})")
    return parsed


def declarations(content, where: str) -> list[tuple[str, str]]:
    found = []
    for item in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            # Nested rules or broken CSS: refuse rather than drop something silently.
            raise ValueError(f"unexpected {item.type} in the rule for {where!r}")
        found.append((item.name, compact(item.value) + ("!important" if item.important else "")))
    return found


def compact(tokens) -> str:
    """Serialize tokens with runs of whitespace as one space, and none where it is not
    needed; strings, url()s and everything else are written as they were."""
    out = []
    tokens = [token for token in tokens if not isinstance(token, ast.Comment)]
    for index, token in enumerate(tokens):
        if isinstance(token, ast.WhitespaceToken):
            before = tokens[index - 1] if index else None
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if before is None or after is None or tight(before) or tight(after):
                continue
            out.append(" ")
        elif isinstance(token, ast.FunctionBlock):
            out.append(tinycss2.serialize([token]).split("(", 1)[0] + "(" + compact(token.arguments) + ")")
        elif isinstance(token, (ast.ParenthesesBlock, ast.SquareBracketsBlock)):
            opening, closing = ("(", ")") if isinstance(token, ast.ParenthesesBlock) else ("[", "]")
            out.append(opening + compact(token.content) + closing)
        else:
            out.append(tinycss2.serialize([token]))
    return "".join(out)


def tight(token) -> bool:
    return isinstance(token, ast.LiteralToken) and token.value in TIGHT


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


def can_match(selector: str, words: set[str]) -> bool:
    """False only if the selector names a class, id, attribute name or exact attribute value
    the site never has.

    What is inside :not(), :is(), :where() and :has() is not looked at: `.a:not(.b)`
    matches without any .b, so those are kept whatever they name. Attribute values
    are checked only where they must equal a whole word (= and ~=); for ^=, $=, *=
    and |= only the attribute's name is.
    """
    selector = without_arguments(selector)
    names = CLASS_OR_ID.findall(ATTRIBUTE_SELECTOR.sub(" ", selector))
    lower = None
    for name, operator, *quoted, flag in ATTRIBUTE_SELECTOR.findall(selector):
        names.append(name)
        value = next((part for part in quoted if part), "")
        if operator in ("=", "~=") and value:
            if flag.lower() == "i":
                lower = lower if lower is not None else {word.lower() for word in words}
                if not all(word.lower() in lower for word in WORD.findall(value)):
                    return False
            else:
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


def drop_unmatched(nodes: list, words: set[str]) -> None:
    for node in nodes:
        if isinstance(node, Rule):
            node.selectors = [s for s in node.selectors if can_match(s, words)]
        elif isinstance(node, Block) and not node.keep_all:
            drop_unmatched(node.children, words)


def declaration_lists(nodes: list):
    """Every list of declarations in kept rules and blocks, as (owner, declarations)."""
    for node in nodes:
        if isinstance(node, Rule):
            if node.selectors:
                yield node
        elif isinstance(node, Block):
            if node.declarations is not None:
                yield node
            yield from declaration_lists(node.children)


def drop_unused_properties(tree: list, words: set[str]) -> None:
    """Remove custom property declarations that nothing kept can reach."""
    defined: dict[str, list[str]] = {}
    used = {word for word in words if word.startswith("--")}
    for owner in declaration_lists(tree):
        for name, value in owner.declarations:
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
    for owner in declaration_lists(tree):
        owner.declarations = [(n, v) for n, v in owner.declarations if not n.startswith("--") or n in used]


def prune_empty(nodes: list) -> list:
    kept = []
    for node in nodes:
        if isinstance(node, Rule):
            if node.selectors and node.declarations:
                kept.append(node)
        elif isinstance(node, Block):
            node.children = prune_empty(node.children)
            if node.children or node.declarations:
                kept.append(node)
        else:
            kept.append(node)
    return kept


def serialize(node) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, Block):
        inner = "".join(serialize(child) for child in node.children)
        if node.declarations is not None:
            inner = body(node.declarations)
        return node.prelude + "{" + inner + "}"
    return ",".join(node.selectors) + "{" + body(node.declarations) + "}"


def body(declarations: list[tuple[str, str]]) -> str:
    return ";".join(f"{name}:{value}" for name, value in declarations)
