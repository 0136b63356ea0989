"""`make serve` shows what is published: `mkdocs serve` sends the very pages `mkdocs build`
writes, but for the live-reload script; rebuilds them when a file in docs/, content/ or
overrides/ changes; and prints each content problem an edit makes, naming file and line, and
serves nothing of that edit until it is fixed (hooks/serve_checks.py, hooks/live_reload.py). Run on a copy of the project."""

import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from helpers import SITE_PATH
from site_build import build_site, copy_project

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

LIVE_RELOAD = re.compile(rb'<script src="[^"]*assets/javascripts/live-reload\.js" data-epoch="(\d+)"></script>')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str) -> bytes:
    with urlopen(url, timeout=30) as answer:
        return answer.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(project copy, its `mkdocs build` output, the address `mkdocs serve` serves it at)."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    built = tmp_path_factory.mktemp("built")
    done = build_site(project / "mkdocs.yml", built)
    assert done.returncode == 0, done.stderr
    port = free_port()
    # The server's log goes to a file: a pipe nobody reads could fill up and stall the server.
    log = tmp_path_factory.mktemp("log") / "serve.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=log.open("w"))
    base = f"http://127.0.0.1:{port}{SITE_PATH}"
    for _ in range(120):
        try:
            get(base)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail(f"mkdocs serve did not answer:\n{log.read_text()[-2000:]}")
    yield project, built, base, log
    server.terminate()
    server.wait(timeout=30)


def served_page(base: str, page: str) -> tuple[bytes, int]:
    """A served page without its live-reload script, and the build number that script knows."""
    body = get(base + page.removesuffix("index.html"))
    found = LIVE_RELOAD.findall(body)
    assert len(found) == 1, f"{page}: expected one live-reload script, found {len(found)}"
    return LIVE_RELOAD.sub(b"", body), int(found[0])


def test_served_pages_are_the_built_pages(served):
    project, built, base, _ = served
    pages = sorted(str(path.relative_to(built)) for path in built.rglob("index.html"))
    assert len(pages) > 5
    differing = [page for page in pages if served_page(base, page)[0] != (built / page).read_bytes()]
    assert not differing, f"served differently from the build: {differing}"


def test_the_live_reload_script_is_served_but_never_built(served):
    _, built, base, _ = served
    assert b"/livereload/" in get(base + "assets/javascripts/live-reload.js")
    assert not (built / "assets" / "javascripts" / "live-reload.js").exists()


def wait_until(condition, base: str, epoch: int, rebuilds: int = 6) -> int:
    """Wait, rebuild by rebuild (as live-reload.js asks), until condition() holds; the last epoch.
    Each case waits for its own change to show, never for whichever rebuild comes next."""
    origin = base[: base.index(SITE_PATH)]
    for _ in range(rebuilds):
        if condition():
            return epoch
        epoch = int(get(f"{origin}/livereload/{epoch}/1"))  # answers at the next rebuild, or ~60 s
    assert condition(), f"not shown after {rebuilds} rebuilds"
    return epoch


@pytest.mark.parametrize("edit, page, text", [
    ("docs/about.md", "about/", "A sentence added while serving."),
    ("content/glossary.yml", "glossary/", "A meaning changed while serving."),
    ("overrides/partials/copyright.html", "", "A footer changed while serving."),
])
def test_an_edit_rebuilds_and_reloads(served, edit, page, text):
    project, _, base, _ = served
    _, epoch = served_page(base, page + "index.html")
    path = Path(project) / edit
    original = path.read_text(encoding="utf-8")
    if edit.endswith(".yml"):
        changed = original.replace("The way a person walks.", text, 1)
    elif edit.endswith(".md"):
        changed = original + f"\n{text}\n"
    else:
        changed = original.replace("</div>", f"<p>{text}</p></div>", 1)
    assert changed != original, f"{edit}: nothing to change"
    path.write_text(changed, encoding="utf-8")
    try:
        wait_until(lambda: text.encode() in get(base + page), base, epoch)
    finally:
        # Put back, without waiting for that rebuild: each case waits for its own change only.
        path.write_text(original, encoding="utf-8")


def test_a_problem_made_while_serving_is_printed_and_never_served(served):
    """MkDocs holds every request while the last rebuild failed, and answers once it is fixed."""
    project, _, base, log = served
    path = Path(project) / "docs" / "about.md"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n<script>alert(1)</script>\n", encoding="utf-8")
    try:
        # A refused rebuild publishes no build, so there is no reload to wait for: read the log.
        for _ in range(60):
            if "<script> is not allowed" in log.read_text():
                break
            time.sleep(0.5)
        assert "docs/about.md:" in log.read_text() and "<script> is not allowed" in log.read_text(), \
            f"no problem printed:\n{log.read_text()[-1500:]}"
    finally:
        path.write_text(original, encoding="utf-8")
    assert b"alert(1)" not in get(base + "about/"), "the refused edit was served"


def test_a_redirect_key_that_climbs_out_writes_nothing_while_serving(served):
    """The redirects plugin writes one page per key after the pages are built; strict mode alone
    would stop the rebuild only after that. The checks stop it first (hooks/serve_checks.py)."""
    project, _, _, log = served
    config = Path(project) / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    name = f"escaped-{time.monotonic_ns()}"
    # `mkdocs serve` builds into a new folder in the temp folder: one level up is outside it.
    escaped = Path(tempfile.gettempdir()) / name
    key = "        when-to-seek-help.md: when-to-get-help.md\n"
    assert key in original, "mkdocs.yml: the redirect to copy is gone"
    start = len(log.read_text())
    config.write_text(original.replace(key, key + f"        ../{name}.md: about.md\n"), encoding="utf-8")
    try:
        # MkDocs logs this line when a rebuild has ended in an error, whatever stopped it.
        for _ in range(120):
            if "An error happened during the rebuild" in log.read_text()[start:]:
                break
            time.sleep(0.5)
        written = log.read_text()[start:]
        assert f"redirect ../{name}.md -> about.md: the old page must be a page path" in written, \
            f"no problem printed:\n{written[-1500:]}"
        assert "An error happened during the rebuild" in written, f"the rebuild did not stop:\n{written[-1500:]}"
        assert not escaped.exists(), f"a redirect page was written outside the site: {escaped}"
    finally:
        config.write_text(original, encoding="utf-8")
        shutil.rmtree(escaped, ignore_errors=True)
