# Two entry points: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	mkdir -p outputs
	$(BIN)/kg build seeds/ -o outputs/seeds.ttl
	$(BIN)/kg build seeds/ -o outputs/seeds.graphml --quiet
	$(BIN)/kg validate outputs/seeds.ttl

lint: $(STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests
	$(BIN)/mypy kg

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) outputs/*.ttl outputs/*.graphml
