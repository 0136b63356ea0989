"""tools/check_content.py: refuses each kind of bad content, naming file and line.

Each tests/fixtures/broken/<defect>/ holds the one or two files that differ from
the tiny good project in tests/fixtures/good/; a test copies the good project,
lays the broken files over it and runs the checker on the copy: as `make` runs it (a new
process) for the good project and the combined cases, and through the same entry point in the
test's own process for each one-defect fixture.
"""

import os
import shutil
import subprocess
import sys
import types

import pytest
import yaml

import check_content
import terms
from content_rules.common import ConfigLoader
from site_pages import ROOT

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

FIXTURES = ROOT / "tests" / "fixtures"
CHECKER = ROOT / "tools" / "check_content.py"

# defect (a folder in tests/fixtures/broken/) -> the start of the one error line it must cause
DEFECTS = {
    # glossary terms at first use
    "term-first-use-unexplained": "docs/index.md:14: 'myelin' is first used without an explanation: mark that use <dfn>",
    "term-dfn-without-explanation": "docs/index.md:14: 'myelin' is marked <dfn> but its sentence does not explain it",
    "term-marked-twice": "docs/index.md:14: 'myelin' is marked <dfn> 2 times: mark only its first use",
    # "Myelin" and "MYELIN" are one term, whatever the capitalization (tools/terms.py matches without case).
    "term-marked-twice-other-case": "docs/index.md:14: 'myelin' is marked <dfn> 2 times: mark only its first use",
    # front matter
    "missing-front-matter": "docs/about.md:1: missing front matter",
    "front-matter-not-yaml": "docs/about.md:3: front matter is not valid YAML",
    "front-matter-key-missing": "docs/about.md:1: front matter has no 'review_status'",
    "reference-page-without-description": "docs/glossary.md:1: front matter has no 'description'",
    "review-date-not-iso": "docs/about.md:4: 'last_reviewed' must be a date written YYYY-MM-DD",
    "next-review-not-after-last-review": "docs/about.md:5: next_review 2026-01-31 is not after last_reviewed",
    "next-review-more-than-3-years-on": "docs/about.md:5: next_review 2029-12-01 is more than 3 years after",
    "review-status-empty": "docs/about.md:6: 'review_status' must be non-empty text",
    "description-too-long": "docs/about.md:3: description is 162 characters; at most 160",
    "sources-not-a-list": "docs/about.md:7: 'sources' must be a list of reference keys",
    "front-matter-unknown-key": "docs/about.md:10: front matter key 'subtitle' is not one this site uses",
    # citations
    "unknown-citation-key": "docs/about.md:12: unknown citation key 'no-such-source'",
    "unknown-citation-key-in-include": "docs/about.md:23: unknown citation key 'no-such-source' in snippet include",
    "unknown-citation-key-in-sources": "docs/about.md:7: unknown citation key 'no-such-source' in front matter sources",
    "citation-without-snippet": "docs/about.md:12: [^julian2020] is cited but",
    "reference-included-twice": "docs/about.md:25: references/nhs-b12.md is included twice",
    "citations-out-of-order": "docs/about.md:15: [^julian2020][^nhs-b12] shows sources 2, 1 side by side, out of order:"
                              " write [^nhs-b12][^julian2020], or move the references/ includes",
    "citations-out-of-order-in-generated-snippet": "content/callouts/note.md:3: [^julian2020][^nhs-b12] shows sources 2, 1"
                                                   " side by side on docs/about.md, out of order; this file is generated:"
                                                   " move the references/ includes of docs/about.md into the order",
    "snippet-without-citation": "docs/about.md:23: references/julian2020.md is included but [^julian2020] is never cited",
    "sources-not-matching-citations": "docs/about.md:7: front matter sources do not match the citations "
                                      "(listed but not cited: julian2020)",
    "reference-snippet-not-generated": "docs/about.md:23: content/references/ods-b12.md does not exist",
    "missing-snippet-file": "docs/about.md:18: snippet content/callouts/no-such-callout.md does not exist",
    # internal links
    "link-to-missing-page": "docs/about.md:16: link to missing page help.md",
    "link-to-missing-anchor": "docs/about.md:16: link to missing anchor #what-to-do in index.md",
    "link-to-missing-anchor-on-same-page": "docs/about.md:16: link to missing anchor #how-we-check",
    "link-to-missing-glossary-term": "docs/about.md:16: link to missing anchor #mylin in glossary.md",
    "absolute-link": "docs/about.md:16: absolute link /index.md",
    # images
    "image-without-alt": "docs/about.md:18: image without alt text",
    "html-image-without-alt": "docs/about.md:18: <img> without an alt attribute",
    "html-image-empty-alt-not-hidden": 'docs/about.md:18: <img alt=""> without aria-hidden="true"',
    "external-image": "docs/about.md:18: image from another site",
    # external links
    "external-link-not-https": "docs/about.md:16: external link is not https: http://www.nhs.uk/",
    "external-link-not-a-source": "docs/about.md:16: external link to a page that is not a source"
                                  " in content/references.yml: https://example.com/b12",
    "html-link-not-a-source": "docs/about.md:16: external link to a page that is not a source"
                              " in content/references.yml: https://example.com/b12",
    # navigation
    "page-not-in-nav": "docs/extra.md: page is not in the nav of mkdocs.yml",
    "nav-entry-without-file": "mkdocs.yml:29: nav entry help.md has no file docs/help.md",
    # the file exists (README.md beside docs/), but a nav name that climbs is no page of this site
    "nav-entry-climbs": "mkdocs.yml:27: nav entry ../README.md is not a page path inside docs/",
    # MkDocs lets an address in the nav through even in strict mode: a menu link on every page
    "nav-entry-to-another-site": "mkdocs.yml:27: nav entry https://example.com/b12 is not a page in docs/",
    # data files
    "reference-without-title": "content/references.yml:18: reference 'ods-b12' has no 'title'",
    "reference-unknown-kind": "content/references.yml:18: reference 'ods-b12' has kind 'blog'",
    "reference-without-identifier": "content/references.yml:18: reference 'ods-b12' has none of pmid, doi, url",
    "reference-url-not-https": "content/references.yml:18: reference 'ods-b12' url is not https",
    # a web page changes under its address: every web source shows the day we last checked it
    "reference-url-without-checked": "content/references.yml:18: reference 'ods-b12' has a url but no 'checked' date"
                                     " (YYYY-MM-DD)",
    "reference-checked-in-the-future": "content/references.yml:18: reference 'ods-b12' checked 2999-01-01 is in the future",
    "reference-checked-via-empty": "content/references.yml:18: reference 'ods-b12' has an empty 'checked_via'",
    # on a work without a url: text here once stopped the data check with a TypeError
    "reference-checked-not-a-date": "content/references.yml:18: reference 'ods-b12' checked '30 November 2026'"
                                    " is not a date written YYYY-MM-DD",
    "glossary-term-without-meaning": "content/glossary.yml:3: glossary term 'nerve' has no meaning",
    "glossary-term-twice": "content/glossary.yml:3: not valid YAML: key 'myelin' is given twice",
    # redirects (redirect_maps of the redirects plugin in mkdocs.yml)
    "redirect-key-climbs": "mkdocs.yml:8: redirect ../../outside.md -> about.md: the old page must be a page path",
    "redirect-key-absolute": "mkdocs.yml:8: redirect /old-about.md -> about.md: the old page must be a page path",
    "redirect-to-another-site": "mkdocs.yml:8: redirect old-about.md -> https://example.com/: the target must be a page path",
    "redirect-to-missing-page": "mkdocs.yml:8: redirect old-about.md -> help.md: the target docs/help.md is not a page",
    "redirect-loop": "mkdocs.yml:8: redirect old-about.md -> old-about.md: points to itself",
    "redirect-chain": "mkdocs.yml:8: redirect old-about.md -> older-about.md: the target is itself redirected (to about.md)",
    "redirect-hides-live-page": "mkdocs.yml:8: redirect about.md -> index.md: the old address /about/ is the live page",
    # HTML that can run code, leave the page or load from elsewhere: checked in what the page
    # renders to, so split tags, attribute lists and snippets are caught too
    "html-script": "docs/about.md:16: <script> is not allowed in a page: it runs code",
    "html-script-in-a-paragraph": "docs/about.md:16: <script> is not allowed in a page",
    "html-script-in-snippet": "content/callouts/note.md:2: <script> is not allowed in a page",
    "html-iframe": "docs/about.md:16: <iframe> is not allowed in a page: it shows another site",
    "html-object": "docs/about.md:16: <object> is not allowed in a page: it loads and runs content",
    "html-embed": "docs/about.md:16: <embed> is not allowed in a page: it loads and runs content",
    "html-form": "docs/about.md:16: <form> is not allowed in a page: it can send what a reader types",
    "html-meta-refresh": "docs/about.md:16: <meta> is not allowed in a page: a refresh <meta> sends readers",
    "html-base": "docs/about.md:16: <base> is not allowed in a page: it changes where every link",
    "html-link": "docs/about.md:16: <link> is not allowed in a page: it loads files from elsewhere",
    "html-style": "docs/about.md:16: <style> is not allowed in a page: it restyles the whole page",
    "html-noscript": "docs/about.md:16: <noscript> is not allowed in a page: it holds markup that is shown or run"
                     " differently",
    "html-template": "docs/about.md:16: <template> is not allowed in a page: it holds markup that scripts can insert",
    "html-unknown-element": "docs/about.md:16: <marquee> is not an element pages may use",
    "html-abbr": "docs/about.md:16: <abbr> is not an element pages may use",  # the site no longer loads abbr
    "html-event-handler": "docs/about.md:16: onmouseover= on <p> is not allowed: an event handler runs code",
    "html-event-handler-split-over-lines": "docs/about.md:17: onerror= on <img> is not allowed: an event handler",
    "html-javascript-link": "docs/about.md:16: href= on <a> is a javascript: address, which runs code",
    "html-javascript-link-split-over-lines": "docs/about.md:17: href= on <a> is a javascript: address",
    "html-javascript-link-encoded": "docs/about.md:16: href= on <a> is a javascript: address",
    "markdown-javascript-link": "docs/about.md:16: href= on <a> is a javascript: address",
    "html-vbscript-link": "docs/about.md:16: href= on <a> is a vbscript: address, which runs code",
    "html-data-url": "docs/about.md:16: href= on <a> is a data: address, which can carry a page or script",
    # src= is an address too: the same refusals as href=, in HTML and in a Markdown image
    "html-data-url-in-src": "docs/about.md:16: src= on <img> is a data: address, which can carry a page or script",
    "markdown-image-data-url": "docs/about.md:16: src= on <img> is a data: address, which can carry a page or script",
    "html-javascript-src": "docs/about.md:16: src= on <img> is a javascript: address, which runs code",
    "html-style-attribute": "docs/about.md:16: style= on <span> is not allowed: the site's CSP blocks inline styles",
    "attr-list-event-handler": "docs/about.md:17: onclick= on <p> is not allowed: an event handler runs code",
    "attr-list-javascript-href": "docs/about.md:16: href= on <a> is a javascript: address",
    "attr-list-href-to-another-site": "docs/about.md:16: external link to a page that is not a source"
                                      " in content/references.yml: https://example.com/b12",
    "svg-fill-from-another-site": "docs/about.md:16: fill= on <path> refers to url(https://example.com/x.svg#p):"
                                  " only url(#id) of this drawing",
    "svg-inline-fill-url-mixed": "docs/about.md:16: fill= on <path> refers to URL(#a) url(https://example.com/x.svg#p):"
                                 " only url(#id) of this drawing",
    "svg-inline-css-escape": 'docs/about.md:16: fill="\\75 rl(https://example.com/x.svg#p)" on <path> holds a backslash',
    "button-that-submits": 'docs/about.md:16: type="submit" on <button> is not allowed: only type="button"',
    "html-parsed-differently": "docs/about.md:16: the HTML sanitizer (nh3) reads this page's HTML differently at <p>",
    "markdown-extension-unknown": "mkdocs.yml:9: markdown_extensions cannot be loaded",
    # snippets only from content/, never downloaded
    "snippets-url-download": "mkdocs.yml:21: pymdownx.snippets url_download: true is not allowed",
    "snippets-unrestricted-base-path": "mkdocs.yml:21: pymdownx.snippets restrict_base_path: false is not allowed",
    "snippets-base-path-outside-content": "mkdocs.yml:19: pymdownx.snippets base_path must be [content]",
    # YAML and front matter are plain text: one line, no HTML, no quote that ends an attribute
    "glossary-meaning-multi-line": "content/glossary.yml:2: 'The coating that protects nerves.' is more than one line",
    "glossary-meaning-with-html": "content/glossary.yml:2: 'The coating that <img src=x onerror=\"ale' holds < or >",
    "reference-title-with-html": "content/references.yml:12: 'Vitamin B12 <script>alert(1)</script>' holds < or >",
    "reference-field-multi-line": "content/references.yml:13: 'NHS website' is more than one line",
    "title-with-double-quote": "docs/about.md:2: 'About \"this\" site' holds a double quote",
    "description-with-html": "docs/about.md:3: 'Who writes this site.<script>alert(1)</s' holds < or >",
    "description-multi-line": "docs/about.md:3: 'Who writes this site' is more than one line",
    # a YAML tag turns text into bytes a template prints unescaped (a refresh <meta> in every page's nav)
    "front-matter-binary-value": "docs/about.md:3: front matter is not valid YAML: the tag !!binary is not allowed",
    "glossary-meaning-binary": "content/glossary.yml:2: not valid YAML: the tag !!binary is not allowed",
    # citations cannot be forged or broken
    "footnote-with-a-reference-key": "docs/about.md:16: defines the footnote [^nhs-b12] itself",
    # indented, the definition still counts, and (after the snippet) it is the one readers see
    "footnote-with-a-reference-key-in-an-admonition": "docs/about.md:27: defines the footnote [^nhs-b12] itself",
    "footnote-with-a-reference-key-in-a-blockquote": "docs/about.md:26: defines the footnote [^nhs-b12] itself",
    "footnote-with-a-reference-key-in-a-list": "docs/about.md:28: defines the footnote [^nhs-b12] itself",
    "reference-pmid-not-digits": "content/references.yml:18: reference 'ods-b12' pmid 'PMC7468922' is not a PubMed ID",
    "reference-doi-malformed": "content/references.yml:18: reference 'ods-b12' doi 'https://doi.org/10.3390/nu12082221'"
                               " is not a DOI",
    # dates
    "last-reviewed-in-the-future": "docs/about.md:4: last_reviewed 2999-01-01 is in the future",
    # text that silently disappears; ids
    "table-row-with-extra-cells": "docs/about.md:18: table row has 3 cells but its header has 2",
    "duplicate-id": "docs/about.md:17: id 'sources-for-this-page' is used 2 times on this page",
    # ids starting with __ are the theme's: #__config (its settings), #__scripts-after-paint (its scripts)
    "id-of-the-theme": 'docs/about.md:16: id="__config" on <div> is not allowed: ids starting with __ belong to the theme',
    "id-of-the-theme-in-attr-list": 'docs/about.md:17: id="__scripts-after-paint" on <p> is not allowed',
    "aria-reference-to-a-theme-id": 'docs/about.md:16: aria-describedby="__drawer" on <span> is not allowed',
    # hidden text: only the print button's wrapper is hidden (site.js shows it); aria-hidden only on decoration
    "html-hidden-text": "docs/about.md:16: hidden on <p> is allowed only on the print button's wrapper",
    "html-hidden-wrapper-of-another-class": "docs/about.md:16: hidden on <p> is allowed only on the print button's",
    "html-aria-hidden-text": "docs/about.md:16: aria-hidden= is not an attribute <p> may have",
    # files that should never be published; snippets only from content/
    "symlink-in-docs": "docs/assets/images/photo.png: is a symbolic link (to /etc/hostname)",
    # content/ is included into pages and overrides/ into every page's template: a link there
    # publishes what it points to as surely as one in docs/ (this one is a whole folder)
    "symlink-in-content": "content/callouts: is a symbolic link (to /etc)",
    "symlink-in-overrides": "overrides/partials/copyright.html: is a symbolic link (to /etc/hostname)",
    "draft-backup-file": "docs/about.md.bak: is a backup or draft copy",
    "editor-backup-file": "docs/about.md~: is a backup or draft copy",
    "text-note": "docs/notes.txt: is a text note",
    "office-document": "docs/assets/plan.docx: is an office document (.docx)",
    "html-page-in-docs": "docs/old-page/index.html: is a hand-written HTML page",
    "svg-with-script": "docs/assets/images/figure.svg:2: holds a script: opened directly, an SVG runs it",
    "svg-with-event-handler": "docs/assets/images/figure.svg:1: has an event handler (onload=)",
    "svg-external-reference": "docs/assets/images/figure.svg:2: refers to https://example.com/tracker.png outside itself",
    # styles are refused whole: CSS spells url( and @import in capitals, with escapes, among other values
    "svg-style-element-uppercase-import": "docs/assets/images/figure.svg:2: holds a <style> element",
    "svg-style-attribute": "docs/assets/images/figure.svg:2: has a style= attribute",
    "svg-fill-url-uppercase": 'docs/assets/images/figure.svg:2: fill="URL(https://example.com/x.svg#p)" may only be'
                              " url(#id) of this drawing, as the whole value",
    "svg-filter-url-mixed": 'docs/assets/images/figure.svg:2: filter="url(#a) url(https://example.com/x.svg#f)" may'
                            " only be url(#id)",
    "svg-css-escape": 'docs/assets/images/figure.svg:2: fill="\\75 rl(https://example.com/x.svg#p)" holds a backslash',
    "svg-html-element": "docs/assets/images/figure.svg:2: holds <object> of http://www.w3.org/1999/xhtml XML namespace",
    "image-over-budget": "docs/assets/images/photo.png: is 101 KB; images may be at most 100 KB each",
    "page-name-not-lowercase-hyphenated": "docs/About_Us.md: page name is not lowercase words joined by hyphens",
    "page-name-with-spaces": "docs/about us.md: page name is not lowercase words joined by hyphens",
    "page-names-sharing-a-key": "docs/about.md: its address without slashes, 'about', is also that of docs/ab/out.md",
    "snippet-outside-content": "docs/about.md:16: snippet ../docs/index.md is outside content/",
    # errors an editor can act on, never a traceback
    "page-not-utf8": "docs/about.md:12: is not UTF-8 text (byte 0xe9 on this line)",
    "warning-signs-not-utf8": "content/warning-signs.yml:29: is not UTF-8 text (byte 0xe9 on this line)",
    "references-not-valid-yaml": "content/references.yml:17: not valid YAML: found unexpected end of stream"
                                 " (scanning a quoted scalar that starts on line 12)",
    # page dates
    "first-published-missing": "docs/about.md:1: front matter has no 'first_published'",
    "reference-page-without-next-review": "docs/glossary.md:1: front matter has no 'next_review'",
    "last-updated-not-iso": "docs/about.md:9: 'last_updated' must be a date written YYYY-MM-DD",
    "last-updated-before-first-published": "docs/about.md:9: last_updated 2026-11-01 is before first_published",
    "last-updated-in-the-future": "docs/about.md:9: last_updated 2999-01-01 is in the future",
    # clinical review record
    "review-of-missing-page": "content/reviews.yml:2: review of page 'nothing.md', which does not exist in docs/",
    "review-without-reviewer": "content/reviews.yml:2: review has no 'reviewer'",
    "review-status-claims-a-review": "docs/about.md:6: review_status says 'clinically reviewed', but no review",
    # warning signs
    "warning-sign-unknown-level": "content/warning-signs.yml:29: sign 'pain at night' has level 'soon', not one of",
    "warning-sign-without-source": "content/warning-signs.yml:29: sign 'pain at night' has no source",
    "warning-sign-unknown-source": "content/warning-signs.yml:29: sign 'pain at night' has unknown source 'no-such-source'",
    "warning-sign-written-by-hand": "docs/about.md:17: warning sign written by hand: 'numbness around your buttocks'",
}


def project_with(tmp_path, *defects):
    """A copy of the good fixture with the files of each broken fixture laid over it
    (symbolic links copied as links: one fixture is a link)."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "good", project)
    for defect in defects:
        shutil.copytree(FIXTURES / "broken" / defect, project, dirs_exist_ok=True, symlinks=True)
    return project


def check(root):
    """The checker as an editor runs it, in its own process: (exit code, everything it printed)."""
    done = subprocess.run([sys.executable, str(CHECKER), "--root", str(root)], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def check_in_this_process(root, capsys):
    """The same entry point, called here: a new Python process costs about 0.3 s, and there
    are over 150 fixtures. A traceback would fail the calling test rather than be printed."""
    capsys.readouterr()
    code = check_content.main(["--root", str(root)])
    printed = capsys.readouterr()
    return code, printed.out + printed.err


def errors(output: str) -> list[str]:
    """The problem lines of the output: not warnings, not the closing summary."""
    return [line for line in output.splitlines() if line and ": warning: " not in line
            and not line.startswith("check_content:")]


def test_every_broken_fixture_is_tested():
    assert sorted(path.name for path in (FIXTURES / "broken").iterdir() if path.is_dir()) == \
        sorted([*DEFECTS, "reference-not-cited"])


def test_the_good_fixture_passes_without_warnings():
    code, output = check(FIXTURES / "good")
    assert code == 0, output
    assert output.strip().startswith("check_content: 4 pages, 2 references"), output
    assert "warning" not in output


@pytest.mark.parametrize("defect", DEFECTS)
def test_a_defect_fails_with_its_own_message(tmp_path, defect, capsys):
    code, output = check_in_this_process(project_with(tmp_path, defect), capsys)
    assert code == 1, output
    # Exactly one error, and it is this defect's: each fixture breaks one rule once.
    found = errors(output)
    assert len(found) == 1 and found[0].startswith(DEFECTS[defect]), output
    assert "Traceback" not in output, output


def test_every_fixture_renders_with_exactly_the_sites_markdown_extensions():
    """Else a page could pass here and render differently on the site (the fixture once kept abbr)."""
    def extensions(path):
        return yaml.load(path.read_text(), Loader=ConfigLoader)["markdown_extensions"]

    wanted = extensions(ROOT / "mkdocs.yml")
    about_extensions = {"markdown-extension-unknown"} | {name for name in DEFECTS if name.startswith("snippets-")}
    for config in sorted(FIXTURES.glob("*/*/mkdocs.yml")) + [FIXTURES / "good" / "mkdocs.yml"]:
        if config.parent.name not in about_extensions:
            assert extensions(config) == wanted, config.relative_to(FIXTURES)


def test_a_reference_no_page_cites_is_a_warning_not_a_failure(tmp_path):
    code, output = check(project_with(tmp_path, "reference-not-cited"))
    assert code == 0, output
    assert "content/references.yml:18: warning: reference 'ods-b12' is not cited by any page" in output


def test_all_problems_are_reported_before_failing(tmp_path):
    defects = ("missing-front-matter", "page-not-in-nav", "nav-entry-without-file", "glossary-term-without-meaning")
    code, output = check(project_with(tmp_path, *defects))
    assert code == 1, output
    found = errors(output)
    assert len(found) == len(defects), output
    for defect in defects:
        assert any(line.startswith(DEFECTS[defect]) for line in found), f"{defect} not reported:\n{output}"


def test_one_unreadable_or_broken_file_hides_no_other_problem(tmp_path):
    defects = ("page-not-utf8", "glossary-meaning-multi-line", "svg-with-script", "redirect-loop", "draft-backup-file")
    code, output = check(project_with(tmp_path, *defects))
    assert code == 1 and "Traceback" not in output, output
    found = errors(output)
    assert len(found) == len(defects), output
    for defect in defects:
        assert any(line.startswith(DEFECTS[defect]) for line in found), f"{defect} not reported:\n{output}"


def test_odd_file_names_get_messages_not_a_traceback(tmp_path):
    """A line break or a byte that is not UTF-8 in a file name: each named on one line."""
    project = project_with(tmp_path)
    page = (project / "docs" / "about.md").read_bytes()
    odd = [project / "docs" / "two\nlines.md", project / "docs" / os.fsdecode(b"caf\xe9.md")]
    for path in odd:
        path.write_bytes(page)
    code, output = check(project)
    assert code == 1 and "Traceback" not in output, output
    assert "docs/two\\nlines.md: page name is not lowercase words joined by hyphens" in output, output
    assert "docs/caf\\udce9.md: page name is not lowercase words joined by hyphens" in output, output


def test_every_content_data_file_is_plain_text(tmp_path):
    """Not only the glossary and references: content/warning-signs.yml and any other data file."""
    project = project_with(tmp_path)
    (project / "content" / "warning-signs.yml").write_text(
        "numbness:\n  words: |\n    Numbness in both legs\n    <script>alert(1)</script>\n  level: emergency\n")
    code, output = check(project)
    assert code == 1
    assert "content/warning-signs.yml:2: 'Numbness in both legs' is more than one line" in output, output


def test_problems_gives_the_same_findings_to_python_code(tmp_path):
    """The API the `mkdocs serve` hook calls: Problem objects with file, line and message."""
    assert [problem for problem in check_content.problems(FIXTURES / "good")[0] if not problem.warning] == []
    found, _ = check_content.problems(project_with(tmp_path, "html-script"))
    assert [(problem.path, problem.line) for problem in found if not problem.warning] == [("docs/about.md", 16)]
    assert "<script> is not allowed" in found[0].message


def test_a_rule_that_breaks_is_reported_and_the_others_still_run(tmp_path, monkeypatch):
    def check_that_breaks(project):
        raise KeyError("title")

    broken = types.ModuleType("content_rules.broken_rule")
    broken.check = check_that_breaks
    monkeypatch.setattr(check_content, "RULES", (broken, *check_content.RULES))
    found = [str(problem) for problem in check_content.problems(project_with(tmp_path, "html-script"))[0]]
    assert any(line.startswith("tools/content_rules/broken_rule.py: this check stopped on an unexpected error"
                               " (KeyError: 'title')") for line in found), found
    assert any(line.startswith(DEFECTS["html-script"]) for line in found), found


def test_an_empty_glossary_is_not_a_crash(tmp_path):
    """With no terms there is nothing to explain (an empty term pattern once matched everywhere)."""
    assert terms.unexplained_in_html("<p>Myelin protects nerves.</p>", {}) == []
    project = project_with(tmp_path)
    (project / "content" / "glossary.yml").write_text("{}\n")
    code, output = check(project)
    assert code == 0 and "unexpected error" not in output, output


def test_the_site_passes():
    code, output = check(ROOT)
    assert code == 0, f"tools/check_content.py refuses the site's content:\n{output}"
