"""Valid HTML: the theme's two menu toggles carry an attribute checkboxes may not have.

Material's base.html (outside any block a theme override can replace) gives the drawer and
search checkboxes autocomplete="off", which the HTML standard allows only on text-like
inputs, so the Nu HTML checker reports an error on every page (tests/test_html_valid.py).
This removes exactly those two attributes from each built page. Zensical runs no hooks:
its pages keep them (README, "Two builders").
"""

import re

# The two toggles, with or without quotes around attribute values (the minify plugin drops them).
TOGGLE = re.compile(r"""<input\b[^>]*\bdata-md-toggle=["']?(?:drawer|search)\b[^>]*>""")
AUTOCOMPLETE = re.compile(r"""\s+autocomplete=(?:"off"|'off'|off)(?=[\s>/])""")


def _without_autocomplete(html: str) -> str:
    return TOGGLE.sub(lambda tag: AUTOCOMPLETE.sub("", tag.group(0)), html)


def on_post_page(output, page, config):
    """Drop autocomplete from the theme's drawer and search checkboxes."""
    return _without_autocomplete(output)


def on_post_template(output_content, template_name, config):
    """The same for pages made from a template alone, such as 404.html."""
    return _without_autocomplete(output_content)
