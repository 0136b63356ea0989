"""Build (or serve) the site with Zensical into its own folder, from mkdocs.yml.

    python tools/zensical_build.py SITE_DIR                      strict build
    python tools/zensical_build.py --serve 127.0.0.1:8000 SITE_DIR  build, serve, rebuild on change

Zensical 0.0.73 has no --site-dir option: it takes the output folder only from
`site_dir` in the configuration, and left alone it writes into site/, the MkDocs
build. So this writes a temporary copy of mkdocs.yml next to it (Zensical takes
the project root from the configuration file's folder) with `site_dir` set,
runs Zensical on that copy, and removes it afterwards. The copy is plain text
with one line changed or added, so the !ENV tags and comments of mkdocs.yml stay.
Zensical only writes inside the project root, so SITE_DIR must be in it.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZENSICAL = Path(sys.executable).parent / "zensical"
SITE_DIR_LINE = re.compile(r"^site_dir:.*$", re.MULTILINE)


def config_text(mkdocs_yml: str, site_dir: Path) -> str:
    """mkdocs.yml with `site_dir` set to site_dir (JSON quoting is valid YAML)."""
    line = f"site_dir: {json.dumps(str(site_dir))}  # set by tools/zensical_build.py"
    if SITE_DIR_LINE.search(mkdocs_yml):
        return SITE_DIR_LINE.sub(lambda _: line, mkdocs_yml, count=1)
    return mkdocs_yml.rstrip("\n") + "\n\n" + line + "\n"


def output_folder(site_dir: str, project: Path) -> Path:
    folder = Path(site_dir).resolve()
    if not folder.is_relative_to(project) or folder in (project, project / "docs"):
        raise SystemExit(f"{site_dir}: the Zensical output folder must be a folder of its own "
                         f"inside {project} (Zensical writes nowhere else)")
    return folder


def zensical_command(config: Path, serve: str | None) -> list[str]:
    if serve:
        return [str(ZENSICAL), "serve", "--config-file", str(config), "--dev-addr", serve]
    return [str(ZENSICAL), "build", "--strict", "--config-file", str(config)]


def run(site_dir: str, config_file: Path = ROOT / "mkdocs.yml", serve: str | None = None) -> int:
    config_file = config_file.resolve()
    project = config_file.parent
    folder = output_folder(site_dir, project)
    # A hidden name per process, so two builds at once do not share one file.
    temporary = project / f".zensical-{os.getpid()}.yml"
    # `kill` (SIGTERM) as well as Ctrl-C must remove the temporary file: SystemExit runs `finally`,
    # and subprocess.run kills Zensical on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    temporary.write_text(config_text(config_file.read_text(encoding="utf-8"), folder), encoding="utf-8")
    try:
        return subprocess.run(zensical_command(temporary, serve), cwd=project).returncode
    except KeyboardInterrupt:  # Ctrl-C ends `serve`: not an error
        return 0
    finally:
        temporary.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", help="output folder, inside the project (e.g. site-zensical)")
    parser.add_argument("--config-file", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--serve", metavar="IP:PORT", help="serve at this address instead of building once")
    args = parser.parse_args(argv)
    return run(args.site_dir, args.config_file, args.serve)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
