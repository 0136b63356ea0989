"""The test server behaves as GitHub Pages does for a project site."""

from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest


def fetch(url: str, gzip: bool = False, etag: str | None = None):
    headers = {"Accept-Encoding": "gzip"} if gzip else {}
    if etag:
        headers["If-None-Match"] = etag
    try:
        return urlopen(Request(url, headers=headers))
    except HTTPError as error:
        return error


def test_pages_are_served_under_the_sub_path(server):
    assert fetch(server.base_url).status == 200
    assert fetch(server.origin + "/").status == 404


def test_a_missing_url_gets_the_sites_404_page(server):
    answer = fetch(server.base_url + "no-such-page/")
    assert answer.status == 404
    assert b"<h1" in answer.read()


@pytest.mark.parametrize("path", ["", "assets/stylesheets/styles.min.css"])
def test_text_is_sent_gzipped(server, path):
    assert fetch(server.base_url + path, gzip=True).headers["Content-Encoding"] == "gzip"


def test_files_are_cached_as_github_pages_caches_them(server):
    first = fetch(server.base_url + "assets/stylesheets/styles.min.css")
    assert first.headers["Cache-Control"] == "max-age=600"
    etag = first.headers["ETag"]
    assert etag and fetch(server.base_url + "assets/stylesheets/styles.min.css", etag=etag).status == 304
    assert fetch(server.base_url + "assets/stylesheets/print.css", etag=etag).status == 200
