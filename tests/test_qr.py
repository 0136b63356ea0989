"""QR codes: the committed codes match site_url, each decodes to its address, and the
check notices when site_url changes (run `make generate` after changing it)."""

import subprocess
import sys

import pytest

import site_address
from site_pages import ROOT
from qr_decode import decode, svg_to_pbm
from site_pages import nav_files, url_for


def test_committed_codes_match_site_url():
    done = subprocess.run([sys.executable, "tools/site_address.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, f"tools/site_address.py --check:\n{done.stdout}{done.stderr}"


def test_a_new_site_url_fails_the_check(monkeypatch):
    real = site_address.config()
    before = {path: path.read_text() for path in site_address.files()}
    moved = {**real, "site_url": "https://example.org/moved-site/"}
    monkeypatch.setattr(site_address, "config", lambda: moved)
    assert site_address.main(["--check"]) == 1
    monkeypatch.undo()
    assert {path: path.read_text() for path in before} == before, "--check must not write files"


def decoded(svg_file, tmp_path) -> list[str]:
    image = tmp_path / (svg_file.stem + ".pbm")
    image.write_bytes(svg_to_pbm(svg_file.read_text()))
    return decode(image)


def test_handout_code_opens_the_site(tmp_path):
    assert decoded(site_address.SITE_CODE, tmp_path) == [site_address.site_url()]


@pytest.mark.parametrize("md_file", nav_files())
def test_page_code_opens_that_page(tmp_path, md_file):
    url = url_for(md_file)
    svg_file = site_address.PAGE_CODES / f"{site_address.page_name(url)}.svg"
    assert decoded(svg_file, tmp_path) == [site_address.site_url() + url.lstrip("/")]


def test_decoding_can_fail(tmp_path):
    """A blank image holds no code: the decoder must not report one."""
    blank = tmp_path / "blank.pbm"
    blank.write_bytes(b"P1\n64 64\n" + b"0 " * 64 * 64 + b"\n")
    assert decode(blank) == []
