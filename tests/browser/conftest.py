"""Browser fixtures: the built site served under its sub-path, and Debian's Chromium.

Chromium is found from $CHROMIUM or on PATH. Outside CI a missing browser skips
these tests with the reason; with CI=true it fails them, so CI cannot pass by
testing nothing.

Fonts: Chromium runs with the fonts of a fresh Debian machine, DejaVu only
(tests/fonts/dejavu.conf), whatever else this machine has, so a layout that passes
here passes there. Tests of layout that must hold with any common sans-serif also run
with Liberation Sans (fonts-liberation, which .ci/run installs): `chromium_with_font`.
"""

import os
import shutil
import weakref
from contextlib import contextmanager
from pathlib import Path

import pytest

from browser_helpers import VIEWPORTS, full_url, goto
from site_pages import site_path
from static_server import SiteServer

BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"
# The font each layout is tested with: its fontconfig file, and the folder it needs.
FONTS = {
    "DejaVu Sans": (FONTS_DIR / "dejavu.conf", Path("/usr/share/fonts/truetype/dejavu")),
    "Liberation Sans": (FONTS_DIR / "liberation.conf", Path("/usr/share/fonts/truetype/liberation")),
}
DEFAULT_FONT = "DejaVu Sans"
# How long a page may take to do what a test waits for (Playwright's default is 30 s). The
# pages are local; an expected failure (a listed builder difference) gets far less, so it
# fails fast instead of waiting out the timeout.
TIMEOUT_MS = {"normal": 15_000, "expected failure": 2_000}
_timeout = [TIMEOUT_MS["normal"]]
PHONE = VIEWPORTS["phone"]
DESKTOP = VIEWPORTS["desktop"]


# Every context the tests opened, while it is open: a page kept for a whole module must take
# each test's timeout too, or an expected failure on it waits out the normal one.
_contexts = weakref.WeakSet()


@pytest.fixture(autouse=True)
def _timeout_for_this_test(request):
    _timeout[0] = TIMEOUT_MS["expected failure" if request.node.get_closest_marker("xfail") else "normal"]
    for context in list(_contexts):
        try:
            context.set_default_timeout(_timeout[0])
        except Exception:  # noqa: BLE001  closed since: nothing to set
            _contexts.discard(context)


class _Browser:
    """A Playwright browser whose every context times out after _timeout (see TIMEOUT_MS)."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        context.set_default_timeout(_timeout[0])
        _contexts.add(context)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


def find_chromium() -> str | None:
    given = os.environ.get("CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


@pytest.fixture(scope="session")
def site_prefix() -> str:
    """The path part of site_url, e.g. "/b12-back-pain/", as GitHub Pages serves it."""
    return site_path()


@pytest.fixture(scope="session")
def server(site_dir, site_prefix):
    with SiteServer(site_dir, site_prefix) as running:
        yield running


def skip_or_fail(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: browser tests may not be skipped)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def playwright_driver():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@contextmanager
def launched(playwright_driver, font: str):
    """Chromium with only the given font family (and DejaVu for missing glyphs) installed."""
    executable = find_chromium()
    if executable is None:
        skip_or_fail("no Chromium found: install Debian's chromium or set CHROMIUM=/path/to/chromium")
    config, folder = FONTS[font]
    if not folder.is_dir():
        skip_or_fail(f"{font} is not installed ({folder}): see README, system packages")
    browser = playwright_driver.chromium.launch(executable_path=executable, args=BROWSER_ARGS,
                                                env={**os.environ, "FONTCONFIG_FILE": str(config)})
    try:
        yield _Browser(browser)
    finally:
        browser.close()


@pytest.fixture(scope="session")
def chromium(playwright_driver):
    with launched(playwright_driver, DEFAULT_FONT) as browser:
        yield browser


@pytest.fixture(scope="session", params=list(FONTS))
def chromium_with_font(request, playwright_driver):
    """(font, browser) for each font of FONTS in turn."""
    with launched(playwright_driver, request.param) as browser:
        yield request.param, browser


@pytest.fixture(scope="module")
def kept_page(chromium):
    """kept_page(width="desktop", scheme="light") -> one Page per mode, kept for the whole test
    module: tests load the site's pages into it one after another, for checks that do not depend
    on what the browser has cached (a new context per page costs about half a second)."""
    opened = {}

    def _page(width: str = "desktop", scheme: str = "light"):
        if (width, scheme) not in opened:
            context = chromium.new_context(viewport=VIEWPORTS[width], color_scheme=scheme)
            opened[width, scheme] = context.new_page()
        return opened[width, scheme]

    yield _page
    for page in opened.values():
        page.context.close()


@contextmanager
def page_opener(browser, server):
    """open(url, width=..., scheme="light"|"dark", media="screen"|"print") -> Page, in `browser`.

    `url` is a site URL such as "/" or "/about/"; the page is loaded under the
    server's sub-path. Each call gets a fresh context (no shared cookies or storage).
    """
    contexts = []

    def _open(url: str, viewport: dict = DESKTOP, scheme: str = "light", media: str = "screen",
              **context_options):
        context = browser.new_context(viewport=viewport, color_scheme=scheme, **context_options)
        contexts.append(context)
        page = context.new_page()
        page.emulate_media(media=media, color_scheme=scheme)
        goto(page, full_url(server, url), wait_until="load")
        return page

    try:
        yield _open
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def open_page(chromium, server):
    """open_page(url, ...) -> Page, with the fresh machine's fonts (see page_opener)."""
    with page_opener(chromium, server) as _open:
        yield _open


@pytest.fixture
def open_page_with_font(chromium_with_font, server):
    """(font, open_page) for each font of FONTS: for layouts that must hold with any of them."""
    font, browser = chromium_with_font
    with page_opener(browser, server) as _open:
        yield font, _open
