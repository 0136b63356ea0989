"""Shared fixtures: one build of the site per test session, and its pages parsed.

With SITE_DIR=<folder> the tests read that built folder (what `make test` does
after `make build`, and how a Zensical build is tested); otherwise the site is
built once with MkDocs, as `make build` does, into a temporary folder.
"""

import os
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from site_build import build_site  # noqa: E402
from site_pages import page_urls  # noqa: E402  (tools/ is put on the path just above)
from builder_differences import pytest_collection_modifyitems  # noqa: E402,F401  (a pytest hook)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    given = os.environ.get("SITE_DIR")
    if given:
        folder = Path(given).resolve()
        if not (folder / "index.html").exists():
            pytest.fail(f"SITE_DIR={given} holds no built site (no index.html)")
        return folder
    folder = tmp_path_factory.mktemp("site")
    done = build_site(ROOT / "mkdocs.yml", folder)
    if done.returncode != 0:
        pytest.fail(f"the site does not build:\n{done.stdout}\n{done.stderr}")
    return folder


class Pages(dict):
    """Built pages as {url: BeautifulSoup}, parsed on first use."""

    def __init__(self, site: Path):
        super().__init__()
        self.site = site

    def __missing__(self, url: str) -> BeautifulSoup:
        path = self.site / url.lstrip("/")
        if url.endswith("/") or url == "":
            path = path / "index.html"
        if not path.exists():
            raise KeyError(f"{url}: no built file at {path}")
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        self[url] = soup
        return soup


@pytest.fixture(scope="session")
def pages(site_dir) -> Pages:
    return Pages(site_dir)


@pytest.fixture(scope="session")
def content_urls() -> list[str]:
    """URLs of the pages in the navigation, as "/" and "/name/"."""
    return page_urls()


def pytest_configure(config):
    # Browser tests import their helpers (browser_helpers) by module name.
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
