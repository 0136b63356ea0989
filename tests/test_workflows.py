"""The GitHub workflow files are valid (actionlint), and the checker catches a broken one;
Pages deploys only a site that passed the tests on the same commit."""

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from site_pages import ROOT

# Reads the sources or builds a copy itself: the same on either builder, so run once (README).
pytestmark = pytest.mark.builder_independent

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


def pages_workflow() -> dict:
    return yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())


def why_deploy_could_skip_the_tests(workflow: dict) -> list[str]:
    """Reasons a Pages deploy could publish a site that did not pass `make test`; [] when none.

    The job that uploads the Pages artifact must run .ci/run (which runs `make test`) in an
    earlier step of the same job, nothing before the upload may be allowed to fail, the
    uploaded folder must be the one `make test` tested, and the deploy job must need that
    job and never run on its failure."""
    jobs = workflow.get("jobs", {})
    uploads = {name: job for name, job in jobs.items()
               if any(step.get("uses", "").startswith("actions/upload-pages-artifact@") for step in job.get("steps", []))}
    deploys = {name: job for name, job in jobs.items()
               if any(step.get("uses", "").startswith("actions/deploy-pages@") for step in job.get("steps", []))}
    if len(uploads) != 1 or not deploys:
        return ["expected one job that uploads the Pages artifact and a job that deploys it"]
    (builder, job), = uploads.items()
    steps = job["steps"]
    upload_at = next(index for index, step in enumerate(steps) if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    reasons = []
    if not any(".ci/run" in str(step.get("run", "")) for step in steps[:upload_at]):
        reasons.append(f"job {builder} uploads the site without running .ci/run (make test) before it")
    if job.get("continue-on-error") or any(step.get("continue-on-error") or "always()" in str(step.get("if", ""))
                                           or "failure()" in str(step.get("if", "")) for step in steps[:upload_at + 1]):
        reasons.append(f"job {builder} lets a failed step through to the upload")
    if steps[upload_at].get("with", {}).get("path", "").rstrip("/") != "site":
        reasons.append("the uploaded folder is not site/, the one `make test` tests")
    for name, deploy in deploys.items():
        needs = deploy.get("needs", [])
        if builder not in ([needs] if isinstance(needs, str) else needs):
            reasons.append(f"job {name} deploys without needing {builder}")
        if any(word in str(deploy.get("if", "")) for word in ("always()", "failure()", "cancelled()")):
            reasons.append(f"job {name} may run when {builder} failed")
    return reasons


def test_pages_deploys_only_what_passed_the_tests():
    assert why_deploy_could_skip_the_tests(pages_workflow()) == []


def test_ci_run_tests_the_site_folder_that_is_deployed():
    """.ci/run runs `make test` with the default builder, whose build (and tests) use site/."""
    script = (ROOT / ".ci" / "run").read_text()
    assert "set -euo pipefail" in script and any(line.strip() == "make test" for line in script.splitlines())
    makefile = (ROOT / "Makefile").read_text()
    assert "SITE_DIR_mkdocs := site" in makefile and "export SITE_DIR" in makefile  # what the build and pytest use
    test = makefile[makefile.index("\ntest:"):].split("\n\n")[0]
    assert "build" in test and "$(BIN)/pytest" in test, "make test must build, then test that build"


@pytest.mark.parametrize("break_it", ["no needs", "always", "no tests", "allowed to fail", "other folder"])
def test_the_deploy_check_catches_a_deploy_that_skips_the_tests(break_it):
    workflow = copy.deepcopy(pages_workflow())
    builder = next(name for name, job in workflow["jobs"].items() if "deploy" not in name)
    steps = workflow["jobs"][builder]["steps"]
    if break_it == "no needs":
        del workflow["jobs"]["deploy"]["needs"]
    elif break_it == "always":
        workflow["jobs"]["deploy"]["if"] = "${{ always() }}"
    elif break_it == "no tests":
        steps[:] = [step for step in steps if ".ci/run" not in str(step.get("run", ""))]
    elif break_it == "allowed to fail":
        next(step for step in steps if ".ci/run" in str(step.get("run", "")))["continue-on-error"] = True
    else:
        next(step for step in steps if "with" in step and "path" in step["with"])["with"]["path"] = "site-unchecked"
    assert why_deploy_could_skip_the_tests(workflow), f"{break_it}: not caught"


def test_dependabot_watches_python_packages_and_actions():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    assert {update["package-ecosystem"] for update in config["updates"]} >= {"pip", "github-actions"}


@pytest.mark.parametrize("name", ["test.yml", "pages.yml"])
def test_the_tests_run_in_the_debian_they_are_made_for(name):
    """.ci/run installs Debian packages (firefox-esr has no Ubuntu package): a job that runs it
    must run in a Debian container."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())
    runners = [job for job in workflow["jobs"].values()
               if any(".ci/run" in str(step.get("run", "")) for step in job.get("steps", []))]
    assert runners, f"{name}: no job runs .ci/run"
    for job in runners:
        container = job.get("container") or {}
        image = container.get("image") if isinstance(container, dict) else container
        assert str(image).startswith("debian:"), f"{name}: a job runs .ci/run outside a Debian container ({image})"
