# The two commands a new user needs: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= fogofwar.db

.PHONY: setup run test gates bench clean

NODE_STAMP := node_modules/.installed

setup: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/fogofwar gazetteer build --if-missing
	touch $(STAMP)

## The web pages' assets (Leaflet, Chart.js, Natural Earth outlines) from npm, as pinned in
## package-lock.json, into node_modules/ (git-ignored); the app serves them from there.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm not found: the web pages' assets need Node.js and npm (apt-get install -y nodejs npm)" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)

## Ingest the example reports into the default SQLite store and print what was found.
run: setup
	$(BIN)/fogofwar demo --db $(DB)

## The whole test suite (PostgreSQL tests use FOGOFWAR_TEST_PG, default 127.0.0.1:5432/test).
test: setup
	$(BIN)/python -m pytest -q

## Accuracy gates on the gold data in ../shared/data, against the pinned floors in bench/floors.json.
gates: setup
	$(BIN)/python -m bench.gates

## Speed benchmarks (ratios measured side by side in one run).
bench: setup
	$(BIN)/python -m bench.speed

clean:
	rm -rf $(VENV) node_modules $(DB) $(DB)-wal $(DB)-shm
