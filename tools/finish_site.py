"""What `make build` does to a built site after the builder (MkDocs or Zensical).

    python tools/finish_site.py SITE_DIR

In order: glossary terms explained at their first use only (first_use_terms.py), each
page's stylesheets inlined and slimmed (inline_styles.py), our scripts minified
(minify_scripts.py). README, "How a page loads", says why. Each step can run again
without changing anything; the first that fails stops the rest.
"""

import sys

import first_use_terms
import inline_styles
import minify_scripts

STEPS = (first_use_terms.main, inline_styles.main, minify_scripts.main)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    for step in STEPS:
        if (code := step(argv)) != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
