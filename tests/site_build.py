"""Build the site with MkDocs exactly as CI does (strict), for fixtures and build tests.

Kept out of conftest.py: tests/browser/conftest.py shares the module name
"conftest", so `from conftest import ...` could find the wrong file.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a build reads: the configuration, the pages and what they include, the templates, and
# the hooks (which import tools/).
PROJECT_PARTS = ("docs", "content", "overrides", "hooks", "tools")


def copy_project(into: Path) -> Path:
    """A copy of what the builders read, to change and build without touching the project."""
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, into / name, ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", into / "mkdocs.yml")
    return into


def build_site(docs_config: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Build with MkDocs in strict mode, with `env` added to the environment (TODAY, say);
    return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(docs_config),
         "--site-dir", str(site_dir)],
        capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
