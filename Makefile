# citex: `make run` extracts the bundled article into out/; `make test` runs the tests.
# Both create .venv and install what they need on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE := fixtures/zech-2014-peru.txt

.PHONY: run test fuzz lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]' --config-settings editable_mode=compat
	touch $(STAMP)

# An editable install is not byte-compiled as a regular one is (and PYTHONDONTWRITEBYTECODE
# may forbid writing .pyc on first import): compile citex's modules, a no-op when up to date.
run: $(STAMP)
	@$(BIN)/python -m compileall -q citex
	$(BIN)/citex extract $(ARTICLE) -o out/
	@echo "out/zech-2014-peru.json: notes, citations, items; .csl.json: the bibliography for Zotero (File > Import);"
	@echo ".citations.json: one CSL citation per note; .bib: biblatex (citex extract --format bibtex --classic for BibTeX)"

test: $(STAMP)
	@$(BIN)/python -m compileall -q citex
	$(BIN)/python -m pytest

# Property-based fuzzing beyond the test suite's examples, on a fixed sequence (CI-sized);
# more: .venv/bin/python tests/fuzz_extract.py --examples 5000 --seed N
fuzz: $(STAMP)
	$(BIN)/python tests/fuzz_extract.py --examples 60 --seed 2026

lint: $(STAMP)
	$(BIN)/ruff check citex tests

# Speed, cold start, memory and growth beside refextract (and AnyStyle when installed):
# prints a table and writes bench/results/bench-<time>.json and latest.json.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	@$(BIN)/python -m compileall -q citex
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
