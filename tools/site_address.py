"""Files made from the site's address (`site_url` in mkdocs.yml).

- overrides/partials/qr/<page>.svg  a QR code of each page's own address; the
                                     review box inlines it, shown only in print, so
                                     a printed page leads back to its live version;
- content/qr/site.svg               a QR code of the home page, for the handout;
- content/qr/site-address.html      the site's address as text, for the handout;
- docs/robots.txt                   points crawlers to the sitemap.
Inline SVG costs no request and needs no MkDocs hook. Run with --check to list
out-of-date files instead of writing them; change `site_url`, then `make generate`.
Before anything is written, site_url must be a plain https address and every page
name in the nav a plain page path: both end up in file names, HTML and robots.txt.
"""

import html
import io
import re
import sys
from pathlib import Path

import segno
import yaml

import site_pages
from content_rules.redirects import PAGE_PATH
from generated_files import arguments, header, refuse, run, stale_files
from site_pages import ROOT, config, nav_files, url_for

TOOL = "tools/site_address.py"
SOURCE = "site_url in mkdocs.yml"
PAGE_CODES_NAME = "overrides/partials/qr"
SITE_CODE_NAME = "content/qr/site.svg"
SITE_ADDRESS_NAME = "content/qr/site-address.html"
ROBOTS_NAME = "docs/robots.txt"
PAGE_CODES, SITE_CODE = ROOT / PAGE_CODES_NAME, ROOT / SITE_CODE_NAME
SITE_ADDRESS, ROBOTS = ROOT / SITE_ADDRESS_NAME, ROOT / ROBOTS_NAME
# An https address whose every character is safe in HTML text, an attribute and robots.txt.
SITE_URL = re.compile(r"https://[a-z0-9.-]+(?::[0-9]+)?/(?:[A-Za-z0-9._~-]+/)*")


def settings(root: Path = ROOT) -> dict:
    # `config` is looked up when called, so a test can swap in other settings.
    return config() if root == ROOT else config(root / "mkdocs.yml")


def site_url(root: Path = ROOT) -> str:
    return site_pages.site_url(settings(root))


def page_name(url: str) -> str:
    """File name for a page's code, as overrides/partials/page-review.html names it:
    "/" -> "index", "/about/" -> "about" (site_pages.url_key)."""
    return site_pages.url_key(url)


def qr_svg(address: str, label: str, error: str = "m") -> str:
    """A QR code as compact SVG, black on white so any phone camera reads it. Error level "l"
    (7% may be lost) makes a smaller code, for the one printed at the foot of every page."""
    code = segno.make(address, error=error, micro=False)
    out = io.BytesIO()
    code.save(out, kind="svg", xmldecl=False, svgns=True, scale=1, border=4, omitsize=True,
              title=label, svgclass="qr-code", lineclass=None, dark="#000", light="#fff")
    return out.getvalue().decode() + "\n"


def problems(root: Path = ROOT) -> list[str]:
    """What in mkdocs.yml would make an unsafe file name or text, as `mkdocs.yml: ...` lines."""
    try:
        given = settings(root)
        names = nav_files(given.get("nav") or [])
    except (OSError, UnicodeDecodeError, yaml.YAMLError, AttributeError, StopIteration) as error:
        return [f"mkdocs.yml: cannot be read ({type(error).__name__}: {error}); `make check` says more"]
    found = []
    url = given.get("site_url")
    if not (isinstance(url, str) and SITE_URL.fullmatch(url if url.endswith("/") else url + "/")):
        found.append(f"mkdocs.yml: site_url {url!r} must be a plain https address ending in /, like"
                     " https://user.github.io/repo/ (no spaces, quotes or < >)")
    for name in names:
        if not PAGE_PATH.fullmatch(name):
            found.append(f"mkdocs.yml: nav page {name!r} is not a plain page path (lowercase words and hyphens, .md)")
    found += [": ".join(site_pages.shared_key_problem(key, pages)) for key, pages in site_pages.shared_keys(names).items()]
    return found


def files(root: Path = ROOT) -> dict[Path, str]:
    base = site_url(root)

    def made(relative: str, text: str) -> tuple[Path, str]:
        return root / relative, header(relative, TOOL, SOURCE) + "\n" + text

    wanted = {}
    for name in nav_files(settings(root)["nav"]):
        url = url_for(name)
        address = base + url.lstrip("/")
        wanted.update([made(f"{PAGE_CODES_NAME}/{page_name(url)}.svg", qr_svg(address, f"QR code: {address}", error="l"))])
    wanted.update([made(SITE_CODE_NAME, qr_svg(base, f"QR code: {base}")),
                   made(ROBOTS_NAME, f"User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n")])
    # The handout includes this in the middle of a paragraph, where a comment on a line of
    # its own would split the paragraph in two: the note goes at the end of the one line.
    note = header(SITE_ADDRESS_NAME, TOOL, SOURCE)
    wanted[root / SITE_ADDRESS_NAME] = f'<span class="handout__address">{html.escape(base)}</span>{note}\n'
    return wanted


def main(argv: list[str]) -> int:
    check, root = arguments(argv)
    found = problems(root)
    if found:
        return refuse(found, TOOL)
    wanted = files(root)
    leftovers = stale_files(root / PAGE_CODES_NAME, wanted, "*.svg", TOOL)
    owned = [root / PAGE_CODES_NAME, root / SITE_CODE_NAME, root / SITE_ADDRESS_NAME, root / ROBOTS_NAME]
    return run(wanted, leftovers, check=check, tool=TOOL, owned=owned, root=root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
