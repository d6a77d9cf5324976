# make demo: set up .venv and check the bundled article; make test: set up and run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE := corpora/articles/altman-7-trillions.fr.txt
PEERS ?= ../shared/peer-suites

.PHONY: demo test evaluate bench clean schema

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# --fail-on never: the demo shows findings; it is not a gate
demo: $(STAMP)
	$(BIN)/factcheck check $(ARTICLE) --fail-on never

# The browser tests use Debian's chromium: installed here when missing and possible (root,
# apt-get); otherwise those tests are skipped and say why.
test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1; } \
	  || echo "make test: chromium could not be installed; the browser tests will be skipped"
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

# Regenerate the committed JSON Schema of the document result (on purpose only).
schema: $(STAMP)
	$(BIN)/factcheck schema > factcheck/data/document-result.schema.json
	$(BIN)/factcheck schema --compare > factcheck/data/compare-result.schema.json

SHARED ?= ../shared

# Scores on the third-party suites and on our gold annotations of real text (both need a
# copy of ../shared; a bench step, not part of `make test`).
evaluate: $(STAMP)
	$(BIN)/factcheck evaluate $(PEERS)
	$(BIN)/factcheck evaluate corpora/gold --shared $(SHARED)

bench: $(STAMP)
	$(BIN)/python bench/speed_extract.py

clean:
	rm -rf $(VENV) build *.egg-info
