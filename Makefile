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

## generate: remake the files made from content/*.yml (references, glossary, warning signs, review states) and site_url (QR codes, CSP hashes)
generate: $(BIN)/python
	$(BIN)/python tools/references.py
	$(BIN)/python tools/glossary.py
	$(BIN)/python tools/warning_signs.py
	$(BIN)/python tools/site_address.py
	$(BIN)/python tools/reviews.py
	$(BIN)/python tools/csp_hashes.py

## check: refuse bad content (front matter, citations, links, images, nav)
check: generate
	$(BIN)/python tools/check_content.py

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
