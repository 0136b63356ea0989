"""`mkdocs serve` as an editor's preview of exactly what is published.

While serving, MkDocs sets site_url to the local address, which would change every page's
canonical address, share tags and printed address: the configured site_url is put back.
On every rebuild while serving, first remake the generated files (`make generate`) and run
the content checks (`make check`), so an edit to content/*.yml or a stylesheet shows at
once, and every problem is printed in the terminal as a warning naming the file and line
(`--strict` then stops that rebuild; the page shows the last good build).

Live reload: MkDocs puts an inline script into every served page, which the pages'
Content-Security-Policy blocks. While serving, that script is replaced by
live_reload.js (same origin, so the policy allows it), which does the same polling. It
is the one difference between a served page and a built one (tests/test_serve.py).
"""

import sys
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))

import check_content  # noqa: E402  (tools/ is put on the path just above)
import generate  # noqa: E402
from site_pages import config as read_config  # noqa: E402

log = get_plugin_logger(__name__)
SCRIPT = "assets/javascripts/live-reload.js"
_serving = False


def on_startup(command, dirty):
    """Remember whether this run serves the site: the rest only applies to `serve`."""
    global _serving
    _serving = command == "serve"


def on_config(config):
    """While serving: the published site_url, not the local address MkDocs puts there."""
    if _serving:
        config.site_url = read_config(Path(config.config_file_path))["site_url"]
    return config


def on_pre_build(config):
    """While serving: remake the generated files, then report every content problem."""
    if not _serving:
        return
    generate.write_all()
    found, _ = check_content.problems(ROOT)
    for problem in found:
        # A problem stops the rebuild (--strict counts warnings); a checker's warning only informs.
        (log.info if problem.warning else log.warning)(str(problem))


def on_serve(server, config, builder):
    """Inject our same-origin live-reload script instead of MkDocs' inline one."""
    src = _site_path(config) + SCRIPT

    def inject(content: bytes, epoch: int) -> bytes:
        tag = f'<script src="{src}" data-epoch="{epoch}"></script>'.encode()
        end = content.rfind(b"</body>")
        return content + tag if end < 0 else content[:end] + tag + content[end:]

    server._inject_js_into_html = inject
    return server


def on_post_build(config):
    """While serving: put the live-reload script into the served site (never into a build)."""
    if _serving:
        target = Path(config.site_dir) / SCRIPT
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((HERE / "live_reload.js").read_text(encoding="utf-8"), encoding="utf-8")


def _site_path(config) -> str:
    from urllib.parse import urlsplit
    path = urlsplit(config.site_url or "/").path
    return path if path.endswith("/") else path + "/"
