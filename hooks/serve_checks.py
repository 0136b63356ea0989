"""`mkdocs serve` as an editor's preview of exactly what is published: the same pages, checked.

While serving, MkDocs sets site_url to the local address, which would change every page's
canonical address, share tags and printed address: the configured site_url is put back.
On every rebuild while serving, first remake the generated files (`make generate`) and run
the content checks (`make check`), so an edit to content/*.yml or a stylesheet shows at
once, and every problem is printed in the terminal as a warning naming the file and line.
A problem then stops that rebuild at once, before anything is written (MkDocs' strict mode
would stop it only after the plugins had run, and the redirects plugin writes a page for
each redirect key: a key that climbs out of the site would already be written). MkDocs
holds the page until the problem is fixed, then reloads it. tests/test_serve.py checks this.

On every build, served or not: a redirect key that is not a plain page path stops the build
before the redirects plugin writes anything, so even a bare `mkdocs build` (which runs no
other check) cannot write a page outside the site (tests/test_build.py).
"""

import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import get_plugin_logger

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import check_content  # noqa: E402  (tools/ is put on the path just above)
import generate  # noqa: E402
from content_rules.redirects import PAGE_PATH  # noqa: E402
from site_pages import config as read_config  # noqa: E402

log = get_plugin_logger(__name__)
_serving = False


def on_startup(command, dirty):
    """Remember whether this run serves the site: most of this hook applies only then."""
    global _serving
    _serving = command == "serve"


def on_config(config):
    """Building: refuse a redirect key the plugin would write outside the site (while serving,
    on_pre_build's full checks refuse it first, in the checker's words). Serving: put back the
    published site_url in place of the local address MkDocs puts there."""
    redirects = config.plugins.get("redirects")
    keys = (redirects.config.get("redirect_maps") or {}) if redirects else {}
    climbing = [str(key) for key in keys if not (isinstance(key, str) and PAGE_PATH.fullmatch(key))]
    if climbing and not _serving:
        raise Abort(f"mkdocs.yml: redirect key(s) {', '.join(climbing)} are not page paths like"
                    " when-to-get-help.md; nothing was built (make check says more)")
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
        # A checker's warning only informs; a problem stops the rebuild below.
        (log.info if problem.warning else log.warning)(str(problem))
    errors = [problem for problem in found if not problem.warning]
    if errors:
        raise Abort(f"{len(errors)} content problem(s) above: nothing was built; fix them and save again")
