"""Every page renders and its scripts start in Firefox too (Debian's firefox-esr, driven over
Mozilla's Marionette protocol): no engine-specific trick decides how a page loads.

Firefox is found from $FIREFOX or on PATH (firefox-esr, firefox). Outside CI a missing
Firefox skips these tests with the reason; with CI=true it fails them.
"""

import os
import shutil
import time

import pytest
from browser_helpers import ALL_URLS, full_url

# What a reader must see, read in the page: the header drawn in the site's blue (so the
# stylesheet applied), the page's heading shown, and the theme's script started (it swaps
# the "no-js" class of <html> for "js") after ours marked the scripts ready.
STATE_JS = """return {
  ready: document.documentElement.hasAttribute("data-scripts-ready"),
  started: document.documentElement.classList.contains("js"),
  header: getComputedStyle(document.querySelector(".md-header")).backgroundColor,
  heading: (document.querySelector("h1") || {}).offsetHeight || 0,
};"""
HEADER_BLUE = "rgb(31, 78, 140)"  # --md-primary-fg-color, docs/assets/stylesheets/site.css


def find_firefox() -> str | None:
    given = os.environ.get("FIREFOX")
    if given:
        return given if os.path.exists(given) else None
    return next((found for name in ("firefox-esr", "firefox") if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def firefox():
    binary = find_firefox()
    if binary is None:
        reason = "no Firefox found: install Debian's firefox-esr or set FIREFOX=/path/to/firefox"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: browser tests may not be skipped)")
        pytest.skip(reason)
    from marionette_driver.marionette import Marionette

    client = Marionette(host="127.0.0.1", port=0, bin=binary, headless=True, startup_timeout=120)
    client.start_session()
    yield client
    client.delete_session()
    client.cleanup()


def state_after_load(firefox, address: str, timeout: float = 15) -> dict:
    firefox.navigate(address)
    deadline = time.monotonic() + timeout
    while True:
        state = firefox.execute_script(STATE_JS)
        if (state["ready"] and state["started"]) or time.monotonic() > deadline:
            return state
        time.sleep(0.1)


@pytest.mark.parametrize("url", ALL_URLS)
def test_page_renders_and_its_scripts_start(firefox, server, url):
    state = state_after_load(firefox, full_url(server, url))
    assert state["header"] == HEADER_BLUE, f"{url}: header not styled in Firefox: {state}"
    assert state["heading"] > 0, f"{url}: no heading shown in Firefox: {state}"
    assert state["ready"] and state["started"], f"{url}: the scripts did not start in Firefox: {state}"
