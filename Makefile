# citex: `make run` extracts the bundled article into out/; `make test` runs the tests.
# Both create .venv and install what they need on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE := fixtures/zech-2014-peru.txt

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/citex extract $(ARTICLE) --format json -o out/zech-2014-peru.json
	$(BIN)/citex extract $(ARTICLE) --format csl-json -o out/zech-2014-peru.csl.json
	$(BIN)/citex extract $(ARTICLE) --format bibtex -o out/zech-2014-peru.bib
	@echo "wrote out/zech-2014-peru.json (notes, citations, items), out/zech-2014-peru.csl.json (for Zotero), out/zech-2014-peru.bib (biblatex)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check citex tests

# Speed, cold start, memory and growth beside refextract (and AnyStyle when installed):
# prints a table and writes bench/results/bench-<time>.json and latest.json.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
