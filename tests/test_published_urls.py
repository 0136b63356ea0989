"""Links that never break: every address in tests/published_urls.txt still resolves in
the built site, either to a page or to a redirect stub that leads to one (written by the
`redirects` plugin from redirect_maps in mkdocs.yml)."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from content_rules.redirects import redirect_maps
from helpers import CONFIG, public_url, redirect_target, resolve
from site_pages import page_urls, url_for

LIST = Path(__file__).with_name("published_urls.txt")


def published() -> list[str]:
    lines = (line.strip() for line in LIST.read_text().splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def built_file(site_dir: Path, url: str) -> Path:
    return site_dir / url.lstrip("/") / "index.html"


def test_every_page_in_the_navigation_is_listed():
    missing = sorted(set(page_urls()) - set(published()))
    assert not missing, f"add these published pages to {LIST.name}: {missing}"


@pytest.mark.parametrize("url", published())
def test_published_url_still_resolves(site_dir, url):
    page = built_file(site_dir, url)
    assert page.exists(), f"{url} no longer exists: restore it or leave a redirect stub there"
    target = redirect_target(BeautifulSoup(page.read_text(encoding="utf-8"), "lxml"))
    if target is not None:
        landed = (page.parent / target).resolve() / "index.html"
        assert landed.exists() and redirect_target(BeautifulSoup(landed.read_text(), "lxml")) is None, \
            f"{url} redirects to {target}, which is not a page"


REDIRECTS = [url for url in published() if url not in page_urls()]
MOVED = {url_for(old): url_for(new) for old, new in redirect_maps(CONFIG).items()}


@pytest.mark.parametrize("url", REDIRECTS)
def test_redirect_stub_is_complete(site_dir, url):
    assert url in MOVED, f"{url} is not a page in the navigation, so mkdocs.yml must redirect it (redirect_maps)"
    soup = BeautifulSoup(built_file(site_dir, url).read_text(encoding="utf-8"), "lxml")
    target = redirect_target(soup)
    assert target is not None, f"{url}: no redirect stub was built"
    assert resolve(url, target) == public_url(MOVED[url]), f"{url} must lead to {MOVED[url]}, not {target}"
    assert soup.html.get("lang") == "en" and soup.title and soup.title.string.strip()
    canonical = soup.find("link", rel="canonical")
    assert canonical and resolve(url, canonical["href"]) == public_url(MOVED[url]), \
        f"{url}: the canonical address must be the new page {MOVED[url]}"
    assert soup.find("a", href=target), f"{url}: no visible link to {target} for when the refresh does not work"
    assert soup.find("script", src=True) is None, f"{url}: a stub loads no script file"
