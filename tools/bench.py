"""What readers meet, ours beside a default Material build of the same Markdown.

    python tools/bench.py SITE_DIR      (what `make bench` runs after `make build`)

Three measures, each BENCH_RUNS times (default 3), medians reported:
1. A reading visit: the patient pages opened one after another in one browser, cache
   on, on a slow 4G network (150 ms round trips, 1.6 Mbps down, 750 kbps up) with the
   CPU slowed 4x, as Chrome DevTools throttles (Playwright with the system Chromium).
   Per page: bytes transferred and first contentful paint.
2. Lighthouse mobile with its default simulated throttling, on every page.
3. Lighthouse mobile with --throttling-method=devtools (a real throttled load), every page.

Both sites are served the way GitHub Pages serves them (tools/static_server.py:
the site_url sub-path, gzip, max-age=600 and ETags). The default build uses the same
docs/, Markdown extensions and snippets, with the theme's defaults: no custom_dir, no extra
CSS or JavaScript, default features; its one change is `font: false`, since a default
build loads Google Fonts, which cannot be reached here. Lighthouse 12.8.2 comes from
tools/bench/package-lock.json (`npm ci --prefix tools/bench` when missing).
BENCH_PAGES=/,/about/ limits the Lighthouse pages. Results go into BENCHMARKS.md
between its bench markers.
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

import yaml

from site_pages import ROOT, config, page_urls, site_path
from static_server import SiteServer  # shared with the browser tests

BENCH = ROOT / "tools" / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]
REPORT = ROOT / "BENCHMARKS.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
# The reading visit: the patient pages, in the order of the site's navigation.
VISIT = ["/", "/how-b12-affects-nerves/", "/other-ways-low-b12-adds-to-pain/", "/b12-as-pain-treatment/",
         "/b12-or-musculoskeletal/", "/diagnosis-and-treatment/", "/when-to-get-help/", "/handout/"]
# Chrome DevTools' "Slow 4G" with Lighthouse's mobile figures, and 4x CPU slowdown.
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
CPU_SLOWDOWN = 4
# True once a page's scripts have run: ours mark <html>; a page without our script template has none to wait for.
SCRIPTS_STARTED = ("() => !document.getElementById('__scripts-after-paint')"
                   " || document.documentElement.hasAttribute('data-scripts-ready')")
LIGHTHOUSE_MODES = {"simulated": [], "devtools": ["--throttling-method=devtools"]}


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
    default = {"site_name": ours["site_name"], "site_url": ours["site_url"], "docs_dir": str(ROOT / "docs"),
               "theme": {"name": "material", "font": False}, "plugins": ["search"],
               "markdown_extensions": extensions, "nav": ours["nav"]}
    config_file = into / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(default, sort_keys=False))
    site = into / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config_file),
                    "--site-dir", str(site)], check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return site


# ---- 1. the reading visit ---------------------------------------------------------------

def visit(browser, base_url: str) -> list[dict]:
    """Open the VISIT pages in turn in one fresh context: [{url, kb, fcp}] per page."""
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    received = []
    cdp.on("Network.loadingFinished", lambda event: received.append(event["encodedDataLength"]))
    found = []
    for url in VISIT:
        received.clear()
        page.goto(base_url + url.lstrip("/"), wait_until="networkidle")
        # Our scripts start after the first paint (or 3 s after load where that cannot be known):
        # count their bytes too, then wait for the network to settle again.
        page.wait_for_function(SCRIPTS_STARTED, timeout=30_000)
        page.wait_for_load_state("networkidle")
        fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null")
        found.append({"url": url, "kb": sum(received) / 1024, "fcp": fcp / 1000 if fcp is not None else None})
    context.close()
    return found


def visits(servers: dict, runs: int) -> dict:
    """{site: [{url, kb, fcp}] medians per page}, runs interleaved between the sites."""
    from playwright.sync_api import sync_playwright

    raw = {site: [] for site in servers}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS[1:])
        for _ in range(runs):
            for site, server in servers.items():
                raw[site].append(visit(browser, server.base_url))
        browser.close()
    return {site: [{"url": url, **{key: statistics.median(run[i][key] for run in found) for key in ("kb", "fcp")}}
                   for i, url in enumerate(VISIT)] for site, found in raw.items()}


def visit_report(result: dict) -> list[str]:
    lines = ["### A reading visit (medians; each cell: ours / default Material)", "",
             "The 8 patient pages in order, one browser, cache on, slow 4G, 4x CPU slowdown.", "",
             "| page | KB transferred | first paint s |", "|---|---:|---:|"]
    ours, default = result["ours"], result["default"]
    for mine, theirs in zip(ours, default):
        lines.append(f"| `{mine['url']}` | {mine['kb']:.1f} / {theirs['kb']:.1f} | {mine['fcp']:.2f} / {theirs['fcp']:.2f} |")
    total = [sum(p["kb"] for p in pages) for pages in (ours, default)]
    later_kb = [statistics.median(p["kb"] for p in pages[1:]) for pages in (ours, default)]
    later_fcp = [statistics.median(p["fcp"] for p in pages[1:]) for pages in (ours, default)]
    lines += [f"| **whole visit** | **{total[0]:.1f} / {total[1]:.1f}** | |",
              f"| later pages, median | {later_kb[0]:.1f} / {later_kb[1]:.1f} | {later_fcp[0]:.2f} / {later_fcp[1]:.2f} |", "",
              "Targets: " + "; ".join([
                  f"whole visit no heavier than default ({'met' if total[0] <= total[1] else 'MISSED'})",
                  f"each later page 10 KB or less, median ({'met' if later_kb[0] <= 10 else 'MISSED'})",
                  f"later pages painted no later than default ({'met' if later_fcp[0] <= later_fcp[1] else 'MISSED'})"]),
              ""]
    return lines


# ---- 2 and 3. Lighthouse ----------------------------------------------------------------

def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--prefix", str(BENCH), "--no-audit", "--no-fund"], check=True)


def lighthouse(url: str, mode: str) -> dict:
    """One mobile Lighthouse run (retried once: Chrome sometimes fails to start)."""
    for _ in (1, 2):
        done = subprocess.run(
            [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance",
             f"--chrome-flags={' '.join(CHROME_FLAGS)}", *LIGHTHOUSE_MODES[mode]],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        lhr = json.loads(done.stdout) if done.returncode == 0 else {"runtimeError": done.stderr[-2000:]}
        if not lhr.get("runtimeError"):
            break
    else:
        raise RuntimeError(f"Lighthouse failed on {url} ({mode}): {lhr['runtimeError']}")
    audits = lhr["audits"]
    return {"performance": round(100 * (lhr["categories"]["performance"]["score"] or 0)),
            "fcp": audits["first-contentful-paint"]["numericValue"] / 1000,
            "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
            "tbt": audits["total-blocking-time"]["numericValue"],
            "cls": audits["cumulative-layout-shift"]["numericValue"],
            "kb": audits["total-byte-weight"]["numericValue"] / 1024}


def lighthouse_runs(servers: dict, urls: list[str], mode: str, runs: int) -> dict:
    """{url: {site: medians}}, each page's runs interleaved between the sites."""
    found = {url: {site: [] for site in servers} for url in urls}
    for url in urls:
        for _ in range(runs):
            for site, server in servers.items():
                found[url][site].append(lighthouse(server.base_url + url.lstrip("/"), mode))
        print(f"lighthouse {mode} {url}: done", flush=True)
    return {url: {site: {key: statistics.median(run[key] for run in results) for key in results[0]}
                  for site, results in sites.items()} for url, sites in found.items()}


COLUMNS = [("perf", "performance", "{:.0f}"), ("FCP s", "fcp", "{:.2f}"), ("LCP s", "lcp", "{:.2f}"),
           ("TBT ms", "tbt", "{:.0f}"), ("CLS", "cls", "{:.3f}"), ("KB", "kb", "{:.1f}")]


def lighthouse_report(result: dict, mode: str) -> list[str]:
    title = {"simulated": "Lighthouse mobile, simulated throttling (the default)",
             "devtools": "Lighthouse mobile, `--throttling-method=devtools`"}[mode]
    lines = [f"### {title} (medians; each cell: ours / default Material)", "",
             "| page | " + " | ".join(name for name, _, _ in COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
    for url, sites in result.items():
        cells = [" / ".join(form.format(sites[site][key]) for site in ("ours", "default")) for _, key, form in COLUMNS]
        lines.append(f"| `{url}` | " + " | ".join(cells) + " |")
    if mode == "simulated":
        missed = [url for url, sites in result.items() if sites["ours"]["performance"] < 100 or sites["ours"]["lcp"] > 1.0]
        verdict = "met on every page" if not missed else "MISSED on " + ", ".join(f"`{url}`" for url in missed)
        lines += ["", f"Target: performance 100 and LCP 1.0 s or less: {verdict}."]
    else:
        missed = [url for url, sites in result.items() if sites["ours"]["lcp"] > sites["default"]["lcp"]]
        verdict = "met on every page" if not missed else "MISSED on " + ", ".join(f"`{url}`" for url in missed)
        lines += ["", f"Target: LCP no worse than default Material's: {verdict}."]
    return lines + [""]


# ---- the report -------------------------------------------------------------------------

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


def main(site_dir: str = "site") -> int:
    ours_dir = (ROOT / site_dir).resolve()
    if not (ours_dir / "index.html").exists():
        sys.exit(f"{ours_dir} holds no built site: run `make build` first")
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    urls = [u.strip() for u in os.environ.get("BENCH_PAGES", "").split(",") if u.strip()] or page_urls()
    ensure_lighthouse()
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        default_dir = build_default_site(Path(temp))
        with SiteServer(ours_dir, site_path()) as ours, SiteServer(default_dir, site_path()) as default:
            servers = {"ours": ours, "default": default}
            lines = visit_report(visits(servers, runs))
            print("\n".join(lines), flush=True)
            for mode in LIGHTHOUSE_MODES:
                lines += lighthouse_report(lighthouse_runs(servers, urls, mode, runs), mode)
    settings = [f"{name}={os.environ[name]}" for name in ("BENCH_RUNS", "BENCH_PAGES") if name in os.environ]
    command = " ".join([*settings, "python tools/bench.py", site_dir])
    lines = [f"Run on {date.today().isoformat()} with `{command}` ({runs} run(s) of each measure).",
             f"Machine: {machine()}.", ""] + lines
    print("\n".join(lines))
    write_report(lines)
    print(f"Written to {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
