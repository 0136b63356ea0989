"""Pages on paper: the article, its tables and sources, the review box, the page's
address and the disclaimer print; the screen chrome does not; no sheet comes out blank.

Each page is printed the way a reader's browser prints it: print media is emulated
BEFORE the page loads (Playwright's emulation fires no `beforeprint`), Chromium makes
an A4 and a US Letter PDF, and poppler's pdftotext reads the text back.
"""

import re
import subprocess
import unicodedata

import pytest

from browser_helpers import VIEWPORTS, full_url, goto
from site_pages import page_urls

URLS = page_urls()
PAPER = ["A4", "Letter"]
# A page longer than this on paper should be split; it also catches runaway page breaks.
MAX_SHEETS = 10
# Every sheet but the last must be mostly text, not a sliver left by a bad break.
MIN_CHARS_PER_FULL_SHEET = 500
# Screen chrome that must not print; each is on every page of the site.
CHROME = {
    "header": ".md-header",
    "navigation": ".md-sidebar--primary",
    "table of contents": ".md-sidebar--secondary",
    "search": ".md-search",
    "palette toggle": "[data-md-component=palette]",
    "back to top": ".md-top",
    "previous/next links": ".md-footer__inner",
}
TABLE_PAGE = "/b12-or-musculoskeletal/"


def squash(text: str) -> str:
    """Text without whitespace or hyphens: line breaks on paper fall anywhere, and
    pdftotext joins a word broken at a hyphen (cauda-equina-|syndrome -> cauda-equinasyndrome)."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def without_printed_urls(text: str) -> str:
    """PDF text without the "(https://...)" that print.css adds after outside links."""
    return re.sub(r"\(https?://[^)]*\)", "", text)


def read_pdf(pdf: bytes, *options: str) -> list[str]:
    """The text of each printed sheet, as poppler's pdftotext reads it (pypdf follows the order
    things were drawn in, which a figure breaks, and its layout mode runs table columns
    together), normalized: a font may print "fi" as the one ligature glyph "\ufb01" (NFKC
    undoes it)."""
    done = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True)
    sheets = done.stdout.decode("utf-8").split("\f")[:-1]  # each sheet ends with a form feed
    return [unicodedata.normalize("NFKC", sheet).strip() for sheet in sheets]


def print_pdf(page, paper: str) -> list[str]:
    """The text of each printed sheet in reading order."""
    return read_pdf(page.pdf(format=paper))


def inner_texts(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.innerText)")


@pytest.mark.parametrize("url", URLS)
def test_screen_chrome_does_not_print(open_page, url):
    page = open_page(url, media="print")
    for name, selector in CHROME.items():
        found = page.locator(selector)
        assert found.count() > 0, f"{url}: no {name} ({selector}) in the page to check"
        for i in range(found.count()):
            assert not found.nth(i).is_visible(), f"{url}: the {name} ({selector}) prints"
    assert page.locator(".md-copyright").is_visible(), f"{url}: the disclaimer does not print"


def test_print_only_text_is_hidden_on_screen(open_page):
    page = open_page("/", media="screen")
    assert page.locator(".print-only").count() > 0, "no .print-only element on the home page"
    assert not page.locator(".print-only").first.is_visible()


@pytest.fixture(scope="module")
def printed(chromium, server):
    """printed(url) -> what the page shows in print media and its PDF on each paper, made from
    one load of the page (a load per paper cost about half a second a page)."""
    found = {}

    def _printed(url: str) -> dict:
        if url in found:
            return found[url]
        context = chromium.new_context(viewport=VIEWPORTS["desktop"])
        page = context.new_page()
        page.emulate_media(media="print")
        goto(page, full_url(server, url), wait_until="load")
        # The one-sheet handout prints the site's address beside its own QR code instead
        # of the review box's "This page online" line (see the handout rules in print.css).
        handout_address = page.locator(".handout__address")
        found[url] = {
            "headings": inner_texts(page, ".md-content h1, .md-content h2"),
            "records": inner_texts(page, ".md-content .footnote li"),
            # Those shown on paper: "Report a mistake" (a form on GitHub) is left off (print.css).
            "outside_links": page.eval_on_selector_all(
                ".md-content a[href^='http']", "els => els.filter(e => e.checkVisibility()).map(e => e.href)"),
            "disclaimer": page.inner_text(".md-copyright"),
            "address_line": handout_address.first.inner_text() if handout_address.count()
            else "This page online: " + page.get_attribute("link[rel=canonical]", "href"),
            "pdf": {paper: page.pdf(format=paper) for paper in PAPER},
        }
        context.close()
        return found[url]
    return _printed


@pytest.mark.parametrize("paper", PAPER)
@pytest.mark.parametrize("url", URLS)
def test_pdf_is_complete_without_blank_sheets(printed, url, paper):
    shown = printed(url)
    headings, records, outside_links = shown["headings"], shown["records"], shown["outside_links"]
    disclaimer, address_line = shown["disclaimer"], shown["address_line"]
    pdf = shown["pdf"][paper]
    sheets = read_pdf(pdf)
    where = f"{url} on {paper}"
    assert 1 <= len(sheets) <= MAX_SHEETS, f"{where}: {len(sheets)} sheets"
    assert sheets[-1], f"{where}: the last of {len(sheets)} sheets is blank"
    for number, text in enumerate(sheets[:-1], start=1):
        assert len(text) >= MIN_CHARS_PER_FULL_SHEET, (
            f"{where}: sheet {number} of {len(sheets)} holds only {len(text)} characters")

    # Two readings of the same paper. pdftotext's reading order can put the last line of a
    # column after the next column when the first column ends lower (two-column sources);
    # its -raw reading follows the order Chromium drew the text in, which is the page's order.
    # Text counts as printed when either reading has it whole: it is on the paper, in one piece.
    printed = [squash("\n".join(reading)) for reading in (sheets, read_pdf(pdf, "-raw"))]
    readable = [without_printed_urls(text) for text in printed]

    def on_paper(text: str, readings: list[str]) -> bool:
        return any(text in reading for reading in readings)

    assert headings, f"{url}: no heading found to look for"
    for heading in headings:
        assert on_paper(squash(heading), readable), f"{where}: heading {heading!r} is not printed"
    for record in records:
        assert on_paper(squash(record), readable), f"{where}: source {record[:60]!r}... is not printed whole"
    for href in outside_links:
        assert on_paper(f"({squash(href)})", printed), f"{where}: the address of the link to {href} is not printed"
    assert on_paper(squash(address_line), readable), f"{where}: the page's address is not printed"
    assert on_paper(squash(disclaimer), readable), f"{where}: the disclaimer is not printed"


def test_content_pages_print_their_sources(open_page):
    # Guards the test above: if no page had footnotes, "every record printed" would check nothing.
    page = open_page(TABLE_PAGE, media="print")
    assert page.locator(".md-content .footnote li").count() > 0


@pytest.mark.parametrize("paper", PAPER)
def test_comparison_table_prints_whole(open_page, paper):
    page = open_page(TABLE_PAGE, media="print")
    cells = inner_texts(page, ".md-content table :is(th, td)")
    assert cells, f"{TABLE_PAGE}: no table found"
    readable = without_printed_urls(squash("\n".join(print_pdf(page, paper))))
    for cell in cells:
        assert squash(cell) in readable, f"{TABLE_PAGE} on {paper}: cell {cell[:60]!r} is not printed"


@pytest.mark.parametrize("width", [560, 700])  # about the printable width of A5 and A4/Letter
def test_tables_are_not_clipped_by_a_scroll_box(open_page, width):
    # Clipped text still sits in the PDF (under a clip path), so the PDF text alone
    # cannot show clipping: check the layout. Nothing between a table and the article
    # may cut it off, and the table must end inside the article.
    page = open_page(TABLE_PAGE, viewport={"width": width, "height": 900}, media="print")
    problems = page.evaluate("""() => {
        const article = document.querySelector('.md-content__inner');
        const right = article.getBoundingClientRect().right;
        const found = [];
        for (const table of article.querySelectorAll('table')) {
            if (table.getBoundingClientRect().right > right + 1) found.push('table wider than the article');
            for (let box = table.parentElement; box !== article; box = box.parentElement) {
                const clips = getComputedStyle(box).overflowX !== 'visible';
                if (clips && box.scrollWidth > box.clientWidth + 1) found.push('clipped by ' + box.className);
            }
        }
        return {tables: article.querySelectorAll('table').length, found};
    }""")
    assert problems["tables"] > 0, f"{TABLE_PAGE}: no table found"
    assert problems["found"] == [], f"{TABLE_PAGE} at {width}px: {problems['found']}"


def test_dark_scheme_prints_dark_text_on_white(open_page):
    page = open_page("/", scheme="dark", media="print")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "dark scheme not applied"
    for selector in (".md-content p", ".md-copyright p", ".page-review"):
        color = page.eval_on_selector(selector, "e => getComputedStyle(e).color")
        channels = [int(c) for c in re.findall(r"\d+", color)[:3]]
        assert max(channels) <= 80, f"{selector} prints in {color}: too light for white paper"


def test_no_blank_sheet_when_the_text_ends_at_the_foot_of_a_page(open_page):
    # Whether a page ends near the foot of a sheet depends on its length, so a blank
    # trailing sheet shows on some pages and not others. Force the worst case: push the
    # content down with a spacer until it just spills onto one more sheet. What spills
    # must be text, not an empty margin.
    page = open_page("/", media="print")
    page.evaluate("""() => {
        const spacer = document.createElement('div');
        spacer.id = 'print-test-spacer';
        document.querySelector('.md-content__inner').prepend(spacer);
    }""")

    def sheets_with_spacer(height: int) -> list[str]:
        page.evaluate("h => { document.getElementById('print-test-spacer').style.height = h + 'px'; }",
                      height)
        return print_pdf(page, "A4")

    fewest = len(sheets_with_spacer(0))
    low, high = 0, 1400  # more than an A4 sheet is tall (1123 px), so `high` spills
    assert len(sheets_with_spacer(high)) > fewest
    while high - low > 1:
        middle = (low + high) // 2
        if len(sheets_with_spacer(middle)) > fewest:
            high = middle
        else:
            low = middle
    spilled = sheets_with_spacer(high)
    assert spilled[-1], f"a {high}px spacer adds sheet {len(spilled)}, and that sheet is blank"
