"""The appointment sheet prints on exactly one sheet, A4 and US Letter, in the fonts of a
fresh machine (DejaVu Sans) and in Liberation Sans, with its tick boxes and writing lines:
a reader fills it in by hand and takes it to the doctor (issue 13, item 5)."""

import io

import pytest
from pypdf import PdfReader

SHEET = "/appointment-sheet/"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_appointment_sheet_prints_on_one_sheet(open_page_with_font, paper):
    font, open_page = open_page_with_font
    pdf = open_page(SHEET, media="print").pdf(format=paper)  # as a reader prints: no backgrounds
    sheets = len(PdfReader(io.BytesIO(pdf)).pages)
    assert sheets == 1, f"the appointment sheet prints on {sheets} {paper} sheets in {font}, not one"


def test_tick_boxes_and_lines_are_drawn_with_borders(open_page):
    """Borders print even with the print dialog's "background graphics" off; a background would not."""
    page = open_page(SHEET, media="print")
    drawn = page.evaluate("""() => {
        const border = (element, pseudo, side) => {
            const style = getComputedStyle(element, pseudo);
            return parseFloat(style[`border${side}Width`]) > 0 && style[`border${side}Style`] !== 'none';
        };
        const all = selector => [...document.querySelectorAll(selector)];
        return {
            boxes: all('.sheet-checklist li').map(li => border(li, '::before', 'Top')),
            rows: all('.sheet-log--ticks tbody td:first-child').map(td => border(td, '::before', 'Left')),
            lines: all('.sheet-fields li:not(.sheet-fields__box)').map(li => border(li, '::after', 'Bottom')),
            cells: all('.sheet-log tbody td').map(td => border(td, null, 'Bottom')),
        };
    }""")
    for name, found in drawn.items():
        assert found, f"no {name} to fill in on the appointment sheet"
        assert all(found), f"{found.count(False)} of the {len(found)} {name} are not drawn with a border"


def test_print_button_is_not_printed(open_page):
    page = open_page(SHEET, media="print")
    assert not page.get_by_role("button", name="Print this sheet").is_visible()
