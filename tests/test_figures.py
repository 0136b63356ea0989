"""The hand-made figures (content/figures/): on their pages, captioned, explained in text, small.

Read from the built HTML. Raw markup is cut from the file as it was written, because the
HTML parser lowercases SVG attributes (viewBox) and would hide mistakes in the XML.
"""

import re

import pytest
from lxml import etree

# Figure id -> pages that must show it.
FIGURES = {
    "figure-spinal-cord": ["/how-b12-affects-nerves/"],
    "figure-b12-to-back-pain": ["/how-b12-affects-nerves/"],
    # On the home page too, right after its message and purpose (issue 13, item 3).
    "figure-urgency-levels": ["/", "/when-to-get-help/", "/handout/"],
    "figure-test-to-treatment": ["/diagnosis-and-treatment/"],
    "figure-food-label": ["/b12-in-food/"],
}
ON_PAGE = [(figure, url) for figure, urls in FIGURES.items() for url in urls]
# These two are drawn in SVG; the others are HTML boxes (with CSS arrows) and a mock label.
WITH_SVG = [(figure, url) for figure, url in ON_PAGE if figure in ("figure-spinal-cord", "figure-urgency-levels")]
MAX_BYTES = 12 * 1024
# A colour written into the markup would not follow the light and dark schemes.
LITERAL_COLOUR = re.compile(r"#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\b(black|white|red|gray|grey)\b", re.I)


def raw_figure(site_dir, url: str, figure_id: str) -> str:
    html = (site_dir / url.strip("/") / "index.html").read_text(encoding="utf-8")
    # The minify plugin drops the quotes around an attribute value that needs none.
    found = re.findall(rf'<figure\b[^>]*\bid=(?:"{figure_id}"|{figure_id}(?=[\s>]))[^>]*>.*?</figure>', html, re.S)
    assert len(found) == 1, f"{url}: expected one <figure id={figure_id}>, found {len(found)}"
    return found[0]


def svgs_as_xml(markup: str) -> list:
    """Each inline <svg> in the markup, parsed as XML (lxml raises on malformed markup)."""
    return [etree.fromstring(svg) for svg in re.findall(r"<svg\b.*?</svg>", markup, re.S)]


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def figure(pages, url, figure_id):
    found = pages[url].select(f"article figure#{figure_id}")
    assert found, f"{url}: no <figure id={figure_id}> in the page's content"
    return found[0]


@pytest.mark.parametrize("figure_id, url", ON_PAGE)
def test_figure_has_a_caption(pages, figure_id, url):
    caption = figure(pages, url, figure_id).find("figcaption", recursive=False)
    assert caption is not None and caption.get_text(strip=True), f"{figure_id} on {url}: no caption"


@pytest.mark.parametrize("figure_id, url", ON_PAGE)
def test_figure_is_at_most_12_kb(site_dir, figure_id, url):
    size = len(raw_figure(site_dir, url, figure_id).encode("utf-8"))
    assert size <= MAX_BYTES, f"{figure_id}: {size} bytes, more than {MAX_BYTES}"


@pytest.mark.parametrize("figure_id, url", WITH_SVG)
def test_svg_parses_as_xml_and_has_no_fixed_colours(site_dir, figure_id, url):
    markup = raw_figure(site_dir, url, figure_id)
    svgs = svgs_as_xml(markup)
    assert svgs, f"{figure_id}: no inline SVG"
    for svg in svgs:
        for element in svg.iter(etree.Element):  # elements only, not comments
            for name in ("fill", "stroke", "style", "color"):
                value = element.get(name, "")
                assert not LITERAL_COLOUR.search(value), (
                    f"{figure_id}: {name}={value!r} on <{element.tag}>; use the palette's CSS variables"
                )


@pytest.mark.parametrize("figure_id, url", ON_PAGE)
def test_every_svg_is_named_or_hidden_beside_text(pages, figure_id, url):
    """An SVG is either an image with a title and a description, or hidden next to real text."""
    shown = figure(pages, url, figure_id)
    for svg in shown.find_all("svg"):
        if svg.get("aria-hidden") == "true":
            assert svg.parent.get_text(strip=True), f"{figure_id}: hidden SVG with no text beside it"
            continue
        assert svg.get("role") == "img", f"{figure_id}: an SVG neither role=img nor aria-hidden"
        for attribute, tag in (("aria-labelledby", "title"), ("aria-describedby", "desc")):
            target = svg.find(tag, id=svg.get(attribute))
            assert target is not None and target.get_text(strip=True), (
                f"{figure_id}: {attribute} does not point to a <{tag}> with text inside the SVG"
            )


def test_spinal_cord_labels_are_text_and_its_description_says_them_all(site_dir):
    markup = raw_figure(site_dir, "/how-b12-affects-nerves/", "figure-spinal-cord")
    (svg,) = svgs_as_xml(markup)
    labels = [" ".join(text.itertext()).strip() for text in svg.iter("text")]
    for part in ("Posterior (dorsal) columns", "Lateral columns", "Gray matter",
                 "position sense", "vibration", "movement"):
        assert any(part in label for label in labels), f"no <text> label says {part!r}: {labels}"
    # A screen reader gets the title and description, not the labels: they must say no less.
    alternative = words(svg.findtext("title") + " " + svg.findtext("desc"))
    missing = words(" ".join(labels)) - alternative
    assert not missing, f"label words missing from the SVG's title and description: {missing}"


@pytest.mark.parametrize("figure_id, url, keys", [
    ("figure-spinal-cord", "/how-b12-affects-nerves/", ["statpearls-scd"]),
    ("figure-b12-to-back-pain", "/how-b12-affects-nerves/", ["statpearls-scd", "nhs-b12"]),
    ("figure-test-to-treatment", "/diagnosis-and-treatment/", ["bmj-ng239-summary", "nhs-b12-treatment"]),
    ("figure-food-label", "/b12-in-food/", ["fda-label-dv", "fsa-label-nutrition"]),
])
def test_caption_cites_its_sources(pages, figure_id, url, keys):
    caption = figure(pages, url, figure_id).figcaption
    cited = {link["href"] for link in caption.select("a.footnote-ref")}
    for key in keys:
        assert f"#fn:{key}" in cited, f"{figure_id}: caption does not cite {key}"


def test_b12_to_back_pain_steps_are_ordered_lists_that_start_at_low_b12(pages):
    chain = figure(pages, "/how-b12-affects-nerves/", "figure-b12-to-back-pain")
    paths = chain.find_all("ol")
    assert len(paths) == 2, "expected two paths: through the nerves and through the blood"
    for path in paths:
        name = chain.find(id=path.get("aria-labelledby"))
        assert name is not None and name.get_text(strip=True), "each path needs a visible name"
        steps = [step.get_text(" ", strip=True) for step in path.find_all("li")]
        assert len(steps) >= 3 and steps[0] == "Low vitamin B12", steps
        assert "pain" in steps[-1].lower(), f"a path must end at pain: {steps}"
    all_steps = chain.get_text(" ", strip=True).lower()
    for step in ("myelin", "megaloblastic anemia", "numbness", "tiredness"):
        assert step in all_steps, f"the chain leaves out {step!r}"


@pytest.mark.parametrize("url", FIGURES["figure-urgency-levels"])
def test_urgency_levels_differ_by_shape_and_words_and_link_to_their_sections(pages, url):
    levels = figure(pages, url, "figure-urgency-levels").select("ol > li")
    assert len(levels) == 3
    shapes, names = set(), set()
    for level, anchor in zip(levels, ("emergency", "urgent", "see-a-doctor")):
        shape = level.select_one("svg[aria-hidden=true] .figure-urgency__shape")
        assert shape is not None, f"level {anchor}: no icon shape"
        shapes.add((shape.name, shape.get("d"), shape.get("r")))
        names.add(level.get_text(" ", strip=True))
        link = level.find("a")
        assert link is not None and link["href"].endswith(f"#{anchor}"), f"level {anchor}: {link}"
    assert len(shapes) == 3, "each level needs its own icon shape, not only its own colour"
    assert len(names) == 3
    target = pages["/when-to-get-help/"]
    for anchor in ("emergency", "urgent", "see-a-doctor"):
        assert target.find(id=anchor) is not None, f"/when-to-get-help/ has no #{anchor}"


# Every figure says in its caption how to use it (issue 13, item 6).
TOOLS = sorted(FIGURES)


@pytest.mark.parametrize("figure_id", TOOLS)
def test_caption_says_how_to_use_the_figure(pages, figure_id):
    caption = figure(pages, FIGURES[figure_id][0], figure_id).figcaption.get_text(" ", strip=True)
    assert re.search(r"\bhow to (use|find)\b", caption, re.I), f"{figure_id}: the caption does not say how to use it"


def test_test_to_treatment_runs_from_test_to_result_to_treatment_by_cause(pages):
    path = figure(pages, "/diagnosis-and-treatment/", "figure-test-to-treatment")
    steps = path.select("ol.figure-path__steps > li")
    names = [step.select_one(".figure-path__name").get_text(strip=True).lower() for step in steps]
    order = [next((i for i, name in enumerate(names) if word in name), None) for word in ("test", "result", "treatment")]
    assert None not in order and order == sorted(order), f"steps must go test, result, treatment: {names}"
    result, treatment = steps[order[1]], steps[order[2]]
    outcomes = [choice.get_text(" ", strip=True).lower() for choice in result.select("ul > li")]
    for outcome in ("low", "not clear", "normal"):
        assert any(choice.startswith(outcome) for choice in outcomes), f"the result step leaves out {outcome!r}"
    causes = " ".join(choice.get_text(" ", strip=True).lower() for choice in treatment.select("ul > li"))
    for cause, treated_by in (("food", "tablets"), ("cannot take in", "shots"), ("nerve", "")):
        assert cause in causes and treated_by in causes, f"treatment by cause leaves out {cause!r} ({treated_by!r})"


def test_food_label_marks_the_b12_amount_and_percent(pages):
    label = figure(pages, "/b12-in-food/", "figure-food-label")
    rows = [row for row in label.select("table tbody tr") if "vitamin b12" in row.get_text(" ").lower()]
    assert len(rows) == 1, "the label needs one Vitamin B12 line"
    amount, percent = (cell.get_text(" ", strip=True) for cell in rows[0].find_all("td"))
    assert re.search(r"\bmcg\b|µg", amount) and amount.startswith("1"), f"amount cell (mark 1): {amount!r}"
    assert percent.endswith("%") and percent.startswith("2"), f"percent cell (mark 2): {percent!r}"
    assert "example" in label.get_text(" ").lower(), "the label must say it is an example, not a real food"
    caption = label.figcaption.get_text(" ", strip=True)
    for term in ("%DV", "%NRV", "Mark 1", "Mark 2"):
        assert term in caption, f"the caption does not explain {term!r}"
