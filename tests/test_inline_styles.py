"""Inlined, slimmed styles (tools/inline_styles.py, tools/css_slim.py).

Here: which rules slimming keeps and drops, how a page is rewritten, and that bad input
stops with the page and the problem named. That the slimmed styles draw each page just
as the theme's files do is shown in a browser: tests/browser/test_inlined_styles.py.
"""

import pytest
from bs4 import BeautifulSoup

from css_slim import slim
from helpers import csp_hash, html_files, redirect_target
from inline_styles import main as inline_styles

CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; "
       "style-src 'self'; img-src 'self'\">")


@pytest.mark.parametrize("css, words, kept", [
    (".used{color:red}", {"used"}, ".used{color:red}"),
    (".unused{color:red}", {"used"}, ""),
    (".used,.unused{color:red}", {"used"}, ".used{color:red}"),
    ("p > em{color:red}", set(), "p>em{color:red}"),                      # no class: kept
    ("#main .x{color:red}", {"x"}, ""),                                   # unknown id
    (".a:not(.never){color:red}", {"a"}, ".a:not(.never){color:red}"),    # :not() may still match
    ("[data-scheme=slate]{color:red}", {"data-scheme"}, ""),              # a value never written
    ("[data-scheme=slate]{color:red}", {"data-scheme", "slate"}, "[data-scheme=slate]{color:red}"),
    ("@media print{.unused{color:red}}", set(), ""),                      # emptied block goes
    ("@media print{.used{color:red}}", {"used"}, "@media print{.used{color:red}}"),
    ("@keyframes spin{from{opacity:0}to{opacity:1}}", set(), "@keyframes spin{from{opacity:0}to{opacity:1}}"),
    ("/* why */ a { color : red ; }", set(), "a{color:red}"),            # comments and spaces go
    ("a{color:red !important}", set(), "a{color:red!important}"),
    ("[class^=lang-]{color:red}", {"class"}, "[class^=lang-]{color:red}"),  # a prefix: not a word
    ("[lang|=en]{color:red}", {"lang"}, "[lang|=en]{color:red}"),
    ('[title*="x y"]{color:red}', {"title"}, '[title*="x y"]{color:red}'),
    ('[lang="EN" i]{color:red}', {"lang", "en"}, '[lang="EN" i]{color:red}'),  # any case
    ('[lang="fr" i]{color:red}', {"lang", "en"}, ""),
    (".a :is(.b){color:red}", {"a"}, ".a :is(.b){color:red}"),          # the space means something
    ('a:after{content:" > , "}', set(), 'a:after{content:" > , "}'),    # strings stay as they are
    ("a{width:calc(1px + 2em)}", set(), "a{width:calc(1px + 2em)}"),
    ('@charset "UTF-8";a{color:red}', set(), "a{color:red}"),             # means nothing in a page
    ('a{background:url("data:image/svg+xml,<svg/>")}', set(), 'a{background:url("data:image/svg+xml,<svg/>")}'),
])
def test_slim_keeps_only_rules_that_can_match(css, words, kept):
    assert slim(css, words) == kept


def test_rules_left_out_on_purpose_are_dropped_even_where_they_could_match():
    css = "[data-md-color-switching] *{transition-duration:0s!important}a{color:red}"
    assert slim(css, {"data-md-color-switching"}) == "a{color:red}"


def test_custom_properties_are_kept_only_when_something_uses_them():
    css = ":root{--used:var(--through);--through:red;--unused:blue}a{color:var(--used)}"
    assert slim(css, set()) == ":root{--used:var(--through);--through:red}a{color:var(--used)}"


def test_custom_properties_a_script_names_are_kept():
    assert slim(":root{--set-by-script:0}", {"--set-by-script"}) == ":root{--set-by-script:0}"


@pytest.mark.parametrize("css", [
    "a{color:red;.nested{color:blue}}", "a{color red}", "a{color:red}}", "@media print{a{color red}}",
    "a{background:url(../images/x.png)}",      # would resolve against the page, not the stylesheet
    'a{background:url("https://example.org/x.png")}', '@import "other.css";',
    'a:after{content:"</style>"}',
])
def test_css_it_cannot_read_safely_is_refused(css):
    with pytest.raises(ValueError):
        slim(css, set())


def make_site(tmp_path, page_head: str, css: dict[str, str]):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    for name, text in css.items():
        (site / "assets" / name).write_text(text)
    page = site / "about" / "index.html"
    page.parent.mkdir()
    page.write_text(f"<html><head>{page_head}</head><body><p class='used'>Hi</p></body></html>")
    return site, page


def test_links_become_one_allowed_style(tmp_path):
    head = (CSP + '<link rel="stylesheet" href="../assets/main.css">'
            '<link rel="stylesheet" href="../assets/print.css" media="print">')
    site, page = make_site(tmp_path, head, {"main.css": ".used{color:red}.unused{color:blue}",
                                            "print.css": ".used{color:black}"})
    assert inline_styles([str(site)]) == 0
    soup = BeautifulSoup(page.read_text(), "lxml")
    assert not soup.select("link[rel=stylesheet]")
    style = soup.find("style")
    assert style.string == ".used{color:red}@media print{.used{color:black}}"
    assert style["data-inlined-from"] == "all ../assets/main.css|print ../assets/print.css"
    assert csp_hash(style.string) in soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert (site / "assets" / "main.css").exists(), "the linked files stay, for the browser comparison"
    before = page.read_text()
    assert inline_styles([str(site)]) == 0 and page.read_text() == before, "a second run changes nothing"


def test_a_missing_stylesheet_names_the_page(tmp_path, capsys):
    site, _ = make_site(tmp_path, CSP + '<link rel="stylesheet" href="../assets/gone.css">', {})
    assert inline_styles([str(site)]) == 1
    error = capsys.readouterr().err
    assert "about/index.html" in error and "gone.css" in error


def test_a_page_without_a_policy_for_styles_is_refused(tmp_path, capsys):
    site, _ = make_site(tmp_path, '<link rel="stylesheet" href="../assets/main.css">', {"main.css": "a{}"})
    assert inline_styles([str(site)]) == 1
    assert "about/index.html" in capsys.readouterr().err


def test_every_built_page_carries_its_styles_inline(site_dir):
    for path in html_files(site_dir):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        page = path.relative_to(site_dir)
        assert not soup.select("link[rel~=stylesheet]"), f"{page}: a stylesheet is still linked"
        styles = soup.select("head style[data-inlined-from]")
        assert len(styles) == 1 or redirect_target(soup), f"{page}: {len(styles)} inlined <style> elements"
