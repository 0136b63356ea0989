"""Glossary terms keep their <abbr> at their first use on a page only (tools/first_use_terms.py).
That every term's first use is explained is checked on the built pages in test_glossary.py."""

from first_use_terms import first_uses_only

PAGE = ('<p><abbr title="A vitamin.">B12</abbr> and <abbr title="A nerve sheath.">myelin</abbr>.</p>'
        '<p>More <abbr title="A vitamin.">B12</abbr>, then <abbr title="A vitamin.">B12</abbr>.</p>')


def test_later_uses_become_plain_text():
    html, unwrapped = first_uses_only(PAGE)
    assert unwrapped == 2
    assert html == ('<p><abbr title="A vitamin.">B12</abbr> and <abbr title="A nerve sheath.">myelin</abbr>.</p>'
                    "<p>More B12, then B12.</p>")


def test_terms_in_headings_are_not_their_first_use():
    html, unwrapped = first_uses_only('<h2 id="x">About <abbr title="A vitamin.">B12</abbr></h2>'
                                      '<p><abbr title="A vitamin.">B12</abbr> is needed.</p>')
    assert unwrapped == 1
    assert html == '<h2 id="x">About B12</h2><p><abbr title="A vitamin.">B12</abbr> is needed.</p>'


def test_a_second_run_changes_nothing():
    once, _ = first_uses_only(PAGE)
    assert first_uses_only(once) == (once, 0)


def test_built_pages_mark_each_term_once(pages, content_urls):
    for url in content_urls:
        terms = [abbr.get_text() for abbr in pages[url].select("article abbr")]
        repeated = sorted({term for term in terms if terms.count(term) > 1})
        assert not repeated, f"{url}: terms marked more than once: {repeated}"
