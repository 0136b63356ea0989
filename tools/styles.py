"""Make the one stylesheet every page links: docs/assets/stylesheets/styles.min.css.

    python tools/styles.py [--check]      (`make generate` runs it)

On a slow phone network each stylesheet a page links costs a round trip before anything
is drawn, and the theme's own (main + palette, 25 KB compressed) styles every feature
Material has. So the theme's stylesheets, ours (site.css) and the print rules (print.css,
as @media print) become one file, cut by tools/css_slim.py down to the rules whose class,
id and attribute names the site can use. Those names are gathered from everything that can
put them in a page: the theme's templates and scripts, the configuration (mkdocs.yml), our
templates (overrides/) and scripts, and every docs/ page rendered with the site's Markdown
extensions. The file is
linked from overrides/main.html and cached by the browser from page to page.
Zensical pages link Zensical's own stylesheets and ours instead (README, "Two builders").
"""

import sys
from pathlib import Path

import material

from css_slim import WORD, slim
from generated_files import header, run
from markdown_render import render_page
from site_pages import ROOT

THEME = Path(material.__file__).parent / "templates"
OURS = ROOT / "docs" / "assets" / "stylesheets"
OUT = OURS / "styles.min.css"
HEADER = header("docs/assets/stylesheets/styles.min.css", "tools/styles.py",
                "the theme's stylesheets, site.css and print.css") + "\n"


def theme_stylesheets() -> list[Path]:
    """The theme's main and palette stylesheets (their names carry a content hash)."""
    found = [next((THEME / "assets" / "stylesheets").glob(f"{name}.*.min.css")) for name in ("main", "palette")]
    return found


def words() -> set[str]:
    """Every word that could be a class, id or attribute name or value in a built page."""
    sources = [*THEME.rglob("*.html"), *(THEME / "assets" / "javascripts").glob("*.js"),
               ROOT / "mkdocs.yml",  # the palettes' schemes and colours reach the pages from here
               *(ROOT / "overrides").rglob("*.html"), *(ROOT / "docs").rglob("*.js")]
    found = set()
    for path in sources:
        found.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    for page in (ROOT / "docs").rglob("*.md"):
        found.update(WORD.findall(render_page(page)))
    return found


def stylesheet() -> str:
    css = [path.read_text(encoding="utf-8") for path in theme_stylesheets()]
    css.append((OURS / "site.css").read_text(encoding="utf-8"))
    css.append("@media print{" + (OURS / "print.css").read_text(encoding="utf-8") + "}")
    return HEADER + slim("\n".join(css), words()) + "\n"


def main(argv: list[str]) -> int:
    return run({OUT: stylesheet()}, [], check="--check" in argv, tool="tools/styles.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
