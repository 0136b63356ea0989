# B12 & Back Pain. A new user needs two commands: `make serve` and `make test`.
# Every target sets up .venv from the pinned requirements.txt when it is missing
# or older than that file.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ENGINE ?= mkdocs
# Where each builder puts the site (Zensical reads site_dir too; keep them apart).
SITE_DIR_mkdocs := site
SITE_DIR_zensical := site-zensical
SITE_DIR ?= $(SITE_DIR_$(ENGINE))
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test generate check readability bench clean

$(BIN)/python: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(BIN)/python

# The generators: each remakes committed files from a source and, with --check, only compares.
GENERATORS := tools/references.py tools/glossary.py tools/site_address.py tools/csp_hashes.py

## generate: remake the files made from content/*.yml (references, glossary) and site_url (QR codes, CSP hashes)
generate: $(BIN)/python
	@for tool in $(GENERATORS); do echo "$(BIN)/python $$tool"; $(BIN)/python $$tool || exit 1; done

## check: refuse bad content, and any generated file that differs from what `make generate` writes
# Writes nothing (no .pyc either): a hand edit of a generated file is refused here, not
# silently undone, and every problem is listed before it fails.
check: $(BIN)/python
	@status=0; for tool in $(GENERATORS); do \
	  echo "$(BIN)/python $$tool --check"; PYTHONDONTWRITEBYTECODE=1 $(BIN)/python $$tool --check || status=1; \
	done; \
	echo "$(BIN)/python tools/check_content.py"; PYTHONDONTWRITEBYTECODE=1 $(BIN)/python tools/check_content.py || status=1; \
	exit $$status

## build: check the content, then build the site into site/ (ENGINE=zensical: site-zensical/)
# Then tools/finish_site.py: glossary terms marked at first use, styles inlined and
# slimmed, our scripts minified (README, "How a page loads").
build: check
ifeq ($(ENGINE),zensical)
	$(BIN)/python tools/zensical_build.py $(SITE_DIR)
else
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR)
endif
	$(BIN)/python tools/finish_site.py $(SITE_DIR)

## serve: build, then serve the site at http://127.0.0.1:8000
# Zensical goes through tools/zensical_build.py: plain `zensical serve` writes into site/.
serve: build
ifeq ($(ENGINE),zensical)
	$(BIN)/python tools/zensical_build.py --serve 127.0.0.1:8000 $(SITE_DIR)
else
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000
endif

## test: build (with checks), then run the whole test suite on that build
test: build
	SITE_DIR=$(SITE_DIR) $(BIN)/pytest

## readability: reading grade of every page's main text
readability: build
	$(BIN)/python tools/readability.py $(SITE_DIR)

## bench: Lighthouse on every page, ours against a default Material build
bench: build
	$(BIN)/python tools/bench.py $(SITE_DIR)

clean:
	rm -rf site site-zensical .pytest_cache
