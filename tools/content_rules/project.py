"""What the rules read: the project's pages, reference list, glossary and nav.

Everything is read once, leniently: a file that cannot be read or parsed becomes a
Problem here, and the rules then see it as empty, so one broken file does not hide
the problems in the others.
"""

from pathlib import Path

import yaml

from content_rules.common import Problem, parse_yaml
from content_rules.markdown_text import Page
from site_pages import config as read_config


class Project:
    def __init__(self, root: Path):
        self.root = root
        self.docs = root / "docs"
        self.content = root / "content"
        self.problems: list[Problem] = []
        self.config = self._config()
        self.references = self._data("content/references.yml")
        self.glossary = self._data("content/glossary.yml")
        self.pages = [Page(path, self.root, self.content) for path in sorted(self.docs.rglob("*.md"))]
        self.page_named = {page.name: page for page in self.pages}

    def text(self, relative: str) -> str:
        path = self.root / relative
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def _config(self) -> dict:
        path = self.root / "mkdocs.yml"
        if not path.exists():
            self.problems.append(Problem("mkdocs.yml", 0, "file not found"))
            return {}
        try:
            return read_config(path) or {}
        except yaml.YAMLError as error:
            self.problems.append(Problem("mkdocs.yml", 0, f"not valid YAML: {error}"))
            return {}

    def _data(self, relative: str) -> dict:
        if not (self.root / relative).exists():
            self.problems.append(Problem(relative, 0, "file not found"))
            return {}
        data, problem = parse_yaml(self.text(relative), relative)
        if problem:
            self.problems.append(problem)
            return {}
        if not isinstance(data, dict):
            self.problems.append(Problem(relative, 1, "must be a mapping of keys to entries"))
            return {}
        return data
