"""The first paint waits until the whole page has been read.

Each page's <head> has `<link rel="expect" href="#id" blocking="render">`
(overrides/main.html): the browser draws nothing until the element with that id has
been parsed. That element must come after everything a reader sees, or the first
paint would show part of the page. Browsers without rel=expect ignore it. The browser
test tests/browser/test_page_load.py checks the effect on a page sent in two parts.
"""

import pytest
from bs4 import BeautifulSoup

from helpers import html_files, redirect_target

@pytest.fixture(scope="module")
def shown_pages(site_dir):
    """Every built page but the redirects from old addresses, which show nothing."""
    parsed = {path.relative_to(site_dir).as_posix(): BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
              for path in html_files(site_dir)}
    shown = {name: soup for name, soup in parsed.items() if not redirect_target(soup)}
    assert "index.html" in shown and "404.html" in shown
    return shown


def test_every_page_asks_the_first_paint_to_wait(shown_pages):
    for name, soup in shown_pages.items():
        links = soup.select('link[rel~="expect"]')
        assert len(links) == 1, f"{name}: {len(links)} <link rel=expect>, want 1"
        link = links[0]
        assert link.find_parent("head"), f"{name}: <link rel=expect> must be in <head>"
        assert link.get("blocking") == "render", f"{name}: <link rel=expect> lacks blocking=render"
        assert link.get("href", "").startswith("#"), f"{name}: <link rel=expect> href must be #id"


def test_the_awaited_element_comes_after_everything_a_reader_sees(shown_pages):
    for name, soup in shown_pages.items():
        link = soup.select_one('link[rel~="expect"]')
        assert link is not None, f"{name}: no <link rel=expect>"
        target_id = link.get("href", "")[1:]
        targets = soup.find_all(id=target_id)
        assert len(targets) == 1, f"{name}: {len(targets)} elements with id={target_id!r}, want 1"
        target = targets[0]
        inside = set(map(id, target.find_all(True)))
        after = [tag.name for tag in target.find_all_next(True) if id(tag) not in inside]
        assert all(tag == "script" for tag in after), (
            f"{name}: #{target_id} is followed by {after}: the first paint would not wait for them")
