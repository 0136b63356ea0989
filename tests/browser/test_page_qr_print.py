"""Each printed page carries a QR code of its own address, so a reader can get back
from paper to the live page; on screen the code is not shown."""

import pytest

from helpers import public_url
from qr_decode import decode_pdf

PAGES = ["/about/", "/when-to-get-help/"]


@pytest.mark.parametrize("url", PAGES)
def test_printed_page_code_opens_that_page(open_page, tmp_path, url):
    page = open_page(url, media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert decode_pdf(pdf) == [public_url(url)]


@pytest.mark.parametrize("url", PAGES)
def test_page_code_is_not_on_screen(open_page, url):
    page = open_page(url)
    code = page.locator(".page-review svg.qr-code")
    assert code.count() == 1, "the page's QR code should be in its HTML, ready for print"
    assert not code.is_visible()
