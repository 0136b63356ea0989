"""The YAML data behind the pages: content/references.yml and content/glossary.yml.

tools/references.py and tools/glossary.py check each entry the same way before they
write anything (`entry_problems` in each); here the same problems are reported with
the rest, with file and line. That every text is one line of plain text is the
plain_text rule's part.
"""

import glossary
import references
from content_rules.common import Problem
from references import key_line


def check(project):
    for path, data, entry_problems, what in (
            ("content/references.yml", project.references, references.entry_problems, "reference"),
            ("content/glossary.yml", project.glossary, glossary.entry_problems, "glossary term")):
        text = project.text(path)
        for key, entry in data.items():
            for message in entry_problems(key, entry):
                yield Problem(path, key_line(text, key), f"{what} '{key}' {message}")
