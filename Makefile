# Two entry points on a fresh machine: `make demo` (install, ingest, serve) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
STORE ?= .kg-store
CORPUS := $(firstword $(wildcard ../shared/corpus) examples)

.PHONY: install demo ingest serve test wheel-check bench lint clean

install: $(VENV)/.installed

# torch is pinned and installed first: 2.13.0 is a CPU wheel on disk; any other spec pulls CUDA builds.
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

ingest: install
	$(KG) ingest $(CORPUS) --store $(STORE)

demo: ingest
	$(KG) serve --store $(STORE) --host 127.0.0.1 --port 8000

test: install
	sh tests/browser_setup.sh
	$(PY) -m pytest -q -rs

# The wheel, not the checkout: install it in a fresh venv and run ingest, search and serve outside the tree.
wheel-check: install
	PY=$(PY) sh tests/wheel_check.sh

bench: install
	$(PY) -m benchmarks.run

# ruff, the layers (import-linter contracts in pyproject.toml [tool.importlinter]) and mypy; .ci/run runs it.
lint: install
	$(VENV)/bin/ruff check nzkg kg ingest webui tests benchmarks
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy nzkg kg ingest webui benchmarks

clean:
	rm -rf $(STORE) .pytest_cache
