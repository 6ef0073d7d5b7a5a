# Two entry points (see README): `make serve` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8001
DB ?= dossier.db

.PHONY: setup browser serve build test test-fast bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Debian's Chromium, for the browser tests (Playwright drives it; nothing is downloaded from elsewhere).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

build: setup
	$(BIN)/python build_db.py seeds --db $(DB)

serve: build
	$(BIN)/datasette inspect $(DB) --inspect-file inspect-data.json
	$(BIN)/datasette serve -i $(DB) --inspect-file inspect-data.json -m metadata.yml --plugins-dir plugins \
	  --setting sql_time_limit_ms 1000 --setting facet_time_limit_ms 500 --setting truncate_cells_html 400 --setting suggest_facets off \
	  --setting max_returned_rows 1000 --setting max_csv_mb 20 --setting num_sql_threads 3 \
	  --host $(HOST) --port $(PORT)

test: setup browser
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser"

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .cache inspect-data.json $(DB)
