"""Small helpers the HTML tests share: front matter, the site's address, link resolution,
the built HTML files, redirect stubs and CSP hashes.

Pages are named by the URLs the `pages` fixture takes: "/", "/about/", "/404.html".
"""

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

from content_rules.markdown_text import FRONT_MATTER
from readability import REFERENCE_PAGES

# Import ROOT from here, not from conftest: with tests/browser/conftest.py present, the module
# name "conftest" may be either file.
from site_pages import DOCS, ROOT, config, nav_files, page_urls, site_path, site_url, url_for  # noqa: F401  (ROOT is re-exported)

CONFIG = config()
SITE_URL = site_url(CONFIG)              # ends with "/"
SITE_PATH = site_path(CONFIG)            # "/b12-back-pain/": the site lives under this prefix
REPO_URL = CONFIG.get("repo_url")    # None while the header repository link is switched off
# Each page's "Report a mistake" link opens this form (overrides/partials/page-review.html).
REPORT_FORM = CONFIG["extra"]["repository"] + "/issues/new?template=report-a-mistake.yml&page="
NOT_FOUND = "/404.html"
# Pages for patients: every page in the navigation but the reference lists (glossary, sources).
PATIENT_URLS = [url for url in page_urls() if url not in REFERENCE_PAGES]
REFRESH = re.compile(r"^\s*0\s*;\s*url=(\S+)\s*$", re.IGNORECASE)


def front_matter(md_file: str) -> dict:
    """The YAML block between the opening "---" lines of a page in docs/ ({} if none)."""
    text = (DOCS / md_file).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    return (yaml.safe_load(match.group(1)) or {}) if match else {}


def all_front_matter() -> dict[str, dict]:
    """{url: front matter} for every page in the navigation."""
    return {url_for(name): front_matter(name) for name in nav_files()}


def reviewed_urls() -> list[str]:
    """Content pages: those whose front matter carries review dates."""
    return [url for url, meta in all_front_matter().items() if "last_reviewed" in meta]


def public_url(url: str) -> str:
    """Where a page is published: SITE_URL + its path."""
    return urljoin(SITE_URL, url.lstrip("/"))


def resolve(page: str, href: str) -> str:
    """An href or src on `page`, as an absolute URL (relative ones resolved as a browser would)."""
    return urljoin(public_url(page), href)


def site_path(absolute: str) -> str | None:
    """The path inside the built folder for a URL of this site ("" for the home page), else None."""
    parts = urlsplit(absolute)
    site = urlsplit(SITE_URL)
    if (parts.scheme, parts.netloc) != (site.scheme, site.netloc) or not parts.path.startswith(SITE_PATH):
        return None
    return parts.path[len(SITE_PATH):]


def article(soup):
    """The page's main text, without Material's header, navigation and footer."""
    return soup.select_one("article.md-content__inner") or soup.find("article")


def words(element) -> str:
    """An element's text with whitespace collapsed, as a reader sees it."""
    return " ".join(element.get_text().split())


# Running text is what a reader reads as sentences: paragraphs, list items, table cells and
# captions. Headings, the byline, the review box and the sources list (titles of works by others)
# are not; link addresses are attributes, so they are never in it.
RUNNING_BLOCKS = "p, li, td, th, dd, figcaption"
NOT_RUNNING = ".footnote, .page-byline, .page-review"


def running_text(body) -> str:
    """The running text of a page's main text (see RUNNING_BLOCKS), as one string."""
    left_out = {id(tag) for tag in body.select(NOT_RUNNING)}
    blocks = [block for block in body.select(RUNNING_BLOCKS)
              if id(block) not in left_out and not any(id(parent) in left_out for parent in block.parents)]
    return " ".join(words(block) for block in blocks)


def html_files(site_dir: Path) -> list[Path]:
    """Every HTML file of a built site, in a stable order."""
    return sorted(site_dir.rglob("*.html"))


def redirect_target(soup) -> str | None:
    """The address a stub's <meta http-equiv="refresh"> sends the reader to, if any."""
    meta = soup.find("meta", attrs={"http-equiv": lambda value: value and value.lower() == "refresh"})
    match = meta and REFRESH.match(meta.get("content", ""))
    return match.group(1) if match else None


def csp_hash(text: str) -> str:
    """The CSP source ('sha256-...') for this exact inline script or style. Computed here, not
    with tools/csp_hashes.py, so that a wrong hash from the tool cannot pass the tests."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
