"""Live reload under the pages' Content-Security-Policy, while `mkdocs serve` runs.

MkDocs puts an inline script into every served page, which the pages' CSP blocks. While
serving, that script is replaced by live_reload.js (same origin, so the policy allows it),
which does the same polling. It is the one difference between a served page and a built
one (tests/test_serve.py). `_inject_js_into_html` is a private method of MkDocs 1.6.1's
server, which requirements.txt pins; tests/test_serve.py fails if an upgrade changes it.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))

from site_pages import site_path  # noqa: E402  (tools/ is put on the path just above)

SCRIPT = "assets/javascripts/live-reload.js"
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_serve(server, config, builder):
    """Inject our same-origin live-reload script instead of MkDocs' inline one."""
    src = site_path({"site_url": config.site_url or "/"}) + SCRIPT

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
