"""Files made from the site's address (`site_url` in mkdocs.yml).

- overrides/partials/qr/<page>.svg  a QR code of each page's own address; the
                                     review box inlines it, shown only in print, so
                                     a printed page leads back to its live version;
- content/qr/site.svg               a QR code of the home page, for the handout;
- content/qr/site-address.html      the site's address as text, for the handout;
- docs/robots.txt                   points crawlers to the sitemap.
Inline SVG costs no request and needs no MkDocs hook. Run with --check to list
out-of-date files instead of writing them; change `site_url`, then `make generate`.
"""

import io
import sys
from pathlib import Path

import segno

from generated_files import run, stale_files
import site_pages
from site_pages import ROOT, config, nav_files, url_for

PAGE_CODES = ROOT / "overrides" / "partials" / "qr"
SITE_CODE = ROOT / "content" / "qr" / "site.svg"
SITE_ADDRESS = ROOT / "content" / "qr" / "site-address.html"
ROBOTS = ROOT / "docs" / "robots.txt"


def site_url() -> str:
    return site_pages.site_url(config())


def page_name(url: str) -> str:
    """File name for a page's code: "/" -> "index", "/about/" -> "about"."""
    return url.strip("/") or "index"


def qr_svg(address: str, label: str) -> str:
    """A QR code as compact SVG, black on white so any phone camera reads it."""
    code = segno.make(address, error="m", micro=False)
    out = io.BytesIO()
    code.save(out, kind="svg", xmldecl=False, svgns=True, scale=1, border=4, omitsize=True,
              title=label, svgclass="qr-code", lineclass=None, dark="#000", light="#fff")
    return out.getvalue().decode() + "\n"


def files() -> dict[Path, str]:
    base = site_url()
    wanted = {}
    for name in nav_files():
        url = url_for(name)
        address = base + url.lstrip("/")
        wanted[PAGE_CODES / f"{page_name(url)}.svg"] = qr_svg(address, f"QR code: {address}")
    wanted[SITE_CODE] = qr_svg(base, f"QR code: {base}")
    wanted[SITE_ADDRESS] = f'<span class="handout__address">{base}</span>\n'
    wanted[ROBOTS] = f"User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n"
    return wanted


def main(argv: list[str]) -> int:
    wanted = files()
    leftovers = stale_files(PAGE_CODES, wanted, "*.svg")
    return run(wanted, leftovers, check="--check" in argv, tool="tools/site_address.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
