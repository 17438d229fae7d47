# The two commands of the README's quick start. Each sets everything up first (a virtual
# environment in .venv with the project installed), so both work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed

.PHONY: sample test lint bench clean browser docs

sample: $(STAMP)  ## brief the sample article into output/article.pdf
	$(VENV)/bin/python -m briefing examples/article.txt

test: lint browser docs  ## lint and type-check, build the docs, then run the test suite
	$(VENV)/bin/python -m pytest

# The web tests drive Debian's Chromium (never a browser Playwright downloads): installed here
# when it is missing, as on a fresh CI machine (apt-get needs root, as CI is; else sudo).
browser:
	@test -x /usr/bin/chromium || { echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

lint: $(STAMP)  ## ruff, mypy and the layers contract (import-linter), configured in pyproject.toml
	$(VENV)/bin/ruff check briefing tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)  ## quality, speed and splitter benchmarks (read ../shared/data when present)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,cluster,bench]'
	$(VENV)/bin/python benchmarks/quality.py
	$(VENV)/bin/python benchmarks/speed.py
	$(VENV)/bin/python benchmarks/splitters.py
	$(VENV)/bin/python benchmarks/language.py
	$(VENV)/bin/python benchmarks/digest.py
	$(VENV)/bin/python benchmarks/web.py

# The documentation site (mkdocs.yml, docs/) into site/; --strict fails on a broken link or anchor.
# The docs extra is installed as bench's is, once per change of pyproject.toml.
DOCS_STAMP := $(VENV)/.docs-installed

docs: $(DOCS_STAMP)  ## build the documentation site into site/
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet --site-dir site

$(DOCS_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,cluster,docs]'
	touch $(DOCS_STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "briefing needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,cluster]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache site
