# Two entry points (see README): `make serve` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GAZETTEER := $(VENV)/.gazetteer
HOST ?= 127.0.0.1
PORT ?= 8001
SEEDS_DB := build/dossier.db
DB ?= $(SEEDS_DB)
# How the dossier is served, here and when published (README, Publishing): plugins, their templates and stylesheet.
SERVE_OPTIONS := -m metadata.yml --plugins-dir plugins --template-dir templates --static assets:static

.PHONY: setup browser serve build test test-fast bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The gazetteer (GeoNames and CLDR names, seconds to build per language) and its phonetic index for approximate
# place names are built here, at install time, into
# $(VENV)/share/recoupe, rather than by the first build on a new machine; again when its code or data change.
$(GAZETTEER): $(STAMP) recoupe/gazetteer.py recoupe/gazetteer_build.py recoupe/folding.py $(wildcard recoupe/lexicons/*/places.yml recoupe/lexicons/*/transliteration.yml)
	$(BIN)/python -m recoupe.gazetteer
	touch $(GAZETTEER)

setup: $(STAMP) $(GAZETTEER)

# Debian's Chromium, for the browser tests (Playwright drives it; nothing is downloaded from elsewhere).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The seed dossier: built into build/dossier.db, never into a dossier of yours (build yours with build_db.py).
build: setup
	mkdir -p $(dir $(SEEDS_DB))
	$(BIN)/python build_db.py seeds --db $(SEEDS_DB)

$(SEEDS_DB): $(STAMP) $(wildcard seeds/*)
	mkdir -p $(dir $(SEEDS_DB))
	$(BIN)/python build_db.py seeds --db $(SEEDS_DB)

# `make serve` serves the seed dossier (built first if missing or older than the seeds); `make serve
# DB=story/dossier.db` serves yours as it is, and stops if it does not exist. metadata.yml describes the database
# `dossier`, which Datasette names after the file: a dossier served under another file name loses its metadata.
serve: setup
	@if [ "$(DB)" = "$(SEEDS_DB)" ]; then $(MAKE) --no-print-directory $(SEEDS_DB); fi
	@test -f "$(DB)" || { echo "make serve: no dossier at $(DB); build one with: $(BIN)/python build_db.py ARTICLES/ --db $(DB)" >&2; exit 2; }
	@test "$(notdir $(DB))" = dossier.db || echo "make serve: warning: $(DB) is not named dossier.db, so metadata.yml (tables, queries) will not apply to it" >&2
	$(BIN)/datasette inspect $(DB) --inspect-file inspect-data.json
	$(BIN)/datasette serve -i $(DB) --inspect-file inspect-data.json $(SERVE_OPTIONS) \
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
	rm -rf $(VENV) .cache inspect-data.json build
