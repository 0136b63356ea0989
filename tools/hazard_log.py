"""The hazard log, content/hazards.yml: its fields, and which mitigations a built site lacks.

Used by tests/test_hazard_log.py. `problems` checks the log itself (every field, the scales,
pages that exist, known sources); `missing` says which mitigation words are not in the text
of a page that should carry them, so deleting a warning from a page fails the tests.
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "content/hazards.yml"
SEVERITY = ("minor", "significant", "considerable", "major", "catastrophic")
LIKELIHOOD = ("very low", "low", "medium", "high", "very high")
STATUS = ("open", "closed")
TEXT_FIELDS = ("id", "title", "hazard", "cause")
ALL_PAGES = "all"
ID = re.compile(r"H\d{2}")
FINDINGS = range(1, 13)  # the numbered findings of issue 12


def load(root: Path = ROOT) -> tuple[list, str]:
    text = (root / SOURCE).read_text(encoding="utf-8")
    return (yaml.safe_load(text) or {}).get("hazards"), text


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def problems(hazards, urls: set[str], references: set[str]) -> list[str]:
    """One message per problem in the log, each naming the hazard; [] when it is usable."""
    if not isinstance(hazards, list):
        return [f"{SOURCE}: `hazards` must be a list"]
    found, seen = [], set()
    for index, hazard in enumerate(hazards):
        if not isinstance(hazard, dict):
            found.append(f"{SOURCE}: hazard {index + 1} is not a mapping of fields")
            continue
        name = f"{SOURCE}: hazard {hazard.get('id') or index + 1}"
        found += [f"{name} has no '{field}'" for field in TEXT_FIELDS if not _text(hazard.get(field))]
        if _text(hazard.get("id")):
            if not ID.fullmatch(hazard["id"]):
                found.append(f"{name}: id must be H and two digits")
            if hazard["id"] in seen:
                found.append(f"{name}: id is used twice")
            seen.add(hazard["id"])
        for field, scale in (("severity", SEVERITY), ("likelihood", LIKELIHOOD),
                             ("residual_likelihood", LIKELIHOOD), ("status", STATUS)):
            if hazard.get(field) not in scale:
                found.append(f"{name}: {field} {hazard.get(field)!r} is not one of: {', '.join(scale)}")
        finding = hazard.get("finding")
        if not (isinstance(finding, list) and all(item in FINDINGS for item in finding)):
            found.append(f"{name}: finding must be a list of issue 12's item numbers (1 to 12), or []")
        found += _mitigation_problems(name, hazard, urls)
        sources = hazard.get("sources")
        if not isinstance(sources, list):
            found.append(f"{name} has no 'sources' (a list of keys in content/references.yml, or [])")
        else:
            found += [f"{name}: unknown source '{key}'" for key in sources if key not in references]
            if not sources and not _text(hazard.get("basis")):
                found.append(f"{name} has neither sources nor a 'basis'")
    return found


def _mitigation_problems(name: str, hazard: dict, urls: set[str]) -> list[str]:
    mitigations = hazard.get("mitigations")
    if not isinstance(mitigations, list):
        return [f"{name} has no 'mitigations' (a list of words and pages)"]
    found = []
    if hazard.get("status") == "closed" and not mitigations:
        found.append(f"{name} is closed but has no mitigation")
    if hazard.get("status") == "open" and not _text(hazard.get("open_action")):
        found.append(f"{name} is open but has no 'open_action' saying what is left to do")
    for mitigation in mitigations:
        if not (isinstance(mitigation, dict) and _text(mitigation.get("words"))):
            found.append(f"{name} has a mitigation without 'words'")
            continue
        pages = mitigation.get("pages")
        if not (isinstance(pages, list) and pages):
            found.append(f"{name}: mitigation {mitigation['words']!r} names no pages")
            continue
        found += [f"{name}: mitigation {mitigation['words']!r} names unknown page {page!r}"
                  for page in pages if page != ALL_PAGES and page not in urls]
    return found


def missing(hazards: list, texts: dict[str, str]) -> list[str]:
    """'H01 /handout/: "words"' for each mitigation whose words are not in a page it names.

    `texts` is {url: the page's text as a reader sees it}, for every page of the site."""
    found = []
    for hazard in hazards:
        for mitigation in hazard["mitigations"]:
            pages = sorted(texts) if ALL_PAGES in mitigation["pages"] else mitigation["pages"]
            words = " ".join(mitigation["words"].split())
            found += [f"{hazard['id']} {url}: {words!r}" for url in pages if words not in texts[url]]
    return found
