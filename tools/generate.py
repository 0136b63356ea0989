"""Remake every generated file from its source, or (--check) list those out of date.

    python tools/generate.py [--check]     (`make generate`; `make check` uses --check)

Each generator is a module with main(argv) -> exit code; they run in this order, and every
one runs even when an earlier one fails or breaks, so one bad source hides no other's
problems. The CSP hashes are made separately (`make csp`), from built pages.
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


def write_all() -> int:
    """Remake every generated file (the `mkdocs serve` hook); problems are printed."""
    return main([])


def _run(generator, argv: list[str]) -> int:
    name = f"tools/{generator.__name__}.py"
    try:
        return generator.main(argv)
    except SystemExit as stop:  # a generator that stops with a message has printed it
        return stop.code if isinstance(stop.code, int) else 1
    except Exception as error:  # noqa: BLE001  an editor gets one plain line, never a traceback
        print(f"{name}: stopped on an unexpected error ({type(error).__name__}: {error}); the other generators"
              " ran. Please report it with the files you changed.")
        return 1


def main(argv: list[str]) -> int:
    check = "--check" in argv
    failed = [f"tools/{generator.__name__}.py" for generator in GENERATORS
              if _run(generator, ["--check"] if check else []) != 0]
    if failed:
        print(f"generate: {', '.join(failed)} " + ("found files out of date or problems in their sources" if check
                                                  else "stopped; their files are unchanged") + " (see above)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
