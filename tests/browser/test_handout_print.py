"""The handout prints on exactly one sheet, A4 and US Letter, with room to spare, in the
fonts of a fresh machine (DejaVu Sans) and in Liberation Sans; its QR code, read from the
printed page, opens the site; the print button prints and is not printed itself."""

import io
import subprocess

import pytest
from pypdf import PdfReader

from qr_decode import decode_pdf
from site_address import site_url

HANDOUT = "/handout/"
# A reader's browser may print a little larger than ours (other fonts, other margins):
# the handout must leave this much of the sheet empty below its last line.
SPARE_CM = 2.0
BOTTOM_MARGIN_CM = 1.5  # @page margin in print.css
DPI = 50


def empty_below_cm(pdf: bytes) -> float:
    """How far the lowest ink of the first sheet lies above the bottom margin, in cm."""
    done = subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", "-"],
                          input=pdf, capture_output=True, check=True)
    magic, size, _, pixels = done.stdout.split(b"\n", 3)  # a binary PGM: P5, "w h", 255, rows
    assert magic == b"P5", "pdftoppm did not write a PGM image"
    width, height = map(int, size.split())
    rows = [pixels[row * width:(row + 1) * width] for row in range(height)]
    last_ink = max(row for row, line in enumerate(rows) if min(line) < 160)
    return (height - 1 - last_ink) / DPI * 2.54 - BOTTOM_MARGIN_CM


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_handout_fits_one_sheet_with_room_to_spare(open_page_with_font, paper):
    font, open_page = open_page_with_font
    pdf = open_page(HANDOUT, media="print").pdf(format=paper, print_background=True)
    sheets = len(PdfReader(io.BytesIO(pdf)).pages)
    assert sheets == 1, f"the handout prints on {sheets} {paper} sheets in {font}, not one"
    spare = empty_below_cm(pdf)
    assert spare >= SPARE_CM, f"{paper}, {font}: only {spare:.1f} cm left empty at the foot, not {SPARE_CM} cm"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_printed_qr_code_opens_the_site(open_page, tmp_path, paper):
    page = open_page(HANDOUT, media="print")
    pdf = tmp_path / f"handout-{paper}.pdf"
    page.pdf(path=str(pdf), format=paper, print_background=True)
    assert decode_pdf(pdf) == [site_url()], "exactly one QR code, the site's, on the printed handout"


def test_print_button_prints(open_page):
    page = open_page(HANDOUT)
    # Count calls instead of opening the real dialog, which would block the test.
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    button = page.get_by_role("button", name="Print this handout")
    assert button.is_visible(), "site.js should show the button"
    button.click()
    assert page.evaluate("window.__printed") == 1


def test_print_button_is_not_printed(open_page):
    page = open_page(HANDOUT, media="print")
    assert not page.get_by_role("button", name="Print this handout").is_visible()
