# B12 & Back Pain. A new user needs two commands: `make serve` and `make test`.
# Every target sets up .venv from the pinned requirements.txt when it is missing
# or older than that file. README.md, "The pipeline", says what each step does.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ENGINE ?= mkdocs
ADDRESS := 127.0.0.1:8000
# Where each builder puts the site; mkdocs.yml reads it (site_dir: !ENV SITE_DIR).
SITE_DIR_mkdocs := site
SITE_DIR_zensical := site-zensical
SITE_DIR = $(SITE_DIR_$(ENGINE))
export SITE_DIR
export NO_MKDOCS_2_WARNING := 1
# Today's date (UTC) as YYYYMMDD, for the "due for review" notice the build puts on overdue pages
# (mkdocs.yml, extra.today). Set TODAY=20280101, say, to build the site as it will be that day.
export TODAY ?= $(shell date -u +%Y%m%d)
# The Nu HTML checker (npm vnu-jar, pinned in its lock file), for tests/test_html_valid.py.
VNU := tests/html-checker/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: serve build test generate check csp readability bench clean

$(BIN)/python: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(BIN)/python

$(VNU): tests/html-checker/package-lock.json
	npm ci --prefix tests/html-checker --no-audit --no-fund --silent
	touch $(VNU)

## generate: remake the files made from content/*.yml, site_url and the stylesheets
generate: $(BIN)/python
	$(BIN)/python tools/generate.py

## check: refuse bad content and out-of-date generated files; writes nothing; runs both, then fails
check: $(BIN)/python
	status=0; \
	$(BIN)/python tools/generate.py --check || status=1; \
	$(BIN)/python tools/check_content.py || status=1; \
	exit $$status

## build: generate, check, then build the site into site/ (ENGINE=zensical: site-zensical/)
build: generate check
ifeq ($(ENGINE),zensical)
	$(BIN)/zensical build --strict
else
	$(BIN)/mkdocs build --strict
endif

## serve: build, then serve the site at http://127.0.0.1:8000/b12-back-pain/, rebuilt on every save
serve: build
ifeq ($(ENGINE),zensical)
	$(BIN)/zensical serve --dev-addr $(ADDRESS)
else
	$(BIN)/mkdocs serve --strict --dev-addr $(ADDRESS)
endif

## test: refuse hand-edited generated files, build (with checks), then run the whole suite on that build
test: $(BIN)/python $(VNU)
	$(BIN)/python tools/generate.py --check
	$(MAKE) --no-print-directory build
	$(BIN)/pytest -n 2 --dist loadfile  # both cores; one file per worker, so each file's browser starts once

## csp: the CSP hashes of the inline scripts and styles the built pages really hold (both builders)
csp: $(BIN)/python
	$(MAKE) --no-print-directory build ENGINE=mkdocs
	$(MAKE) --no-print-directory build ENGINE=zensical
	$(BIN)/python tools/csp_hashes.py site site-zensical
	$(MAKE) --no-print-directory build

## readability: reading grade of every page's main text
readability: build
	$(BIN)/python tools/readability.py $(SITE_DIR)

## bench: a reading visit and Lighthouse on every page, ours against a default Material build
bench: build
	$(BIN)/python tools/bench.py $(SITE_DIR)

clean:
	rm -rf site site-zensical .pytest_cache
