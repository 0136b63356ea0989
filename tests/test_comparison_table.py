"""The comparison on /b12-or-musculoskeletal/: one table, two kinds of back pain as its columns,
and each feature as a full-width row header over its own group of rows, so a phone gives each
cell half the width (tests/browser/test_table_reflow.py checks the reflow itself). Header
cells are ones a screen reader can announce with each cell."""

import re

import pytest

from helpers import article, words

URL = "/b12-or-musculoskeletal/"
KINDS = [r"B12", r"muscles, joints and bones"]
FEATURES = [r"how it starts", r"symptoms", r"cause", r"look like", r"treatment", r"does (vitamin )?B12 help"]
# Issue 12 item 7: the other causes of leg symptoms belong in the table too.
OTHER_CAUSES = [r"sciatica", r"narrow", r"spinal cord in the neck"]


@pytest.fixture(scope="module")
def table(pages):
    tables = article(pages[URL]).find_all("table")
    assert len(tables) == 1, f"{URL} must hold exactly one table, found {len(tables)}"
    return tables[0]


def groups(table):
    return table.find_all("tbody", recursive=False)


def test_table_has_a_caption(table):
    caption = table.find("caption")
    assert caption is not None and words(caption), "the table needs a <caption> saying what it compares"


def test_one_column_header_per_kind(table):
    rows = table.thead.find_all("tr") if table.thead else []
    assert len(rows) == 1, "the table needs one header row in <thead>"
    cells = rows[0].find_all(["th", "td"])
    assert len(cells) == len(KINDS), f"header row: {len(KINDS)} kinds and no label column, found {len(cells)} cells"
    for cell, kind in zip(cells, KINDS):
        assert cell.name == "th" and cell.get("scope") == "col", f"{words(cell)!r}: must be <th scope=\"col\">"
        assert re.search(kind, words(cell), re.I), f"column header {words(cell)!r} does not name {kind!r}"


def test_each_feature_is_a_group_with_a_full_width_header(table):
    assert len(groups(table)) == len(FEATURES), f"expected {len(FEATURES)} <tbody> groups, found {len(groups(table))}"
    for group in groups(table):
        header, *rows = group.find_all("tr")
        (cell,) = header.find_all(["th", "td"])
        assert cell.name == "th" and cell.get("scope") == "rowgroup", (
            f"group {words(group)[:40]!r}: its first row must be one <th scope=\"rowgroup\">")
        assert cell.get("colspan") == str(len(KINDS)), f"{words(cell)!r}: must span all {len(KINDS)} columns"
        assert rows, f"group {words(cell)!r} has no data row"
        for row in rows:
            cells = row.find_all(["th", "td"])
            assert [c.name for c in cells] == ["td"] * len(KINDS), f"row {words(row)!r}: expected {len(KINDS)} cells"
            assert all(words(c) for c in cells), f"row {words(row)!r}: an empty cell"


def test_every_feature_is_named(table):
    names = [words(group.find("th")) for group in groups(table)]
    missing = [feature for feature in FEATURES if not any(re.search(feature, name, re.I) for name in names)]
    assert not missing, f"feature headers {names} name none of {missing}"


def test_the_other_causes_of_leg_symptoms_are_in_the_table(table):
    body = " ".join(words(group) for group in groups(table))
    missing = [cause for cause in OTHER_CAUSES if not re.search(cause, body, re.I)]
    assert not missing, f"the table does not mention {missing}"


def test_plain_words_in_the_table(table):
    """The table is running text: the plain words, not "musculoskeletal" or "onset"."""
    jargon = [word for word in ("musculoskeletal", "onset") if word in words(table).lower()]
    assert not jargon, f"use plain words in the table, not {jargon}"
