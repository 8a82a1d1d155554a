# Leg-twitch assistant.  `make run` to talk to it, `make test` to test it.
# Every target sets itself up: virtual environment, pinned packages, the
# project's spaCy pipeline and a trained Rasa model (only when inputs change).

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
PIP_VERSION := 24.0

RASA_PORT ?= 5005
ACTION_PORT ?= 5055
# Secrets come from the environment.  When RASA_TOKEN (Rasa's HTTP API) is
# not set, `make run` makes one and keeps it in var/rasa-token; when
# ACTION_SERVER_TOKEN is not set, it makes a new one for each run.
RASA_TOKEN ?=
WEB_PORT ?= 8080
RASA_CORS ?= http://localhost:$(WEB_PORT)
CHROMIUM := /usr/bin/chromium

export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONPATH := $(CURDIR)
export ACTION_SERVER_URL ?= http://localhost:$(ACTION_PORT)/webhook
export ACTION_SERVER_TOKEN ?=
# Where conversations are kept (endpoints.yml).  One machine: SQLite under
# var/ and in-memory locks.  Several Rasa replicas: PostgreSQL and Redis
# (docs/deployment.md).
export TRACKER_DB_URL ?= sqlite:///$(CURDIR)/var/conversations.db
export LOCK_STORE_TYPE ?= in_memory
export REDIS_HOST ?= 127.0.0.1
export REDIS_PORT ?= 6379
export REDIS_DB ?= 1
export REDIS_PASSWORD ?=
# Conversations with no activity for this many days are deleted by `make purge`.
PURGE_AFTER_DAYS ?= 30
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore::DeprecationWarning

SPACY_PIPELINE := build/spacy_twitch/meta.json
MODEL := models/twitch.tar.gz
# The clinical extraction code is a training input: its mentions are features of the intent classifier.
TRAINING_INPUTS := config.yml domain.yml $(wildcard data/*/*.yml) $(SPACY_PIPELINE) \
	$(wildcard bot/nlu/*.py) $(wildcard bot/nlp/*.py)

BASELINE_MODEL := build/eval/default-pipeline.tar.gz
EVAL_SET ?= tests/eval/heldout.yml

.PHONY: run shell purge bench test test-unit test-rasa test-model test-e2e test-channels test-browser test-service test-scaleout eval eval-extraction lint setup model clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.lock scripts/find-python.sh
	@python=$$(scripts/find-python.sh) && echo "Using $$python" && \
	  rm -rf $(VENV) && "$$python" -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check pip==$(PIP_VERSION)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip check
	touch $@

$(SPACY_PIPELINE): $(VENV)/.installed bot/nlp/lexicon.py bot/nlp/pipeline.py
	$(PY) -m bot.nlp.pipeline build/spacy_twitch

model: $(MODEL)

$(MODEL): $(VENV)/.installed $(TRAINING_INPUTS)
	@echo "Training the model (fixed seeds)..."
	@start=$$(date +%s); \
	$(RASA) train --fixed-model-name twitch --out models --force --quiet && \
	echo "Training took $$(( $$(date +%s) - start )) s"

# Rasa's default pipeline trained on the same data: the benchmark's baseline.
$(BASELINE_MODEL): $(VENV)/.installed tests/eval/default_pipeline.yml domain.yml $(wildcard data/nlu/*.yml)
	@echo "Training Rasa's default NLU pipeline on the same data (fixed seeds)..."
	$(RASA) train nlu --config tests/eval/default_pipeline.yml --nlu data/nlu --domain domain.yml \
	  --out build/eval --fixed-model-name default-pipeline --quiet

# The clinical extractor alone on the development sets (prints figures, gates nothing).
eval-extraction: $(SPACY_PIPELINE)
	$(PY) scripts/evaluate_extraction.py tests/eval/challenge_*.jsonl tests/eval/dev*.yml

# NLU benchmark on the held-out set; fails when a figure misses its target.
eval: $(MODEL) $(BASELINE_MODEL)
	$(PY) scripts/evaluate_nlu.py --model $(MODEL) --baseline $(BASELINE_MODEL) --data $(EVAL_SET) --out reports/eval
	$(PY) scripts/evaluate_safety.py --model $(MODEL) --data tests/eval/safety.jsonl --out reports/safety
	$(PY) scripts/evaluate_safety.py --model $(MODEL) --data tests/eval/safety2.jsonl --out reports/safety2

run: $(MODEL)
	@$(PY) bot/web/serve.py $(WEB_PORT) --rasa-url http://localhost:$(RASA_PORT) --quiet & web_pid=$$!; \
	trap "kill $$web_pid 2>/dev/null" EXIT; \
	scripts/run.sh $(RASA_PORT) $(ACTION_PORT) "$(RASA_TOKEN)" "$(RASA_CORS)"

shell: $(MODEL)
	@$(PY) -m bot.action_server --port $(ACTION_PORT) & action_pid=$$!; \
	trap "kill $$action_pid 2>/dev/null" EXIT; sleep 8; \
	$(RASA) shell --model $(MODEL) --endpoints endpoints.yml

# Load benchmark: 50 simulated patients at once, ours against a bare `rasa init`
# assistant served in the same run; prints latency, throughput, errors, memory.
BENCH_CONCURRENCY ?= 50
BENCH_SECONDS ?= 60
bench: $(MODEL)
	$(PY) scripts/bench.py --concurrency $(BENCH_CONCURRENCY) --duration $(BENCH_SECONDS) --out reports/bench

# Deletes conversations older than PURGE_AFTER_DAYS (schedule it daily: README).
purge: $(VENV)/.installed
	$(PY) -m bot.persistence purge --older-than-days $(PURGE_AFTER_DAYS)

test: test-unit test-rasa test-model test-e2e test-channels test-browser test-service test-scaleout

test-unit: $(SPACY_PIPELINE)
	$(PY) -m ruff check bot actions tests scripts
	$(PY) -m pytest -q tests/unit

test-rasa: $(MODEL)
	$(RASA) data validate --fail-on-warnings
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out reports/core

test-model: $(MODEL)
	$(PY) -m pytest -q tests/model

test-e2e: $(MODEL)
	$(PY) -m pytest -q tests/e2e

test-channels: $(MODEL)
	$(PY) -m pytest -q tests/channels

# Persistence across restarts, faults, fuzzing, security and privacy.
test-service: $(MODEL)
	$(PY) -m pytest -q tests/service

# Two Rasa replicas sharing throwaway PostgreSQL and Redis servers.  Skipped
# loudly where their binaries are missing; REQUIRE_SERVICES=1 (CI) fails instead.
test-scaleout: $(MODEL)
	$(PY) -m pytest -q -rs tests/scaleout

# Browser tests drive Debian's Chromium (Playwright's own browser download
# cannot work here).
$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "Install Chromium so that $(CHROMIUM) exists"; exit 1; }
	$$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get update
	$$( [ "$$(id -u)" = 0 ] || echo sudo ) apt-get install -y chromium

test-browser: $(MODEL) $(CHROMIUM)
	$(PY) -m pytest -q tests/browser

lint: $(VENV)/.installed
	$(PY) -m ruff check bot actions tests scripts

clean:
	rm -rf build models reports .pytest_cache
