"""Refuse bad content before a build: front matter, citations, links, images, nav, data.

Reads the Markdown sources (docs/, content/, mkdocs.yml), not the built HTML, so it
runs before any build and for either builder. Prints every problem, one per line
as `file:line: message`, then exits 1; prints a one-line summary and exits 0 when
there is none. Warnings are printed but do not fail.

    python tools/check_content.py [--root DIR]   DIR defaults to this repository
"""

import argparse
import sys
from pathlib import Path

from content_rules import citations, data_files, front_matter, images, links, nav, page_dates, review_record, signs
from content_rules.project import Project

RULES = (front_matter, citations, links, images, nav, data_files, signs, page_dates, review_record)


def problems(root: Path) -> tuple[list, Project]:
    project = Project(root)
    found = list(project.problems)
    for rule in RULES:
        found += rule.check(project)
    # A snippet included by many pages would report the same problem once per page.
    return sorted(set(found)), project


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="project folder holding mkdocs.yml, docs/ and content/")
    root = parser.parse_args(argv).root.resolve()
    found, project = problems(root)
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
