"""Rules of tools/check_content.py, one concern per module.

Each rule module has `check(project)` yielding `Problem`s; `project.py` reads the
files once (pages with their snippets resolved, the YAML data) for all of them.
"""
