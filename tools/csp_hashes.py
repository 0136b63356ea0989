"""The sha256 hashes of the small inline scripts in every page: the theme's, and ours.

The Content-Security-Policy (overrides/partials/security-meta.html) lets a page run
only the site's own script files and the inline scripts whose hash it lists. Those
scripts come from the theme's template partials and from our own
(overrides/partials/javascripts/); one of the theme's holds the page's base URL,
which is "." on the home page, ".." one folder down, and the path of site_url on the
404 page. So this renders those partials, from Material and (when installed)
Zensical, for every base URL the site uses, and ours, and writes the hashes to
overrides/partials/csp-script-hashes.html. Run with --check to report a stale file;
after a theme upgrade, an edit of our partials or a new site_url, run `make generate`.
(Each page's inlined <style> gets its hash from tools/inline_styles.py, after the build.)
"""

import base64
import hashlib
import importlib.util
import re
import sys
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from generated_files import GENERATED_NOTE, run
from site_pages import ROOT, config, page_urls, site_path

OUT = ROOT / "overrides" / "partials" / "csp-script-hashes.html"
# The partials of base.html that hold an inline <script> for this site's features.
# (announce, outdated, consent and analytics ones appear only when those are set up.)
PARTIALS = ("partials/javascripts/base.html", "partials/javascripts/palette.html",
            "partials/javascripts/content.html")
# Our own inline scripts: the system's colour scheme at once, and the others after the first paint.
OWN_PARTIALS = ("partials/javascripts/palette-media.html", "partials/javascripts/after-paint.html")
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
STYLE_OUT = ROOT / "overrides" / "partials" / "csp-style-hashes.html"
# Zensical's search dialog lives in a shadow root, styled by a <style> element whose
# text is a string constant in Zensical's bundle: `<name>='...'` and, later,
# appendChild(<h>("style",{},<name>.toString())). style-src must list its hash.
SHADOW_STYLE = re.compile(r'appendChild\(\w+\("style",\{\},(\w+)\.toString\(\)\)\)')


def theme_folders() -> list[Path]:
    """Template folders of the builders that are installed (Material always is)."""
    folders = []
    for package in ("material", "zensical"):
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            folder = Path(spec.origin).parent / "templates"
            if (folder / PARTIALS[0]).exists():
                folders.append(folder)
    return folders


def base_urls() -> list[str]:
    """Every base_url a page gets: relative to its folder, and absolute on the 404 page."""
    depths = sorted({len(url.strip("/").split("/")) if url != "/" else 0 for url in page_urls()})
    relative = ["/".join([".."] * depth) or "." for depth in depths]
    # On the 404 page MkDocs gives the site's path with its final slash, Zensical without.
    path = site_path(config())
    return relative + sorted({path, path.rstrip("/") or "/"})


def script_hashes() -> list[str]:
    """CSP source expressions ('sha256-...') for every inline script, sorted, no repeats."""
    site = config()
    context = {"config": {"extra": site.get("extra") or {}},
               "features": (site.get("theme") or {}).get("features") or []}
    found = set()
    for folder in theme_folders():
        env = Environment(loader=FileSystemLoader(folder))
        for name in PARTIALS:
            for base_url in base_urls():
                html = env.get_template(name).render(context, base_url=base_url)
                found.update(hashes(INLINE_SCRIPT.findall(html)))
    own = Environment(loader=FileSystemLoader(ROOT / "overrides"))
    for name in OWN_PARTIALS:
        found.update(hashes(INLINE_SCRIPT.findall(own.get_template(name).render())))
    return sorted(found)


def hashes(scripts: list[str]) -> set[str]:
    return {csp_source(script) for script in scripts}


def csp_source(text: str) -> str:
    """The CSP source expression that allows this exact inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def zensical_style_hashes() -> list[str]:
    """CSP source expressions for the <style> Zensical's script adds; [] without Zensical."""
    spec = importlib.util.find_spec("zensical")
    if not (spec and spec.origin):
        return []
    found = set()
    for bundle in (Path(spec.origin).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"):
        script = bundle.read_text(encoding="utf-8")
        for name in SHADOW_STYLE.findall(script):
            literal = re.search(rf"\b{name}='([^'\\\\]*)'", script)
            if literal is None:  # quoted otherwise, or with escapes: its text is not the literal
                raise SystemExit(f"{bundle.name}: cannot read the style text {name}; update tools/csp_hashes.py")
            found.add(csp_source(literal.group(1)))
    if not found:  # Zensical changed how it styles its search: find the new way before trusting the CSP
        raise SystemExit("no style text found in Zensical's bundle; update tools/csp_hashes.py")
    return sorted(found)


def files() -> dict[Path, str]:
    note = GENERATED_NOTE.format(tool="tools/csp_hashes.py", source="the theme's templates, ours and site_url")
    # A Jinja comment, then the hashes on one line: security-meta.html includes this
    # file inside the CSP's script-src.
    style_note = GENERATED_NOTE.format(tool="tools/csp_hashes.py", source="Zensical's script bundle")
    # The same for style-src: the hash of the one <style> Zensical's search dialog adds.
    return {OUT: "{#- " + note + " -#}\n" + " ".join(script_hashes()) + "\n",
            STYLE_OUT: "{#- " + style_note + " -#}\n" + " ".join(zensical_style_hashes()) + "\n"}


def main(argv: list[str]) -> int:
    return run(files(), [], check="--check" in argv, tool="tools/csp_hashes.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
