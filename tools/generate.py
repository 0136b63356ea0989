"""Remake every generated file from its source, or (--check) list those out of date.

    python tools/generate.py [--check]     (`make generate`; `make check` uses --check)

Each generator is a module with main(argv) -> exit code; they run in this order. The
CSP hashes are made separately (`make csp`), from built pages.
"""

import sys

import glossary
import references
import reviews
import site_address
import styles
import warning_signs

# Order matters: the review fingerprints hash pages with their snippets (references, warning
# signs) resolved, and the stylesheet keeps the rules that the rendered pages need.
GENERATORS = (references, glossary, warning_signs, site_address, reviews, styles)


def write_all() -> None:
    for generator in GENERATORS:
        generator.main([])


def main(argv: list[str]) -> int:
    check = "--check" in argv
    failed = [generator.__name__ for generator in GENERATORS if generator.main(["--check"] if check else []) != 0]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
