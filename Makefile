# make demo: set up .venv and check the bundled article; make test: set up and run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE := corpora/articles/altman-7-trillions.fr.txt
PEERS ?= ../shared/peer-suites

.PHONY: demo test evaluate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# --fail-on never: the demo shows findings; it is not a gate
demo: $(STAMP)
	$(BIN)/factcheck check $(ARTICLE) --fail-on never

test: $(STAMP)
	$(BIN)/python -m pytest

# Scores on the third-party suites (needs a copy of peer-suites; not part of `make test`).
evaluate: $(STAMP)
	$(BIN)/factcheck evaluate $(PEERS)

bench: $(STAMP)
	$(BIN)/python bench/speed_extract.py

clean:
	rm -rf $(VENV) build *.egg-info
