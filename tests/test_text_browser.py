"""In a text browser (Debian's w3m, which reads no CSS and runs no script) the "due for review"
notice shows on a page that is overdue, and on no page that is not: the build decides
(overrides/partials/review-due.html). A copy of the site is built on a day when one page is
overdue (tests/overdue_build.py)."""

import os
import shutil
import subprocess
from datetime import date

import pytest

from helpers import all_front_matter
from overdue_build import OVERDUE_URL, build_with_overdue_page

NOTICE = "This page is due for review."


@pytest.fixture(scope="module")
def overdue_site(tmp_path_factory):
    return build_with_overdue_page(tmp_path_factory.mktemp("overdue"))


def w3m_text(site, url: str) -> str:
    """The page as w3m shows it, as plain text."""
    w3m = shutil.which("w3m")
    if w3m is None:
        reason = "w3m is not installed: see README, system packages"
        pytest.fail(reason) if os.environ.get("CI", "").lower() == "true" else pytest.skip(reason)
    page = site / url.strip("/") / "index.html" if url != "/" else site / "index.html"
    done = subprocess.run([w3m, "-dump", "-T", "text/html", "-cols", "100", str(page)],
                          capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_an_overdue_page_shows_the_notice_at_the_top_and_in_its_review_box(overdue_site):
    site, _ = overdue_site
    text = w3m_text(site, OVERDUE_URL)
    assert text.count(NOTICE) == 2, f"{OVERDUE_URL}: the notice shows {text.count(NOTICE)} times, not twice"
    assert text.index(NOTICE) < text.index("About this page"), "the first notice is not at the top of the page"


def test_a_page_not_yet_due_shows_no_notice(overdue_site):
    site, today = overdue_site
    current = [url for url, meta in all_front_matter().items()
               if url != OVERDUE_URL and meta.get("next_review") and date.fromisoformat(str(meta["next_review"])) > today]
    assert current, "no page is current on the day of the copy's build"
    shown = [url for url in current if NOTICE in w3m_text(site, url)]
    assert not shown, f"pages not yet due show the notice: {shown}"
