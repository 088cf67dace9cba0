# Every target installs what it needs: `make test` on a fresh clone is the whole setup.
.DEFAULT_GOAL := help
SHELL := bash
.SHELLFLAGS := -euo pipefail -c

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed
SPECS := $(wildcard api-specs/*.yaml)
PRISM := mock/node_modules/.bin/prism
PRISM_STAMP := mock/node_modules/.installed
MOCK_PORT ?= 4010
# The documents `make mock` serves; none given, scripts/prism_mock.py serves ASAPP's two specs.
MOCK_SPECS ?=

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(PRISM_STAMP): mock/package.json mock/package-lock.json
	npm ci --prefix mock --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: install
install: $(VENV_STAMP) ## Create .venv from the compiled dev lock (requirements-dev.txt), the SDK editable

# requirements-dev.txt is compiled from the direct dependencies (requirements-dev.in, and the
# runtime ones in pyproject.toml), keeping its current pins unless told otherwise, e.g.
# `make lock LOCK_ARGS="--upgrade-package mypy"`. No machine-local index options in the lock.
LOCK_FLAGS := --quiet --allow-unsafe --strip-extras --no-build-isolation --newline=LF \
	--no-emit-find-links --no-emit-index-url --no-emit-trusted-host
LOCK_ARGS ?=

# The lock is replaced only when it changed, so that an unchanged one does not rebuild .venv.
.PHONY: lock
lock: $(VENV_STAMP) ## Recompile requirements-dev.txt from requirements-dev.in and pyproject.toml
	cp requirements-dev.txt requirements-dev.txt.new
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile $(LOCK_FLAGS) $(LOCK_ARGS) \
		--output-file=requirements-dev.txt.new pyproject.toml requirements-dev.in \
		|| { rm -f requirements-dev.txt.new; exit 1; }
	if cmp -s requirements-dev.txt.new requirements-dev.txt; then rm requirements-dev.txt.new; \
	else mv requirements-dev.txt.new requirements-dev.txt; fi

.PHONY: spec-diff
spec-diff: $(VENV_STAMP) ## What the specs in api-specs/ change for SDK users, against the committed ones
	scripts/spec-diff.sh

.PHONY: regenerate
regenerate: $(VENV_STAMP) spec-diff ## Print the spec changes (spec-diff), then rebuild generated/ from api-specs/ and sdk-names.yaml, and api.md
	scripts/generate.sh generated
	$(BIN)/python scripts/api_reference.py

.PHONY: api-md
api-md: $(VENV_STAMP) ## Rewrite api.md (every public name, method, argument, result and error) from the code
	$(BIN)/python scripts/api_reference.py

.PHONY: check-generated
check-generated: $(VENV_STAMP) ## Fail if generated/ drifted from what the spec produces
	scripts/check-generated.sh

REDOCLY := mock/node_modules/.bin/redocly
WEBHOOK_SPEC := api-specs/transcript-webhook.yaml

.PHONY: validate-spec
validate-spec: $(VENV_STAMP) $(PRISM_STAMP) ## Validate the OpenAPI documents (ASAPP's two, and the SDK's own), and lint the SDK's own with Redocly
	$(BIN)/openapi-spec-validator $(SPECS)
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(REDOCLY) lint $(WEBHOOK_SPEC)

.PHONY: lint
lint: $(VENV_STAMP) ## ruff (format and lint) on our code, mypy --strict on overlays/ and examples/
	$(BIN)/ruff format --check overlays tests examples scripts
	$(BIN)/ruff check overlays tests examples scripts
	$(BIN)/mypy overlays/asapp_mg_autotranscribe examples

# The fleet tests run against real redis-server processes they start themselves.
.PHONY: redis
redis: ## Redis 7+ on the PATH for the tests (installs Debian's redis-server when root)
	scripts/ensure-redis.sh

.PHONY: unit
unit: $(VENV_STAMP) redis ## pytest with coverage of overlays/ held at 100%
	$(BIN)/pytest -m "not contract" --cov --cov-report=term-missing --cov-fail-under=100

.PHONY: mock
# One Prism serves both of ASAPP's specs on one base URL (how: scripts/prism_mock.py).
mock: $(VENV_STAMP) $(PRISM_STAMP) ## Serve ASAPP's two specs with one Prism on http://127.0.0.1:4010 (MOCK_PORT=..., MOCK_SPECS=...), foreground
	$(BIN)/python scripts/prism_mock.py --port $(MOCK_PORT) $(MOCK_SPECS)

.PHONY: contract
contract: $(VENV_STAMP) $(PRISM_STAMP) redis ## The SDK against Prism mocks of the spec; the README's snippets, the demos
	$(BIN)/pytest -m contract -p no:cacheprovider

.PHONY: demo
demo: $(VENV_STAMP) $(PRISM_STAMP) ## The four steps (URL, TwiML, start, transcripts, stop, the after-call transcript) against local mocks and the example receiver
	$(BIN)/python scripts/demo.py

.PHONY: fleet-demo
fleet-demo: $(VENV_STAMP) redis ## The two examples as a fleet on one Redis (uvicorn with 4 workers, 2 Twilio webhook processes, a counting mock ASAPP): one call played, the fleet's promises checked
	$(BIN)/python scripts/fleet_demo.py

.PHONY: bench
bench: $(VENV_STAMP) redis ## Benchmarks: latency, concurrency, cache, import time, memory, transcripts, a fleet on Redis (prints figures)
	$(BIN)/python tests/bench/run.py

.PHONY: test
test: lint validate-spec check-generated unit contract ## Everything CI runs

.PHONY: clean
clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) mock/node_modules .mypy_cache .pytest_cache .ruff_cache .coverage dist build
