"""The build itself: strict, a broken link stops it naming the file, and a bare `mkdocs build`\n(no `make check` first) still writes nothing for a redirect key that climbs out of the site."""

import time

import pytest

from site_build import build_site, copy_project

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent


def test_a_link_to_a_missing_page_fails_the_build_naming_the_file(tmp_path):
    copy = copy_project(tmp_path / "project")
    page = copy / "docs" / "about.md"
    page.write_text(page.read_text() + "\n[A page that is not there](no-such-page.md)\n")

    done = build_site(copy / "mkdocs.yml", tmp_path / "site")

    assert done.returncode != 0, "a link to a missing page must fail the strict build"
    assert "about.md" in done.stderr and "no-such-page.md" in done.stderr


def test_a_redirect_key_that_climbs_out_stops_even_a_bare_build(tmp_path):
    copy = copy_project(tmp_path / "project")
    config = copy / "mkdocs.yml"
    key = "        when-to-seek-help.md: when-to-get-help.md\n"
    assert key in config.read_text(), "mkdocs.yml: the redirect to copy is gone"
    name = f"escaped-{time.monotonic_ns()}"
    config.write_text(config.read_text().replace(key, key + f"        ../../{name}.md: about.md\n"))

    done = build_site(config, tmp_path / "site")

    assert done.returncode != 0, "a climbing redirect key must stop the build"
    said = done.stdout + done.stderr  # MkDocs prints an Abort's message on stdout
    assert f"../../{name}.md" in said and "not page paths" in said, said[-1500:]
    escaped = (tmp_path / "site" / ".." / ".." / name).resolve()  # where the plugin would write it
    assert not escaped.exists(), f"a redirect page was written outside the site: {escaped}"
