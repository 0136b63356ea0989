"""`make serve` shows what is published: `mkdocs serve` sends the very pages `mkdocs build`
writes, but for the live-reload script, and rebuilds them when a file in docs/, content/
or overrides/ changes (hooks/serve.py). Run on a copy of the project."""

import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from helpers import SITE_PATH
from site_build import build_site, copy_project

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
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}{SITE_PATH}"
    for _ in range(120):
        try:
            get(base)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail(f"mkdocs serve did not answer:\n{server.stderr.read().decode()[-2000:]}")
    yield project, built, base
    server.terminate()
    server.wait(timeout=30)


def served_page(base: str, page: str) -> tuple[bytes, int]:
    """A served page without its live-reload script, and the build number that script knows."""
    body = get(base + page.removesuffix("index.html"))
    found = LIVE_RELOAD.findall(body)
    assert len(found) == 1, f"{page}: expected one live-reload script, found {len(found)}"
    return LIVE_RELOAD.sub(b"", body), int(found[0])


def test_served_pages_are_the_built_pages(served):
    project, built, base = served
    pages = sorted(str(path.relative_to(built)) for path in built.rglob("index.html"))
    assert len(pages) > 5
    differing = [page for page in pages if served_page(base, page)[0] != (built / page).read_bytes()]
    assert not differing, f"served differently from the build: {differing}"


def test_the_live_reload_script_is_served_but_never_built(served):
    _, built, base = served
    assert b"/livereload/" in get(base + "assets/javascripts/live-reload.js")
    assert not (built / "assets" / "javascripts" / "live-reload.js").exists()


def wait_for_rebuild(base: str, epoch: int) -> int:
    """Ask the server, as live-reload.js does, for a build newer than `epoch`."""
    origin = base[: base.index(SITE_PATH)]
    for _ in range(12):
        newer = int(get(f"{origin}/livereload/{epoch}/1"))
        if newer > epoch:
            return newer
    raise AssertionError("no rebuild within 12 polls")


@pytest.mark.parametrize("edit, page, text", [
    ("docs/about.md", "about/", "A sentence added while serving."),
    ("content/glossary.yml", "glossary/", "A meaning changed while serving."),
    ("overrides/partials/copyright.html", "", "A footer changed while serving."),
])
def test_an_edit_rebuilds_and_reloads(served, edit, page, text):
    project, _, base = served
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
        wait_for_rebuild(base, epoch)
        assert text.encode() in get(base + page), f"{page}: the edit of {edit} is not shown"
    finally:
        path.write_text(original, encoding="utf-8")
