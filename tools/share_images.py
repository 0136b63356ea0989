"""Render the site's share image and home-screen icon from their SVG sources.

    docs/assets/images/share.svg    -> share.png (1200 x 630), the picture shown when
                                       a page is shared (overrides/partials/social-meta.html)
    docs/assets/images/favicon.svg  -> apple-touch-icon.png (180 x 180)

Apps that show link previews, and iPhones, want PNG, not SVG. Rendered once with the
system Chromium through Playwright and committed, so builds need no browser and no
network. Run after editing either SVG:  python tools/share_images.py
"""

import sys
from pathlib import Path

from site_pages import ROOT

IMAGES = ROOT / "docs" / "assets" / "images"
# (source, output, width, height). Drawn on the brand blue, so the favicon's rounded
# corners come out filled: iOS would fill transparent corners with black, and it
# rounds the icon's corners itself.
RENDERS = [
    (IMAGES / "share.svg", IMAGES / "share.png", 1200, 630),
    (IMAGES / "favicon.svg", IMAGES / "apple-touch-icon.png", 180, 180),
]
BACKGROUND = "#0b5394"
CHROMIUM = "/usr/bin/chromium"


def render(page, source: Path, output: Path, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.set_content(
        f"<!doctype html><style>body{{margin:0;background:{BACKGROUND}}}"
        f"svg{{display:block;width:{width}px;height:{height}px}}</style>{source.read_text()}")
    page.screenshot(path=str(output), clip={"x": 0, "y": 0, "width": width, "height": height})
    print(f"{output.relative_to(ROOT)}: {width} x {height}")


def main() -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(device_scale_factor=1)
        for source, output, width, height in RENDERS:
            render(page, source, output, width, height)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
