"""Files made from the site's address (`site_url` in mkdocs.yml).

- overrides/partials/qr/<page>.svg  a QR code of each page's own address; the
                                     review box inlines it, shown only in print, so
                                     a printed page leads back to its live version;
- content/qr/site.svg               a QR code of the home page, for the handout;
- content/qr/site-address.html      the site's address as text, for the handout;
- docs/<old>/index.html             a redirect page for each moved page in
                                     content/redirects.yml;
- docs/robots.txt                   points crawlers to the sitemap.
Inline SVG costs no request and needs no MkDocs hook. Run with --check to list
out-of-date files instead of writing them; change `site_url`, then `make generate`.
"""

import io
import sys
from pathlib import Path

import segno
import yaml

from generated_files import run, stale_files
import site_pages
from site_pages import ROOT, config, nav_files, url_for

PAGE_CODES = ROOT / "overrides" / "partials" / "qr"
SITE_CODE = ROOT / "content" / "qr" / "site.svg"
SITE_ADDRESS = ROOT / "content" / "qr" / "site-address.html"
ROBOTS = ROOT / "docs" / "robots.txt"
REDIRECTS = ROOT / "content" / "redirects.yml"
REDIRECT_PAGE = """<!doctype html>
<!-- Made by tools/site_address.py from content/redirects.yml: {old} moved to {new}.
     A plain file, so MkDocs and Zensical both publish it without a plugin. No script:
     the refresh meta moves the reader on, and the link is there if it does not. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'">
  <meta name="referrer" content="strict-origin-when-cross-origin">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>This page has moved - B12 &amp; Back Pain</title>
  <meta name="robots" content="noindex">
  <link rel="canonical" href="{canonical}">
  <meta http-equiv="refresh" content="0; url={relative}">
</head>
<body>
  <main>
    <h1>This page has moved</h1>
    <p>Go to <a href="{relative}">its new address</a>.</p>
    <p>If you need help now, call 911 or your local emergency number.</p>
  </main>
</body>
</html>
"""


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


def redirect_pages(base: str) -> dict[Path, str]:
    """A redirect page at each old address, pointing (relatively) at the new one."""
    moved = yaml.safe_load(REDIRECTS.read_text()) or {}
    pages = {}
    for old, new in moved.items():
        depth = len(old.strip("/").split("/"))
        relative = "../" * depth + new.lstrip("/")
        pages[ROOT / "docs" / old.strip("/") / "index.html"] = REDIRECT_PAGE.format(
            old=old, new=new, canonical=base + new.lstrip("/"), relative=relative)
    return pages


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
    wanted.update(redirect_pages(base))
    return wanted


def main(argv: list[str]) -> int:
    wanted = files()
    leftovers = stale_files(PAGE_CODES, wanted, "*.svg")
    return run(wanted, leftovers, check="--check" in argv, tool="tools/site_address.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
