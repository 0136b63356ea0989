"""What a reader really sees of an element: its pixels in a screenshot, and their contrast.

For checks that computed styles cannot make: a logo's colour against the header it is drawn on,
an icon that forced colours may have painted over. The screenshot (PNG) is decoded by the
browser itself, so no image library is needed.
"""

import base64
from collections import Counter

DECODE_JS = """async (png) => {
  const bytes = Uint8Array.from(atob(png), (character) => character.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], {type: "image/png"}));
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const pixels = [];
  for (let i = 0; i < data.length; i += 4) pixels.push([data[i], data[i + 1], data[i + 2]]);
  return pixels;
}"""

Pixel = tuple[int, int, int]


def pixels(locator) -> list[Pixel]:
    """The (r, g, b) of every pixel of the element as drawn now."""
    return decoded(locator.page, locator.screenshot(animations="disabled"))


def pixels_in(page, box: dict) -> list[Pixel]:
    """The pixels of a box of the page ({x, y, width, height} in CSS pixels, from the viewport's
    top left corner): for what has no element of its own, such as a ::before icon."""
    return decoded(page, page.screenshot(clip=box, animations="disabled"))


def decoded(page, png: bytes) -> list[Pixel]:
    """Decoded by the page itself: createImageBitmap reads the bytes from memory, so the page's
    CSP (no data: images) does not apply and nothing on the page changes."""
    return [tuple(pixel) for pixel in page.evaluate(DECODE_JS, base64.b64encode(png).decode())]


def luminance(rgb: Pixel) -> float:
    """Relative luminance, as WCAG defines it."""
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: Pixel, second: Pixel) -> float:
    """WCAG contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def background(found: list[Pixel]) -> Pixel:
    """The commonest colour: what the element's drawing sits on."""
    return Counter(found).most_common(1)[0][0]


def share_against(found: list[Pixel], behind: Pixel, ratio: float) -> float:
    """The share of pixels that stand out from `behind` by at least `ratio`."""
    return sum(contrast(pixel, behind) >= ratio for pixel in found) / len(found)
