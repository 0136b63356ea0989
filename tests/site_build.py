"""Build the site with MkDocs exactly as CI does (strict), for fixtures and build tests.

Kept out of conftest.py: tests/browser/conftest.py shares the module name
"conftest", so `from conftest import ...` could find the wrong file.
"""

import os
import subprocess
import sys
from pathlib import Path


def build_site(docs_config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build with MkDocs in strict mode; return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(docs_config),
         "--site-dir", str(site_dir)],
        capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
