"""`@pytest.mark.zensical_difference("name")`: a check a Zensical build is known to fail.

`name` must be one of the differences listed in README.md, section "Two builders"
(written there as **name**), so no test is excused without a written reason.
When the site under test was built by Zensical, each such test becomes a strict
expected failure: it must still fail, and once Zensical passes it the run fails,
so the mark and the README entry get removed. On a MkDocs build it runs as usual.
Tests marked `builder_independent` (they read the sources, or build a copy of their own) run
on the MkDocs pass only: on a Zensical build they are deselected.
"""

import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MARK = "zensical_difference"


def built_with(site: Path) -> str:
    """The builder named in the site's <meta name="generator">, e.g. "zensical" or "mkdocs"."""
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    tag = home.find("meta", attrs={"name": "generator"})
    return tag["content"].split("-")[0].strip().lower() if tag else "unknown"


def listed_differences(readme: Path = ROOT / "README.md") -> set[str]:
    """The **names** in README.md's "## Two builders" section."""
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    section = re.search(r"^## Two builders.*?$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    return set(re.findall(r"\*\*(.+?)\*\*", section.group(1))) if section else set()


def pytest_collection_modifyitems(config, items):
    marked = [(item, mark) for item in items for mark in item.iter_markers(MARK)]
    listed = listed_differences()
    for item, mark in marked:
        if not mark.args or mark.args[0] not in listed:
            raise pytest.UsageError(f"{item.nodeid}: @{MARK}({', '.join(map(repr, mark.args))}) names no "
                                    f"difference listed in README.md, Two builders: {sorted(listed)}")
    site = os.environ.get("SITE_DIR")
    if not site or not (Path(site) / "index.html").exists() or built_with(Path(site)) != "zensical":
        return
    # Tests that do not read the build under test ran on the MkDocs pass already.
    independent = [item for item in items if item.get_closest_marker("builder_independent")]
    if independent:
        config.hook.pytest_deselected(items=independent)
        items[:] = [item for item in items if not item.get_closest_marker("builder_independent")]
    for item, mark in marked:
        if item not in items:
            continue
        item.add_marker(pytest.mark.xfail(strict=True, reason=f"Zensical difference: {mark.args[0]} (README.md)"))
