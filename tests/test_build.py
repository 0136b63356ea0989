"""The build itself: strict, and a broken link stops it naming the file."""

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
