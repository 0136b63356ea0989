"""How a shared link looks: Open Graph and Twitter card tags on every page, each once,
matching the page (title, description, canonical address) and pointing at a share
image and home-screen icon that exist at the size the tags claim."""

import struct

import pytest

from helpers import CONFIG, SITE_URL, all_front_matter, resolve, site_path
from site_pages import page_urls

FRONT = all_front_matter()
SHARE_IMAGE = SITE_URL + "assets/images/share.png"


def png_size(path) -> tuple[int, int]:
    """Width and height from a PNG's header (the IHDR chunk right after the signature)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def tags(soup) -> dict[str, list[str]]:
    """{property or name: [content, ...]} of the page's <meta> tags."""
    found = {}
    for meta in soup.head.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            found.setdefault(key, []).append(meta.get("content", ""))
    return found


def one(found: dict, key: str, url: str) -> str:
    values = found.get(key, [])
    assert len(values) == 1, f"{url}: {key} appears {len(values)} times"
    return values[0]


@pytest.mark.parametrize("url", page_urls())
def test_open_graph_matches_the_page(pages, url):
    soup, found = pages[url], tags(pages[url])
    assert one(found, "og:title", url) == FRONT[url]["title"]
    assert one(found, "og:description", url) == FRONT[url]["description"]
    assert one(found, "og:url", url) == soup.find("link", rel="canonical")["href"]
    assert one(found, "og:type", url) == ("website" if url == "/" else "article")
    assert one(found, "og:site_name", url) == CONFIG["site_name"]
    assert one(found, "og:locale", url) == "en_US"
    assert one(found, "twitter:card", url) == "summary_large_image"


@pytest.mark.parametrize("url", page_urls())
def test_share_image_is_absolute_and_real(pages, site_dir, url):
    found = tags(pages[url])
    image = one(found, "og:image", url)
    assert image == SHARE_IMAGE, f"{url}: og:image must be the absolute {SHARE_IMAGE}"
    size = png_size(site_dir / site_path(image))
    assert size == (int(one(found, "og:image:width", url)), int(one(found, "og:image:height", url)))
    assert size == (1200, 630), "the size link previews expect"
    assert one(found, "og:image:alt", url).strip()


@pytest.mark.parametrize("url", page_urls())
def test_home_screen_icon_and_theme_colours(pages, site_dir, url):
    soup = pages[url]
    icons = soup.head.find_all("link", rel="apple-touch-icon")
    assert len(icons) == 1, f"{url}: {len(icons)} apple-touch-icon links"
    assert png_size(site_dir / site_path(resolve(url, icons[0]["href"]))) == (180, 180)
    colours = {meta.get("media"): meta["content"] for meta in soup.head.find_all("meta", attrs={"name": "theme-color"})}
    assert set(colours) == {"(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"}, url
