"""Browser fixtures: the built site served under its sub-path, and Debian's Chromium.

Chromium is found from $CHROMIUM or on PATH. Outside CI a missing browser skips
these tests with the reason; with CI=true it fails them, so CI cannot pass by
testing nothing.
"""

import os
import shutil
from pathlib import Path

import pytest

from browser_helpers import VIEWPORTS, full_url, goto
from site_pages import site_path
from static_server import SiteServer

BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = VIEWPORTS["phone"]
DESKTOP = VIEWPORTS["desktop"]


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


@pytest.fixture(scope="session")
def chromium():
    executable = find_chromium()
    if executable is None:
        reason = "no Chromium found: install Debian's chromium or set CHROMIUM=/path/to/chromium"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: browser tests may not be skipped)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, server):
    """open_page(url, width=..., scheme="light"|"dark", media="screen"|"print") -> Page.

    `url` is a site URL such as "/" or "/about/"; the page is loaded under the
    server's sub-path. Each call gets a fresh context (no shared cookies or storage).
    """
    contexts = []

    def _open(url: str, viewport: dict = DESKTOP, scheme: str = "light", media: str = "screen",
              **context_options):
        context = chromium.new_context(viewport=viewport, color_scheme=scheme, **context_options)
        contexts.append(context)
        page = context.new_page()
        page.emulate_media(media=media, color_scheme=scheme)
        goto(page, full_url(server, url), wait_until="load")
        return page

    yield _open
    for context in contexts:
        context.close()
