"""Citations read well: on screen they show as [2][3], and a screen reader hears each one named
as a source ("Source 3") and each back link told apart ("Back to where source 3 is cited",
then "... (2nd time)"). The names are read from Playwright's accessibility snapshot, which is
what the browser gives assistive technology, after the page's scripts have run."""

import re

import pytest
from browser_helpers import ALL_URLS, full_url, goto

# The names of the links a citation makes, in page order, as the DOM says they should be.
EXPECTED_NAMES_JS = """() => {
  const number = new Map([...document.querySelectorAll("article .footnote li[id^='fn:']")]
    .map((li, index) => [li.id.slice(3), index + 1]));
  const ordinal = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th");
  const names = [];
  for (const link of document.querySelectorAll("article a.footnote-ref, article a.footnote-backref")) {
    if (link.classList.contains("footnote-ref")) {
      names.push(`Source ${number.get(link.getAttribute("href").slice(4))}`);
      continue;
    }
    const source = link.closest("li[id^='fn:']");
    const time = [...source.querySelectorAll("a.footnote-backref")].indexOf(link) + 1;
    names.push(`Back to where source ${number.get(source.id.slice(3))} is cited` +
               (time > 1 ? ` (${ordinal(time)} time)` : ""));
  }
  return names;
}"""
# What a sighted reader sees of each citation: its text without the screen-reader-only word,
# and that word's box (1 px, clipped to nothing).
SHOWN_JS = """() => [...document.querySelectorAll("article a.footnote-ref")].map((link) => {
  const copy = link.cloneNode(true);
  copy.querySelectorAll(".visually-hidden").forEach((word) => word.remove());
  const word = link.querySelector(".visually-hidden");
  const box = word && word.getBoundingClientRect();
  return {shown: copy.textContent, hidden: !!word && box.width <= 1 && box.height <= 1 &&
          getComputedStyle(word).clipPath !== "none"};
})"""
CITATION_LINK = re.compile(r'- link "((?:Source \d+)|(?:Back to where source \d+ is cited.*?))"')


@pytest.fixture
def reader_page(kept_page):
    return kept_page()


@pytest.mark.parametrize("url", ALL_URLS)
def test_citations_and_back_links_have_names_that_tell_them_apart(reader_page, server, url):
    goto(reader_page, full_url(server, url))
    expected = reader_page.evaluate(EXPECTED_NAMES_JS)
    if not expected:
        pytest.skip(f"{url} cites no source")
    heard = CITATION_LINK.findall(reader_page.locator("article").first.aria_snapshot())
    assert heard == expected, f"{url}: citation links are named {heard[:6]}..., expected {expected[:6]}..."
    back_links = [name for name in heard if name.startswith("Back")]
    assert len(set(back_links)) == len(back_links), f"{url}: two back links share a name"


@pytest.mark.parametrize("url", ALL_URLS)
def test_citations_show_their_numbers_in_brackets(reader_page, server, url):
    goto(reader_page, full_url(server, url))
    for citation in reader_page.evaluate(SHOWN_JS):
        assert re.fullmatch(r"\[\d+\]", citation["shown"]) and citation["hidden"], f"{url}: {citation}"
