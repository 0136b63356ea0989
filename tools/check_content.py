"""Refuse bad content before a build: front matter, citations, links, images, nav, data,
the HTML each page renders to, files that must not be published, redirects.

Reads the sources (docs/, content/, mkdocs.yml), not the built site, so it runs
before any build and for either builder. Prints every problem, one per line as
`file:line: message`, then exits 1; prints a one-line summary and exits 0 when
there is none. Warnings are printed but do not fail. Never writes a file.

    python tools/check_content.py [--root DIR]   DIR defaults to this repository

`problems(root)` is the same check for other Python code (the `mkdocs serve` hook):
(every Problem, sorted, each once; the Project that was read).
"""

import argparse
import sys
from pathlib import Path

from content_rules import (citation_order, citations, data_files, files, front_matter, images, links, nav, page_dates, plain_text,
                           redirects, rendered_html, review_record, signs, tables, terms)
from content_rules.common import Problem
from content_rules.project import Project

RULES = (front_matter, citations, citation_order, links, images, nav, data_files, plain_text, rendered_html, tables, files,
         redirects, terms, signs, page_dates, review_record)


def problems(root: Path) -> tuple[list[Problem], Project]:
    """Every problem in the project at `root` (errors and warnings), sorted, each once; and
    the project as read (for counts)."""
    root = Path(root)
    project = Project(root)
    found = list(project.problems)
    for rule in RULES:
        try:
            found += rule.check(project)
        except Exception as error:  # noqa: BLE001  a bug in one rule must not hide what the others found
            name = rule.__name__.split(".")[-1]
            found.append(Problem(f"tools/content_rules/{name}.py", 0,
                                 f"this check stopped on an unexpected error ({type(error).__name__}: {error});"
                                 " the other checks ran. Please report it with the files you changed."))
    found += [problem for problem in project.problems if problem not in found]  # read while the rules ran
    # A snippet included by many pages would report the same problem once per page.
    return sorted(set(found)), project


def main(argv: list[str]) -> int:
    # A file name that is not valid UTF-8 must print, not stop the report with an encoding error.
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="project folder holding mkdocs.yml, docs/ and content/")
    root = parser.parse_args(argv).root.resolve()
    try:
        found, project = problems(root)
    except Exception as error:  # noqa: BLE001  an editor gets one plain line, never a traceback
        print(f"check_content: could not check {root} ({type(error).__name__}: {error}). Please report it.",
              file=sys.stderr)
        return 2
    errors = [problem for problem in found if not problem.warning]
    for problem in found:
        print(problem, file=sys.stderr)
    if errors:
        print(f"check_content: {len(errors)} problem(s) in {root}", file=sys.stderr)
        return 1
    warnings = len(found) - len(errors)
    print(f"check_content: {len(project.pages)} pages, {len(project.references)} references, "
          f"{len(project.glossary)} glossary terms: no problems" + (f" ({warnings} warning(s))" if warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
