"""Images have a text alternative.

Markdown images need non-empty alt text (Markdown has no way to hide one from
screen readers). An HTML <img> needs an alt attribute; alt="" is allowed only with
aria-hidden="true", which says on purpose that the image is decoration.
"""

import re

from content_rules.common import Problem
from content_rules.links import HTML_TAG, html_attributes

MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\][(\[](?P<target>[^)\]]*)")


def check(project):
    for page in project.pages:
        for line in page.lines:
            for message in _line(line.plain):
                yield Problem(line.path, line.number, message)


def _line(text):
    for image in MARKDOWN_IMAGE.finditer(text):
        if not image["alt"].strip():
            yield f"image without alt text: ![]({image['target'].strip()})"
    for tag in HTML_TAG.finditer(text):
        if tag["tag"].lower() != "img":
            continue
        attributes = html_attributes(tag["attributes"])
        source = attributes.get("src", "")
        if "alt" not in attributes:
            yield f"<img> without an alt attribute: {source}"
        elif not attributes["alt"].strip() and attributes.get("aria-hidden") != "true":
            yield f'<img alt=""> without aria-hidden="true": describe the image or mark it decorative: {source}'
