"""What the rules read: the project's pages, reference list, glossary and nav.

Everything is read once, leniently: a file that cannot be read or parsed becomes a
Problem here, and the rules then see it as empty, so one broken file does not hide
the problems in the others. Pages that are symbolic links are not read at all (the
files rule refuses them: one would publish whatever it points to).
"""

from pathlib import Path

from content_rules.common import ConfigLoader, Problem, line_of, parse_yaml, read_text
from content_rules.markdown_text import Page


class Project:
    def __init__(self, root: Path):
        self.root = root
        self.docs = root / "docs"
        self.content = root / "content"
        self.problems: list[Problem] = []
        self._texts: dict[str, str] = {}
        self.broken: set[str] = set()  # files that could not be read or parsed: rules that need them hold back
        self.config = self._config()
        self.references = self._data("content/references.yml")
        self.glossary = self._data("content/glossary.yml")
        appended = self._appended()
        every_page = [Page(path, root, self.content, appended) for path in sorted(self.docs.rglob("*.md"))
                      if path.is_file() and not path.is_symlink()]
        for page in every_page:
            self.problems += page.problems
        # A page that cannot be read still exists (links to it and its nav entry are fine),
        # but its empty text is not checked: its one problem is that it cannot be read.
        self.page_named = {page.name: page for page in every_page}
        self.pages = [page for page in every_page if page.readable]

    def text(self, relative: str) -> str:
        """A file's text, read once; "" when missing or unreadable (reported once)."""
        if relative not in self._texts:
            path = self.root / relative
            text, problem = read_text(path, relative) if path.is_file() else ("", None)
            if problem:
                self.problems.append(problem)
                self.broken.add(relative)
            self._texts[relative] = text
        return self._texts[relative]

    def _config(self) -> dict:
        if not (self.root / "mkdocs.yml").is_file():
            self.problems.append(Problem("mkdocs.yml", 0, "file not found"))
            return {}
        text = self.text("mkdocs.yml")
        if "mkdocs.yml" in self.broken:
            return {}
        data, problem = parse_yaml(text, "mkdocs.yml", loader=ConfigLoader)
        if problem:
            self.problems.append(problem)
            self.broken.add("mkdocs.yml")
        return data if isinstance(data, dict) else {}

    def markdown_extensions(self) -> list:
        """markdown_extensions of mkdocs.yml as written: names, or {name: settings}."""
        extensions = self.config.get("markdown_extensions") or []
        return extensions if isinstance(extensions, list) else []

    def _appended(self) -> tuple[str, ...]:
        """The snippets pymdownx.snippets adds to the end of every page (its auto_append)."""
        for extension in self.markdown_extensions():
            if isinstance(extension, dict) and isinstance(extension.get("pymdownx.snippets"), dict):
                names = extension["pymdownx.snippets"].get("auto_append") or []
                for name in names:
                    if not (self.content / name).is_file():
                        self.problems.append(Problem("mkdocs.yml", line_of(self.text("mkdocs.yml"), "auto_append"),
                                                     f"auto_append snippet content/{name} does not exist"))
                return tuple(name for name in names if (self.content / name).is_file())
        return ()

    def _data(self, relative: str) -> dict:
        if not (self.root / relative).exists():
            self.problems.append(Problem(relative, 0, "file not found"))
            return {}
        text = self.text(relative)
        if relative in self.broken:
            return {}
        data, problem = parse_yaml(text, relative)
        if problem:
            self.problems.append(problem)
            self.broken.add(relative)
            return {}
        if not isinstance(data, dict):
            self.problems.append(Problem(relative, 1, "must be a mapping of keys to entries"))
            return {}
        return data
