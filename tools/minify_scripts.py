"""Minify the site's own scripts in a built site (the theme's come minified).

    python tools/minify_scripts.py SITE_DIR     (`make build` runs it after the builder)

Our scripts (every .js under docs/) are written to be read, with comments that
say why; on a phone network those comments are half their weight. The built copies
are minified with rjsmin, which only removes comments and spaces (it renames
nothing), so the browser tests run the very code readers get. The sources in docs/
stay as they are. Running it again changes nothing.
"""

import sys
from pathlib import Path

import rjsmin

from site_pages import DOCS as SOURCES
from site_pages import ROOT


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    site = Path(argv[0]).resolve()
    before = after = 0
    for source in sorted(SOURCES.rglob("*.js")):
        built = site / source.relative_to(SOURCES)
        if not built.is_file():
            print(f"{source.relative_to(ROOT)}: not in the built site ({built})", file=sys.stderr)
            return 1
        text = built.read_text(encoding="utf-8")
        small = rjsmin.jsmin(text).strip() + "\n"
        built.write_text(small, encoding="utf-8")
        before, after = before + len(text), after + len(small)
    print(f"minify_scripts: our scripts {before / 1024:.1f} KB -> {after / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
