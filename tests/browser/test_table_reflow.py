"""The comparison table on /b12-or-musculoskeletal/ reflows on a 320 CSS px screen (WCAG 1.4.10;
the same width as 1280 px at 400% zoom), with DejaVu Sans and with Liberation Sans.

Reflow means: nothing scrolls sideways (not the page, not the table in its box), no cell's text
runs out of its cell, and words are not hyphenated, nor is a short word split across two lines.
Each test runs once per font of tests/browser/conftest.py's FONTS (open_page_with_font).
"""

import pytest

URL = "/b12-or-musculoskeletal/"
NARROW = {"width": 320, "height": 800}
# A word of this many letters or fewer must stay on one line; a longer one may break where it
# must, so that nothing overflows.
SHORT_WORD = 12
TABLE = ".md-content table.comparison-table"


@pytest.fixture
def narrow_table(open_page_with_font):
    font, open_page = open_page_with_font
    page = open_page(URL, viewport=NARROW)
    assert page.locator(TABLE).count() == 1, f"{URL}: no comparison table"
    return font, page


def test_the_page_does_not_scroll_sideways(narrow_table):
    font, page = narrow_table
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= NARROW["width"], f"{font}: the page is {width}px wide on a {NARROW['width']}px screen"


def test_the_table_fits_its_container(narrow_table):
    font, page = narrow_table
    sizes = page.evaluate("""selector => {
        const table = document.querySelector(selector);
        // Every box between the table and the article, Material's scroll wrapper included.
        const boxes = [];
        for (let box = table.parentElement; box && !box.matches('.md-content__inner'); box = box.parentElement)
            boxes.push({name: box.className || box.tagName, scroll: box.scrollWidth, client: box.clientWidth});
        return {table: table.scrollWidth, container: table.parentElement.clientWidth, boxes};
    }""", TABLE)
    assert sizes["table"] <= sizes["container"], f"{font}: table {sizes['table']}px in a {sizes['container']}px box"
    wide = [box for box in sizes["boxes"] if box["scroll"] > box["client"]]
    assert not wide, f"{font}: boxes around the table scroll sideways: {wide}"


def test_no_cell_text_overflows(narrow_table):
    font, page = narrow_table
    overflowing = page.evaluate("""selector => [...document.querySelectorAll(selector + ' :is(th, td, caption)')]
        .filter(cell => cell.scrollWidth > cell.clientWidth)
        .map(cell => `${cell.textContent.trim().slice(0, 40)} (${cell.scrollWidth} > ${cell.clientWidth})`)""", TABLE)
    assert not overflowing, f"{font}: text runs out of these cells: {overflowing}"


def test_words_are_not_hyphenated(narrow_table):
    font, page = narrow_table
    hyphenated = page.evaluate("""selector => [...document.querySelectorAll(selector + ' :is(th, td, caption)')]
        .filter(cell => getComputedStyle(cell).hyphens === 'auto' || getComputedStyle(cell).webkitHyphens === 'auto')
        .map(cell => cell.textContent.trim().slice(0, 40))""", TABLE)
    assert not hyphenated, f"{font}: cells with hyphens: auto: {hyphenated}"


def test_short_words_stay_on_one_line(narrow_table):
    font, page = narrow_table
    split = page.evaluate("""([selector, shortest]) => {
        const found = [];
        const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.textContent.matchAll(/[\\p{L}\\p{N}'’]+/gu)) {
                if (match[0].length > shortest) continue;
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                // One line box per line the word is drawn on.
                const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
                if (lines.size > 1) found.push(match[0]);
            }
        }
        return found;
    }""", [TABLE, SHORT_WORD])
    assert not split, f"{font}: words split across lines: {split}"


def test_the_measure_can_fail(narrow_table):
    """The checks above see a table that does not reflow: with the old layout (a label column
    and no fixed layout, one long word in a cell) the table is wider than its box."""
    font, page = narrow_table
    too_wide = page.evaluate("""selector => {
        const table = document.querySelector(selector);
        table.style.tableLayout = 'auto';
        table.querySelector('td').textContent = 'Neuropathyandmyelindamagewithoutanyspace'.repeat(2);
        return table.scrollWidth > table.parentElement.clientWidth
            || [...table.querySelectorAll('td')].some(cell => cell.scrollWidth > cell.clientWidth);
    }""", TABLE)
    assert too_wide, f"{font}: a 80-letter word did not make the table or a cell overflow"
