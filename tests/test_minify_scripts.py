"""Our scripts reach readers minified (tools/minify_scripts.py); the sources keep their comments.
That the minified scripts still work is what the browser tests show: they run the built copies."""

from pathlib import Path

from minify_scripts import SOURCES
from minify_scripts import main as minify_scripts

SCRIPTS = sorted(SOURCES.rglob("*.js"))


def test_built_scripts_are_minified(site_dir):
    assert SCRIPTS, "no scripts in docs/"
    for source in SCRIPTS:
        built = (site_dir / source.relative_to(SOURCES)).read_text(encoding="utf-8")
        text = source.read_text(encoding="utf-8")
        comments = [line.strip() for line in text.splitlines() if line.strip().startswith("//")]
        assert comments, f"{source.name}: has no comment to check; pick another way to tell"
        left = [comment for comment in comments if comment in built]
        assert not left, f"{source.name}: comments left in the built copy: {left[:3]}"
        assert len(built) < len(text), f"{source.name}: not smaller ({len(built)} of {len(text)} bytes)"


def test_a_script_missing_from_the_site_is_named(tmp_path: Path, capsys):
    assert minify_scripts([str(tmp_path)]) == 1
    assert SCRIPTS[0].name in capsys.readouterr().err
