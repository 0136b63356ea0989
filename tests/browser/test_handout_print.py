"""The handout prints on exactly one sheet, A4 and US Letter; its QR code, read from
the printed page, opens the site; the print button prints and is not printed itself."""

import pytest
from pypdf import PdfReader

from qr_decode import decode_pdf
from site_address import site_url

HANDOUT = "/handout/"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_handout_fits_one_sheet(open_page, tmp_path, paper):
    page = open_page(HANDOUT, media="print")
    pdf = tmp_path / f"handout-{paper}.pdf"
    page.pdf(path=str(pdf), format=paper, print_background=True)
    sheets = len(PdfReader(pdf).pages)
    assert sheets == 1, f"the handout prints on {sheets} {paper} sheets, not one"


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
