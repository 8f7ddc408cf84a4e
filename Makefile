# Two entry points: `make demo` and `make test`. Both install everything they need
# into .venv/ (and the system packages the browser and Spark tests need) first.
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install system demo test lint typecheck unit eval bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first and pinned, so nothing pulls a CUDA build from the registry
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

system:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

install: $(STAMP) system

demo: install
	$(BIN)/wiretrace compare examples/wire_source.txt examples/rewrite_copy.txt
	$(BIN)/wiretrace compare examples/wire_source.txt examples/rewrite_copy.txt --format html -o out/demo-report.html
	@echo "HTML report written to out/demo-report.html"

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: install lint typecheck unit

eval: install
	$(BIN)/wiretrace eval all --format text

bench: install
	$(PY) bench/compare_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache
