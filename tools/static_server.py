"""A static file server for the built site, as GitHub Pages serves a project site.

The site is served under a sub-path (the path of `site_url`, e.g. /b12-back-pain/),
with gzip for text files, and the site's own 404.html (status 404) for a missing
URL, so that the browser tests see what a reader of the published site sees. Caching
is GitHub Pages' too: every file may be kept 10 minutes (Cache-Control: max-age=600),
and carries an ETag, so a later request for a changed file gets it anew and one for an
unchanged file gets "304 Not Modified".
"""

import gzip
import hashlib
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")
CACHE_CONTROL = "max-age=600"  # what GitHub Pages sends for every file


class SiteHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, site: Path, prefix: str, **kwargs):
        self.site = site
        self.prefix = prefix
        super().__init__(*args, directory=str(site), **kwargs)

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return self.send_file(self.site / "404.html", status=404)
        target = (self.site / path[len(self.prefix):]).resolve()
        if self.site not in target.parents and target != self.site:
            return self.send_file(self.site / "404.html", status=404)
        if target.is_dir():
            if not path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", path + "/")
                self.end_headers()
                return
            target = target / "index.html"
        if not target.is_file():
            return self.send_file(self.site / "404.html", status=404)
        return self.send_file(target, status=200)

    def send_file(self, file: Path, status: int):
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", CACHE_CONTROL)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(file)))
        if file.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.end_headers()
        self.wfile.write(body)


class SiteServer:
    """Serve `site` at http://127.0.0.1:<free port><prefix> in a background thread.
    A test may pass its own `handler`, a SiteHandler subclass, to change how files are sent."""

    def __init__(self, site: Path, prefix: str, handler: type[SiteHandler] = SiteHandler):
        handler = partial(handler, site=site.resolve(), prefix=prefix)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.base_url = self.origin + prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
