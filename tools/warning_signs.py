"""Turn content/warning-signs.yml into the warning-sign callouts that pages include.

Writes, from the one list of signs:
- content/callouts/warning-signs-<level>.md   one callout per level (emergency, urgent,
                                               routine): what to do and where, its signs,
                                               their sources;
- content/callouts/warning-signs-<rule>.md    a rule that spans the levels (the B12
                                               nerve-symptom rule): one step per level, in
                                               the words of its level, with every sign of
                                               that level that joins the rule;
- content/figures/urgency-levels.md           the three levels at a glance.
Every level reads and looks the same wherever it is shown: the words come from here, the
look from the level's class in docs/assets/stylesheets/site.css.

Bad data stops with `content/warning-signs.yml:LINE: problem` and nothing written (the
content checker reports the same problems, through `load` and `problems`). Run with --check
to list out-of-date files instead of writing them; --root DIR for another copy of the project.
"""

import re
import sys
from pathlib import Path

import yaml

from generated_files import arguments, header, read_source, read_yaml, refuse, run, stale_files

ROOT = Path(__file__).resolve().parent.parent
TOOL = "tools/warning_signs.py"
SOURCE = "content/warning-signs.yml"
REFERENCES = "content/references.yml"
CALLOUTS = "content/callouts"
FIGURE = "content/figures/urgency-levels.md"
HEADER = header(FIGURE, TOOL, SOURCE)  # the same for every file it writes: all are Markdown

# The order of urgency, and the names site.css styles (.warning-sign--<level>): fixed here.
LEVELS = ("emergency", "urgent", "routine")
LEVEL_FIELDS = ("name", "action", "anchor", "lead")
RULE_FIELDS = ("title", "lead")
INDENT = "    "  # admonition content
RULE_NAME = re.compile(r"[a-z][a-z-]*")  # it names a file and a CSS class

# The figure's icons: the same shapes as the callouts' icons in site.css (octagon, triangle,
# circle), so a level is told apart by shape as well as colour.
ICONS = {
    "emergency": '<path class="figure-urgency__shape" d="M12.7 1.4H27.3L38.6 12.7V27.3L27.3 38.6H12.7L1.4 27.3V12.7Z"/>'
                 '<path class="figure-urgency__mark" d="M18 8h4v15h-4zM20 26a2.6 2.6 0 1 0 0 5.2a2.6 2.6 0 1 0 0-5.2z"/>',
    "urgent": '<path class="figure-urgency__shape" d="M20 2.5L38 36H2Z"/>'
              '<path class="figure-urgency__mark" d="M18.2 13h3.6v11h-3.6zM20 26.6a2.3 2.3 0 1 0 0 4.6a2.3 2.3 0 1 0 0-4.6z"/>',
    "routine": '<circle class="figure-urgency__shape" cx="20" cy="20" r="17.5"/>'
               '<path class="figure-urgency__mark" d="M18.2 17h3.6v13h-3.6zM20 9.4a2.3 2.3 0 1 0 0 4.6a2.3 2.3 0 1 0 0-4.6z"/>',
}


def load(root: Path = ROOT) -> tuple[object, str, list]:
    """(data, text, problems) of content/warning-signs.yml (generated_files.read_source): data is
    None when the file cannot be read or parsed; problems are the file's own (Problem objects)."""
    return read_source(root, SOURCE)


# ---- what is wrong with the data (shared with tools/content_rules/signs.py) -------------------

def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def entry_lines(text: str) -> dict:
    """Line numbers (1-based) of the entries: {"levels": {name: n}, "rules": {...}, "signs": [n...]}."""
    found = {"levels": {}, "rules": {}, "signs": []}
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return found
    if not isinstance(root, yaml.MappingNode):
        return found
    for key, value in root.value:
        if key.value in ("levels", "rules") and isinstance(value, yaml.MappingNode):
            found[key.value] = {name.value: name.start_mark.line + 1 for name, _ in value.value}
        elif key.value == "signs" and isinstance(value, yaml.SequenceNode):
            found["signs"] = [item.start_mark.line + 1 for item in value.value]
    return found


def problems(data, text: str, references: set[str]) -> list[tuple[int, str]]:
    """(line, message) for each problem in the warning-sign data, as `load` read it; [] when it
    is usable."""
    if not isinstance(data, dict) or not isinstance(data.get("levels"), dict) or not isinstance(data.get("signs"), list):
        return [(1, "must be a mapping with `levels` (a mapping) and `signs` (a list)")]
    lines = entry_lines(text)
    found = []
    found += _level_problems(data["levels"], lines["levels"], references)
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        found.append((1, "`rules` must be a mapping of rule names to a title and lead"))
        rules = {}
    for name, rule in rules.items():
        where = lines["rules"].get(name, 1)
        if not (isinstance(name, str) and RULE_NAME.fullmatch(name)) or name in LEVELS:
            found.append((where, f"rule name {name!r} must be lowercase letters and hyphens, and not a level's name"))
        for field in RULE_FIELDS:
            if not (isinstance(rule, dict) and _text(rule.get(field))):
                found.append((where, f"rule '{name}' has no '{field}'"))
        found += [(where, f"rule '{name}' {message}") for message in _after_problems(rule, references)]
    seen = {}
    for index, sign in enumerate(data["signs"]):
        where = lines["signs"][index] if index < len(lines["signs"]) else 1
        found += [(where, message) for message in _sign_problems(sign, rules, references)]
        if isinstance(sign, dict) and _text(sign.get("sign")):
            if sign["sign"] in seen:
                found.append((where, f"sign '{sign['sign']}' is listed twice (first on line {seen[sign['sign']]})"))
            seen.setdefault(sign["sign"], where)
    used = {sign.get("level") for sign in data["signs"] if isinstance(sign, dict)}
    for level in LEVELS:
        if level in data["levels"] and level not in used:
            found.append((lines["levels"].get(level, 1), f"level '{level}' has no signs"))
    return found


def _level_problems(levels: dict, lines: dict, references: set[str]) -> list[tuple[int, str]]:
    found = []
    for name in levels:
        if name not in LEVELS:
            found.append((lines.get(name, 1), f"unknown level '{name}': the levels are {', '.join(LEVELS)}"))
    for name in LEVELS:
        level = levels.get(name)
        where = lines.get(name, 1)
        if not isinstance(level, dict):
            found.append((where, f"level '{name}' is missing (each of {', '.join(LEVELS)} needs name, action, anchor, lead)"))
            continue
        for field in LEVEL_FIELDS:
            if not _text(level.get(field)):
                found.append((where, f"level '{name}' has no '{field}'"))
        if any('"' in str(level.get(field, "")) for field in ("name", "action")):
            found.append((where, f"level '{name}': name and action cannot hold a double quote (they make the callout title)"))
        found += [(where, f"level '{name}' {message}") for message in _after_problems(level, references)]
    return found


def _after_problems(entry, references: set[str]) -> list[str]:
    after = entry.get("after", []) if isinstance(entry, dict) else []
    if not isinstance(after, list):
        return ["has an `after` that is not a list of paragraphs"]
    found = []
    for paragraph in after:
        if not (isinstance(paragraph, dict) and _text(paragraph.get("text"))):
            found.append("has a paragraph in `after` without `text`")
            continue
        found += [f"cites unknown source '{key}' (not in content/references.yml)"
                  for key in paragraph.get("sources") or [] if references is not None and key not in references]
    return found


def _sign_problems(sign, rules: dict, references: set[str]) -> list[str]:
    if not (isinstance(sign, dict) and _text(sign.get("sign"))):
        return ["a sign must be a mapping with `sign` (its plain words), `level` and `sources`"]
    name, found = sign["sign"], []
    if sign.get("level") not in LEVELS:
        found.append(f"sign '{name}' has level {sign.get('level')!r}, not one of: {', '.join(LEVELS)}")
    sources = sign.get("sources")
    if not (isinstance(sources, list) and sources):
        found.append(f"sign '{name}' has no source: give `sources: [key]` from content/references.yml")
    else:
        found += [f"sign '{name}' has unknown source {key!r} (not in content/references.yml)"
                  for key in sources if references is not None and key not in references]
    if "rule" in sign and sign["rule"] not in rules:
        found.append(f"sign '{name}' belongs to unknown rule {sign['rule']!r}")
    return found


# ---- what is written ----------------------------------------------------------------------

def _cite(keys) -> str:
    # One fixed order (alphabetical) for every callout, so that a page whose reference list
    # follows first use shows each group of source numbers rising (the citation_order rule).
    return "".join(f"[^{key}]" for key in sorted(set(keys)))


def _sentence(sign: str) -> str:
    """A sign as a sentence of its own: "chest pain" -> "Chest pain."."""
    return sign[0].upper() + sign[1:] + ("" if sign.endswith(".") else ".")


def title(level: dict) -> str:
    return f"{level['name']}: {level['action']}"


def _after(entry: dict) -> list[str]:
    lines = []
    for paragraph in entry.get("after") or []:
        lines += ["", INDENT + paragraph["text"].strip() + _cite(paragraph.get("sources") or [])]
    return lines


def callout(name: str, data: dict) -> str:
    level = data["levels"][name]
    signs = [sign for sign in data["signs"] if sign["level"] == name]
    lines = [HEADER, "",
             f'!!! warning-sign warning-sign--{name} "{title(level)}"',
             INDENT + level["lead"].strip() + _cite(key for sign in signs for key in sign["sources"]), ""]
    lines += [f"{INDENT}- {sign['sign']}" for sign in signs]
    lines += _after(level)
    return "\n".join(lines) + "\n"


def rule_callout(name: str, data: dict) -> str:
    rule = data["rules"][name]
    lines = [HEADER, "",
             f'!!! warning-sign warning-sign--rule warning-sign--{name} "{rule["title"]}"',
             INDENT + rule["lead"].strip(), ""]
    for level_name in LEVELS:  # most urgent first; one step per level, holding all its signs
        level = data["levels"][level_name]
        members = [sign for sign in data["signs"] if sign.get("rule") == name and sign["level"] == level_name]
        if members:
            signs_text = " ".join(_sentence(sign["sign"]) + _cite(sign["sources"]) for sign in members)
            lines += [f"{INDENT}- **{title(level)}.** {signs_text}",
                      f"{INDENT}{{: .warning-sign__step .warning-sign__step--{level_name} }}"]
    lines += _after(rule)
    return "\n".join(lines) + "\n"


def figure(data: dict) -> str:
    items = []
    for name in LEVELS:
        level = data["levels"][name]
        items.append(
            f'<li class="figure-urgency__level figure-urgency__level--{name}" markdown="span">'
            f'<svg class="figure-urgency__icon" aria-hidden="true" focusable="false" viewBox="0 0 40 40">{ICONS[name]}</svg>'
            f'<span class="figure-urgency__text"><span class="figure-urgency__name">{level["name"]}:</span> '
            f'[{level["action"]}](when-to-get-help.md#{level["anchor"]})</span></li>')
    return "\n".join([
        HEADER, "",
        '<figure class="figure-urgency" id="figure-urgency-levels" markdown>',
        '<ol class="figure-urgency__levels" markdown>', *items, "</ol>",
        "<figcaption>How urgent is it? Three levels, most urgent first. "
        "How to use it: start at the top, and do what the first level that fits you says. Each level links to its list of signs.</figcaption>",
        "</figure>", ""])


def outputs(data: dict, root: Path = ROOT) -> dict[Path, str]:
    """{path: text} of every file made from the data."""
    wanted = {root / CALLOUTS / f"warning-signs-{name}.md": callout(name, data) for name in LEVELS}
    for name in data.get("rules") or {}:
        wanted[root / CALLOUTS / f"warning-signs-{name}.md"] = rule_callout(name, data)
    wanted[root / FIGURE] = figure(data)
    return wanted


def main(argv: list[str]) -> int:
    check, root = arguments(argv)
    data, text, own = load(root)
    found = [str(problem) for problem in own]
    references, reference_problems = read_yaml(root, REFERENCES)
    if not isinstance(references, dict):
        # Every source would look unknown; its own problems (or that it is not a mapping) say why.
        found += reference_problems or [f"{REFERENCES}: must be a mapping of reference keys to entries"]
    if found:
        return refuse(found, TOOL)
    found = problems(data, text, set(references))
    if found:
        return refuse([f"{SOURCE}:{line}: {message}" if line else f"{SOURCE}: {message}" for line, message in found],
                      TOOL)
    wanted = outputs(data, root)
    leftovers = stale_files(root / CALLOUTS, wanted, "warning-signs-*.md", tool=TOOL)
    return run(wanted, leftovers, check=check, tool=TOOL, owned=[root / CALLOUTS, root / FIGURE], root=root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
