"""Security meta on every built page: a Content-Security-Policy that allows only the
site's own origin and the inline scripts and styles whose sha256 it lists, and a
referrer policy, both before any script or style. Adding an inline script or style
without its hash fails here.

The one exception is the page the redirects plugin writes at each old address (mkdocs.yml,
redirect_maps): a fixed page with no policy of its own, whose one script sends the reader
to the new address. It is checked on its own below: that script and nothing else, and an
address of this site.
"""

import re

import pytest
from bs4 import BeautifulSoup

from helpers import csp_hash, html_files, redirect_target

# Script types a browser runs; any other type (application/json, application/ld+json)
# is a data block, which a CSP does not govern.
RUN_TYPES = {"", "text/javascript", "application/javascript", "module"}
REQUIRED = {
    # script-src and style-src: 'self' and the hashes of inline scripts and styles (checked below).
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"], "connect-src": ["'self'"], "worker-src": ["'self'"],
    "base-uri": ["'self'"], "form-action": ["'self'"], "object-src": ["'none'"],
    "manifest-src": ["'self'"],
}
NO_FALLBACK = ("base-uri", "form-action")


# The plugin's one script: keep the #part of the old address and go to the new one.
REDIRECT_SCRIPT = re.compile(r'var anchor=window\.location\.hash\.substr\(1\);location\.href="([^"]+)"'
                             r'\+\(anchor\?"#"\+anchor:""\)')


def parse(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def pages(site_dir):
    """Every built HTML file but the redirect pages."""
    return [path for path in html_files(site_dir) if redirect_target(parse(path)) is None]


def test_redirect_pages_run_only_the_redirect(site_dir):
    redirects = [path for path in html_files(site_dir) if redirect_target(parse(path)) is not None]
    assert redirects, "no redirect page: the exception above guards nothing"
    for path in redirects:
        soup = parse(path)
        scripts = soup.find_all("script")
        assert len(scripts) == 1 and not scripts[0].get("src"), f"{path}: scripts other than the redirect's"
        found = REDIRECT_SCRIPT.fullmatch(scripts[0].string or "")
        assert found, f"{path}: the script is not the redirect plugin's: {scripts[0].string!r}"
        target = found.group(1)
        assert target == redirect_target(soup), f"{path}: the script and the refresh go to different places"
        assert not re.match(r"[a-z][a-z0-9+.-]*:|//", target), f"{path}: sends readers off the site: {target}"
        assert (path.parent / target / "index.html").resolve().is_file(), f"{path}: {target} is no page of this site"


def policy(soup) -> dict[str, list[str]]:
    meta = soup.find("meta", attrs={"http-equiv": lambda value: value and value.lower() == "content-security-policy"})
    assert meta is not None, "no Content-Security-Policy meta"
    directives = {}
    for part in meta["content"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def blocked_scripts(soup) -> list[str]:
    """Inline scripts the page's own CSP would block (their first 60 characters)."""
    allowed = policy(soup).get("script-src", policy(soup).get("default-src", []))
    return [script.string[:60] for script in soup.find_all("script", src=False)
            if script.get("type", "").lower() in RUN_TYPES and script.string
            and csp_hash(script.string) not in allowed]


def test_every_inline_script_is_allowed(site_dir):
    found = {str(path.relative_to(site_dir)): blocked_scripts(parse(path)) for path in pages(site_dir)}
    found = {page: scripts for page, scripts in found.items() if scripts}
    assert not found, f"inline scripts without a hash in the CSP (run `make csp`): {found}"


def test_an_unlisted_script_is_caught():
    page = BeautifulSoup("<head><meta http-equiv='Content-Security-Policy' content=\"script-src 'self'\">"
                         "</head><script>alert(1)</script><script type='application/ld+json'>{}</script>", "lxml")
    assert blocked_scripts(page) == ["alert(1)"]


def test_policy_allows_only_this_site(site_dir):
    for path in pages(site_dir):
        directives = policy(parse(path))
        page = path.relative_to(site_dir)
        for name in NO_FALLBACK:
            assert name in directives, f"{page}: no {name} (it does not fall back to default-src)"
        for name, wanted in REQUIRED.items():
            effective = directives.get(name, directives.get("default-src", []))
            extra = set(effective) - set(wanted) - {"'none'"}
            assert effective and not extra, f"{page}: {name} allows {sorted(extra) or 'everything'}"
        for name in ("script-src", "style-src"):
            loose = [source for source in directives.get(name, directives["default-src"])
                     if source not in ("'self'", "'none'") and not source.startswith("'sha256-")]
            assert not loose, f"{page}: {name} allows {loose}"


def test_no_inline_styles_the_policy_would_drop(site_dir):
    """A style attribute cannot be allowed by a hash here; a <style> must have its hash listed."""
    for path in pages(site_dir):
        soup = parse(path)
        page = path.relative_to(site_dir)
        attributes = [tag.name for tag in soup.find_all(style=True)]
        assert not attributes, f"{page}: style attributes on {attributes}"
        blocked = blocked_styles(soup)
        assert not blocked, f"{page}: <style> without its hash in style-src (run `make csp`): {blocked}"


def blocked_styles(soup) -> list[str]:
    """<style> elements the page's own CSP would ignore (their first 60 characters)."""
    directives = policy(soup)
    allowed = directives.get("style-src", directives.get("default-src", []))
    return [(style.string or "")[:60] for style in soup.find_all("style")
            if csp_hash(style.string or "") not in allowed]


def test_an_unlisted_style_is_caught():
    page = BeautifulSoup("<head><meta http-equiv='Content-Security-Policy' content=\"style-src 'self' "
                         f"{csp_hash('a{color:red}')}\"><style>a{{color:red}}</style><style>b{{}}</style>"
                         "</head>", "lxml")
    assert blocked_styles(page) == ["b{}"]


@pytest.mark.parametrize("name", ["http-equiv=Content-Security-Policy", "name=referrer"])
def test_meta_comes_before_every_script(site_dir, name):
    """A CSP in a <meta> governs only what follows it."""
    attribute, value = name.split("=")
    for path in pages(site_dir):
        soup = parse(path)
        meta = soup.find("meta", attrs={attribute: value})
        assert meta is not None, f"{path.relative_to(site_dir)}: no <meta {name}>"
        assert meta.find_previous("script") is None, f"{path.relative_to(site_dir)}: a script precedes <meta {name}>"
        assert meta.find_previous("style") is None, f"{path.relative_to(site_dir)}: a <style> precedes <meta {name}>"


def test_referrer_policy(site_dir):
    for path in pages(site_dir):
        meta = parse(path).find("meta", attrs={"name": "referrer"})
        assert meta["content"] == "strict-origin-when-cross-origin", path.relative_to(site_dir)


def test_the_policy_lists_no_script_hash_that_no_page_needs(site_dir):
    """The hash lists are exact for this build: each allowed inline script is on some page
    (a stale hash, from a theme upgrade or the redirect page, would allow a script for nothing)."""
    built = pages(site_dir)
    listed = {source for path in built for source in policy(parse(path)).get("script-src", [])
              if source.startswith("'sha256-")}
    used = {csp_hash(script.string) for path in built for script in parse(path).find_all("script", src=False)
            if script.get("type", "").lower() in RUN_TYPES and script.string}
    assert listed - used == set(), f"hashes in script-src that no page's script has (run `make csp`): {listed - used}"
