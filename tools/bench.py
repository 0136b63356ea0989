"""Lighthouse on every page: our site against a default Material build of the same Markdown.

    python tools/bench.py SITE_DIR      (what `make bench` runs after `make build`)

The default build uses the same docs/, Markdown extensions and snippets, with the
theme's defaults: no custom_dir, no extra CSS or JavaScript, default features. Its
one change from the defaults is `font: false`: a default build loads Google Fonts,
which cannot be reached here, and a request that hangs would skew every timing.

Both sites are served under the site_url sub-path with gzip (tests/browser/
static_server.py). Each page runs in Lighthouse (tools/bench/package-lock.json,
installed with `npm ci --prefix tools/bench` when missing), mobile and desktop,
BENCH_RUNS times (default 3); the table shows medians. BENCH_PAGES=/,/about/
limits the pages. The tables also go into BENCHMARKS.md between its bench markers.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from site_pages import config, page_urls, site_path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from static_server import SiteServer  # noqa: E402  (shared with the browser tests)

BENCH = ROOT / "tools" / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync")
PROFILES = {"mobile": [], "desktop": ["--preset=desktop"]}
REPORT = ROOT / "BENCHMARKS.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def ensure_lighthouse() -> None:
    """Install the pinned Lighthouse from the lock file, once."""
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--prefix", str(BENCH), "--no-audit", "--no-fund"], check=True)


def build_default_site(into: Path) -> Path:
    """Build the same Markdown with Material's defaults; return the built folder."""
    ours = config()
    extensions = []
    for item in ours["markdown_extensions"]:
        if isinstance(item, dict) and "pymdownx.snippets" in item:
            snippets = dict(item["pymdownx.snippets"])
            snippets["base_path"] = [str(ROOT / path) for path in snippets.get("base_path", ["."])]
            item = {"pymdownx.snippets": snippets}
        extensions.append(item)
    default = {
        "site_name": ours["site_name"],
        "site_url": ours["site_url"],
        "docs_dir": str(ROOT / "docs"),
        "theme": {"name": "material", "font": False},  # see the module docstring
        "plugins": ["search"],
        "markdown_extensions": extensions,
        "nav": ours["nav"],
    }
    config_file = into / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(default, sort_keys=False))
    site = into / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file),
                    "--site-dir", str(site)], check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return site


def lighthouse(url: str, profile: str) -> dict:
    """One Lighthouse run (retried once: Chrome sometimes fails to start); the numbers this report uses."""
    for attempt in (1, 2):
        done = subprocess.run(
            [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
             *PROFILES[profile]],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        lhr = json.loads(done.stdout) if done.returncode == 0 else {"runtimeError": done.stderr[-2000:]}
        if not lhr.get("runtimeError"):
            break
    else:
        raise RuntimeError(f"Lighthouse failed on {url} ({profile}): {lhr['runtimeError']}")
    audits = lhr["audits"]
    requests = audits["network-requests"]["details"]["items"]
    blocking = audits.get("render-blocking-resources", {}).get("details", {}).get("items", [])
    # Audits that cost points in the scored categories other than performance.
    failed = sorted({ref["id"] for name in CATEGORIES[1:] for ref in lhr["categories"][name]["auditRefs"]
                     if ref["weight"] > 0 and (audits[ref["id"]].get("score") or 0) < 1
                     and audits[ref["id"]].get("scoreDisplayMode") == "binary"})
    return {
        **{name: round(100 * (lhr["categories"][name]["score"] or 0)) for name in CATEGORIES},
        "fcp": audits["first-contentful-paint"]["numericValue"] / 1000,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "requests": len(requests),
        "blocking": sorted(short_path(item["url"]) for item in blocking),
        "failed": failed,
        "weight": {short_path(item["url"]): item.get("transferSize", 0) / 1024 for item in requests},
    }


def short_path(url: str) -> str:
    path = urlsplit(url).path
    prefix = site_path()
    return path[len(prefix) - 1:] if path.startswith(prefix) else url


def medians(runs: list[dict]) -> dict:
    numbers = {key: statistics.median(run[key] for run in runs)
               for key, value in runs[0].items() if isinstance(value, (int, float))}
    return {**numbers, **{key: runs[0][key] for key in ("blocking", "failed", "weight")}}


COLUMNS = [("perf", "performance", "{:.0f}"), ("a11y", "accessibility", "{:.0f}"),
           ("best pr.", "best-practices", "{:.0f}"), ("SEO", "seo", "{:.0f}"),
           ("FCP s", "fcp", "{:.2f}"), ("LCP s", "lcp", "{:.2f}"), ("TBT ms", "tbt", "{:.0f}"),
           ("CLS", "cls", "{:.3f}"), ("KB", "kb", "{:.1f}"), ("requests", "requests", "{:.0f}")]


def table(results: dict, profile: str) -> list[str]:
    """Markdown table: each cell is "ours / default"."""
    lines = [f"### {profile.capitalize()} (medians; each cell: ours / default Material)", "",
             "| page | " + " | ".join(title for title, _, _ in COLUMNS) + " |",
             "|---|" + "---:|" * len(COLUMNS)]
    for url, sites in results[profile].items():
        cells = [" / ".join(form.format(sites[site][key]) for site in ("ours", "default"))
                 for _, key, form in COLUMNS]
        lines.append(f"| `{url}` | " + " | ".join(cells) + " |")
    return lines + [""]


def targets(results: dict) -> list[str]:
    """Our mobile medians against the targets in BENCHMARKS.md."""
    pages = results["mobile"]
    checks = [
        ("accessibility, best practices, SEO 100",
         lambda m: all(m[c] == 100 for c in ("accessibility", "best-practices", "seo"))),
        ("performance 100", lambda m: m["performance"] == 100),
        ("LCP ≤ 1.0 s", lambda m: m["lcp"] <= 1.0),
        ("first load ≤ 70 KB", lambda m: m["kb"] <= 70),
        # Styles are inlined (tools/inline_styles.py) and scripts start after the first paint.
        ("no render-blocking request", lambda m: not m["blocking"]),
    ]
    lines = ["### Targets (ours, mobile medians)", ""]
    for name, met in checks:
        missed = [url for url, sites in pages.items() if not met(sites["ours"])]
        verdict = "met on every page" if not missed else f"missed on {len(missed)} of {len(pages)}: " + \
            ", ".join(f"`{url}`" for url in missed)
        lines.append(f"- {name}: {verdict}")
    return lines + [""]


def render_blocking(results: dict) -> list[str]:
    lines = ["### Render-blocking requests (Lighthouse `render-blocking-resources`, mobile, first run)", ""]
    for site in ("ours", "default"):
        found = sorted({path for sites in results["mobile"].values() for path in sites[site]["blocking"]})
        lines.append(f"- {site}: " + (", ".join(f"`{path}`" for path in found) if found else "none"))
    return lines + [""]


def failed_audits(results: dict) -> list[str]:
    lines = ["### Failed audits in accessibility, best practices and SEO (mobile, first run)", ""]
    for site in ("ours", "default"):
        found = {}
        for url, sites in results["mobile"].items():
            for audit in sites[site]["failed"]:
                found.setdefault(audit, []).append(url)
        listed = [f"`{audit}` ({len(urls)} pages)" for audit, urls in sorted(found.items())]
        lines.append(f"- {site}: " + (", ".join(listed) if listed else "none"))
    return lines + [""]


def weight(results: dict) -> list[str]:
    """Where the bytes of the first page go, per request (mobile, first run)."""
    url = next(iter(results["mobile"]))
    lines = [f"### Where the bytes go: `{url}`, mobile, first run (KB transferred)", "",
             "| request | ours | default |", "|---|---:|---:|"]
    ours, default = (results["mobile"][url][site]["weight"] for site in ("ours", "default"))
    for path in sorted(set(ours) | set(default), key=lambda p: -max(ours.get(p, 0), default.get(p, 0))):
        cells = [f"{sizes[path]:.1f}" if path in sizes else "-" for sizes in (ours, default)]
        lines.append(f"| `{path}` | " + " | ".join(cells) + " |")
    return lines + [""]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    versions = [subprocess.run(command, capture_output=True, text=True).stdout.strip() for command in
                ([CHROMIUM, "--version"], ["node", "--version"], [str(LIGHTHOUSE), "--version"])]
    return (f"{platform.system()} {platform.release()}, {cpu} × {os.cpu_count()}; "
            f"{versions[0]}; Node {versions[1]}; Lighthouse {versions[2]}")


def write_report(lines: list[str]) -> None:
    """Replace the text between the bench markers in BENCHMARKS.md (the rest is written by hand)."""
    text = REPORT.read_text() if REPORT.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    REPORT.write_text(before + START + "\n" + "\n".join(lines) + "\n" + END + after)


def main(site_dir: str = "site") -> None:
    ours_dir = (ROOT / site_dir).resolve()
    if not (ours_dir / "index.html").exists():
        sys.exit(f"{ours_dir} holds no built site: run `make build` first")
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    urls = [u.strip() for u in os.environ.get("BENCH_PAGES", "").split(",") if u.strip()] or page_urls()
    ensure_lighthouse()
    prefix = site_path()
    total = len(urls) * 2 * len(PROFILES) * runs
    print(f"{len(urls)} pages × 2 sites × {len(PROFILES)} profiles × {runs} runs = {total} Lighthouse runs",
          flush=True)
    results = {profile: {url: {} for url in urls} for profile in PROFILES}
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        default_dir = build_default_site(Path(temp))
        with SiteServer(ours_dir, prefix) as ours, SiteServer(default_dir, prefix) as default:
            for profile in PROFILES:
                for url in urls:
                    for site, server in (("ours", ours), ("default", default)):
                        found = [lighthouse(server.base_url + url.lstrip("/"), profile) for _ in range(runs)]
                        results[profile][url][site] = medians(found)
                    print(f"{profile} {url}: done", flush=True)
    settings = [f"{name}={os.environ[name]}" for name in ("BENCH_RUNS", "BENCH_PAGES") if name in os.environ]
    command = " ".join([*settings, "python tools/bench.py", site_dir])
    lines = [f"Run on {date.today().isoformat()} with `{command}` ({runs} run(s) per page, site, profile).",
             f"Machine: {machine()}.", ""]
    for profile in PROFILES:
        lines += table(results, profile)
    lines += targets(results) + render_blocking(results) + failed_audits(results) + weight(results)
    print("\n".join(lines))
    write_report(lines)
    print(f"Written to {REPORT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
