# The two commands of the README's quick start. Each sets everything up first (a virtual
# environment in .venv with the project installed), so both work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed

.PHONY: sample test lint bench clean

sample: $(STAMP)  ## brief the sample article into output/article.pdf
	$(VENV)/bin/python -m briefing examples/article.txt

test: lint  ## lint and type-check, then run the test suite
	$(VENV)/bin/python -m pytest

lint: $(STAMP)  ## ruff and mypy, configured in pyproject.toml
	$(VENV)/bin/ruff check briefing tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)  ## quality, speed and splitter benchmarks (read ../shared/data when present)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,cluster,bench]'
	$(VENV)/bin/python benchmarks/quality.py
	$(VENV)/bin/python benchmarks/speed.py
	$(VENV)/bin/python benchmarks/splitters.py
	$(VENV)/bin/python benchmarks/digest.py

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "briefing needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,cluster]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache
