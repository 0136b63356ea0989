"""Generated files (footnote snippets, /sources/ list, JSON-LD citations, glossary views)
match their sources, and the check notices when a source changes."""

import subprocess
import sys

import pytest

import glossary
import references
from helpers import ROOT


@pytest.mark.parametrize("tool", ["tools/references.py", "tools/glossary.py"])
def test_committed_files_match_their_sources(tool):
    done = subprocess.run([sys.executable, tool, "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, f"{tool} --check:\n{done.stdout}{done.stderr}"


def snapshot() -> dict:
    """The generated reference files as they are now."""
    return {path: path.read_text() for path in references.files(references.load()) if path.exists()}


def test_a_changed_reference_fails_the_check(monkeypatch):
    changed = references.load()
    key = sorted(changed)[0]
    changed[key] = {**changed[key], "title": changed[key]["title"] + " (second edition)"}
    before = snapshot()
    monkeypatch.setattr(references, "load", lambda: changed)
    assert references.main(["--check"]) == 1
    monkeypatch.undo()
    assert snapshot() == before, "--check must not write files"


def test_a_removed_reference_fails_the_check(monkeypatch):
    """Its footnote snippet is left over: the check must name it rather than keep it."""
    fewer = references.load()
    fewer.pop(sorted(fewer)[0])
    monkeypatch.setattr(references, "load", lambda: fewer)
    assert references.main(["--check"]) == 1


def test_a_changed_glossary_meaning_fails_the_check(monkeypatch):
    changed = glossary.load()
    term = sorted(changed)[0]
    changed[term] = {**changed[term], "meaning": changed[term]["meaning"] + " Changed."}
    monkeypatch.setattr(glossary, "load", lambda: changed)
    assert glossary.main(["--check"]) == 1
