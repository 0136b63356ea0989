"""The comparison on /b12-or-musculoskeletal/: one table, five features by two kinds of
back pain, with a caption and header cells a screen reader can announce."""

import re

import pytest

from helpers import article, words

URL = "/b12-or-musculoskeletal/"
FEATURES = [r"onset", r"symptoms", r"cause", r"treatment", r"response to (vitamin )?B12"]
KINDS = 2


@pytest.fixture(scope="module")
def table(pages):
    tables = article(pages[URL]).find_all("table")
    assert len(tables) == 1, f"{URL} must hold exactly one table, found {len(tables)}"
    return tables[0]


def rows(table):
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def test_table_has_a_caption(table):
    caption = table.find("caption")
    assert caption is not None and words(caption), "the table needs a <caption> saying what it compares"


def test_column_headers_are_th_with_scope_col(table):
    header = rows(table)[0]
    cells = header.find_all(["th", "td"])
    assert len(cells) == KINDS + 1, f"header row: one label column and {KINDS} kinds, found {len(cells)} cells"
    # The corner cell may be empty (<td>); any <th> in this row is a column header.
    wrong = [words(cell) for index, cell in enumerate(cells)
             if (index or cell.name == "th") and (cell.name != "th" or cell.get("scope") != "col")]
    assert not wrong, f"column headers that are not <th scope=\"col\">: {wrong}"


def test_five_feature_rows_each_with_a_row_header(table):
    body = rows(table)[1:]
    assert len(body) == len(FEATURES), f"expected {len(FEATURES)} feature rows, found {len(body)}"
    for row in body:
        cells = row.find_all(["th", "td"])
        assert cells[0].name == "th" and cells[0].get("scope") == "row", (
            f"row {words(row)!r}: its first cell must be <th scope=\"row\">")
        assert [cell.name for cell in cells[1:]] == ["td"] * KINDS, f"row {words(row)!r}: expected {KINDS} data cells"


def test_every_feature_is_named(table):
    names = [words(row.find(["th", "td"])) for row in rows(table)[1:]]
    missing = [feature for feature in FEATURES if not any(re.search(feature, name, re.I) for name in names)]
    assert not missing, f"row headers {names} name none of {missing}"
