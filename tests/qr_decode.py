"""Read QR codes the way a phone camera would: from pixels, with zbarimg (zbar-tools).

The site's QR codes are SVG made by segno: one <path> of horizontal strokes, one
module high. `svg_to_pbm` draws that path as a black-and-white bitmap, so a code can
be decoded without a browser; printed pages are decoded from a PDF rendered to PNG
by pdftoppm (poppler-utils). Both are system packages that .ci/run installs.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

STROKE_PATH = re.compile(r'<path[^>]*\bstroke="[^"]+"[^>]*\bd="([^"]+)"')
VIEWBOX = re.compile(r'viewBox="0 0 (\d+) (\d+)"')
STEP = re.compile(r"([Mmh])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?")


def need(tool: str) -> str:
    """The tool's path; a missing tool skips the test, except in CI, where it fails it."""
    found = shutil.which(tool)
    if found is None:
        reason = f"{tool} is not installed (apt-get install zbar-tools poppler-utils)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: QR checks may not be skipped)")
        pytest.skip(reason)
    return found


def svg_to_pbm(svg: str, scale: int = 8) -> bytes:
    """A plain PBM image of a segno QR code SVG (dark modules black, the rest white)."""
    width, height = map(int, VIEWBOX.search(svg).groups())
    dark = [[0] * width for _ in range(height)]
    x = y = 0.0
    for command, first, second in STEP.findall(STROKE_PATH.search(svg).group(1)):
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:  # "h": a stroke along the row, one module high, centred on y
            for column in range(round(x), round(x + float(first))):
                dark[int(y)][column] = 1
            x += float(first)
    rows = [" ".join(str(cell) for cell in row for _ in range(scale)) for row in dark for _ in range(scale)]
    return f"P1\n{width * scale} {height * scale}\n".encode() + "\n".join(rows).encode() + b"\n"


def decode(image: Path) -> list[str]:
    """Every QR code zbarimg finds in an image file, as text."""
    done = subprocess.run([need("zbarimg"), "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
                          capture_output=True, text=True)
    # 4 means "no code found", which the callers report with their own message.
    assert done.returncode in (0, 4), f"zbarimg failed on {image}: {done.stderr}"
    return done.stdout.split()


def decode_pdf(pdf: Path, resolution: int = 200) -> list[str]:
    """Every QR code on every sheet of a PDF, rendered at `resolution` dpi."""
    prefix = pdf.with_suffix("")
    subprocess.run([need("pdftoppm"), "-r", str(resolution), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for image in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        found += decode(image)
    return found
