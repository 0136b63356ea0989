"""Valid HTML: the theme's two menu toggles carry an attribute checkboxes may not have.

Material's base.html (outside any block a theme override can replace) gives the drawer and
search checkboxes autocomplete="off", which the HTML standard allows only on text-like
inputs, so the Nu HTML checker reports an error on every page (tests/test_html_valid.py).
This removes exactly those two attributes from each built page. Zensical runs no hooks:
its pages keep them (README, "Two builders").
"""

import re

TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off">')


def on_post_page(output, page, config):
    """Drop autocomplete from the theme's drawer and search checkboxes."""
    return TOGGLE.sub(r"\1>", output)


def on_post_template(output_content, template_name, config):
    """The same for pages made from a template alone, such as 404.html."""
    return TOGGLE.sub(r"\1>", output_content)
