"""The GitHub workflow files are valid (actionlint), and the checker catches a broken one."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from site_pages import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def actionlint(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(ACTIONLINT), "-no-color", *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_passes_actionlint(workflow):
    done = actionlint(workflow)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n"
                      "      - uses: actions/checkout@v4\n        with: {fetch-depth: ${{ nope }} }\n")
    assert actionlint(broken).returncode != 0


def test_the_expected_workflows_exist():
    names = {path.name for path in WORKFLOWS}
    assert {"test.yml", "pages.yml", "links.yml"} <= names


def test_pages_deploys_with_the_official_actions():
    steps = [step.get("uses", "") for job in yaml.safe_load((ROOT / ".github/workflows/pages.yml")
             .read_text())["jobs"].values() for step in job["steps"]]
    assert any(uses.startswith("actions/upload-pages-artifact@") for uses in steps)
    assert any(uses.startswith("actions/deploy-pages@") for uses in steps)


def test_dependabot_watches_python_packages_and_actions():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    assert {update["package-ecosystem"] for update in config["updates"]} >= {"pip", "github-actions"}
