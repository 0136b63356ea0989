"""Dependencies: the direct ones in pyproject.toml are pinned exactly, and requirements.txt
(what `make` installs) pins every package, at the same versions."""

import re
import tomllib

import pytest

from helpers import ROOT

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

PIN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)")


def normal(name: str) -> str:
    """Package names compare as pip compares them: case and -_. do not matter."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_lines() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def test_every_requirement_is_pinned_exactly():
    loose = [line for line in requirement_lines() if not PIN.fullmatch(line)]
    assert not loose, f"requirements.txt lines not pinned with ==: {loose}"


def test_pyproject_pins_agree_with_requirements():
    direct = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    loose = [spec for spec in direct if not PIN.fullmatch(spec.replace(" ", ""))]
    assert not loose, f"pyproject.toml dependencies not pinned with ==: {loose}"
    installed = {normal(m[1]): m[2] for line in requirement_lines() if (m := PIN.fullmatch(line))}
    pinned = {normal(m[1]): m[2] for spec in direct if (m := PIN.fullmatch(spec.replace(" ", "")))}
    differ = {name: (version, installed.get(name, "missing")) for name, version in pinned.items()
              if installed.get(name) != version}
    assert not differ, f"package: (pyproject.toml, requirements.txt) versions differ: {differ}"
