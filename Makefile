# Plan Atlas (规划一张图). The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# 127.0.0.1 serves this computer only; PLAN_ATLAS_ADDRESS=0.0.0.0 make run serves the LAN (README).
PLAN_ATLAS_ADDRESS ?= 127.0.0.1
# Debian packages the tests need: a real browser, CJK fonts, a real PostgreSQL, pdftotext, and
# nginx in front of two app processes (tests/web/test_replicas.py, make replicas).
TEST_DEBS := chromium fonts-noto-cjk postgresql poppler-utils nginx
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup data datadebs bench bench-quick sysdeps clean help constraints replicas replicas-stop model stage-model boundary

help:
	@echo "make run    set up and start the app at http://localhost:$(PORT)"
	@echo "make test   set up (incl. Debian test packages) and run every test"
	@echo "make data   build the derived geographic data"
	@echo "make bench  run the benchmarks (incl. concurrent sessions and the map side by side in chromium)"
	@echo "make bench-quick   only the map side by side at 1k and 10k projects, two loads each"
	@echo "make replicas / make replicas-stop   two app processes behind nginx on one PostgreSQL"
	@echo "make model  train the learned filter on candidates (off unless PLAN_ATLAS_LEARNED_FILTER names it)"
	@echo "make stage-model   train the learned stage of the items no stage rule staged (PLAN_ATLAS_STAGE_MODEL)"
	@echo "make boundary   train the name-boundary CRF (off unless PLAN_ATLAS_BOUNDARY_MODEL names it)"

# The virtualenv with runtime packages; rebuilt when requirements change.
$(VENV)/.runtime: requirements.txt constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "python venv support missing: installing Debian's python3-venv"; rm -rf $(VENV); \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv && \
	  $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	@touch $@

# Test and benchmark packages on top.
$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	@touch $@

# Rivers of the offline basemap are extracted once from GSHHG with Debian's gmt.
# Best effort, tried once per virtualenv: without apt rights the map works, just without rivers.
DATA_DEBS := gmt gmt-gshhg-full
datadebs: $(VENV)/.runtime
	@missing=""; \
	for p in $(DATA_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] && [ ! -e $(VENV)/.datadebs-tried ]; then \
	  touch $(VENV)/.datadebs-tried; \
	  echo "installing Debian packages for the basemap rivers:$$missing"; \
	  ( $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing ) \
	  || echo "warning: could not install$$missing; the offline basemap will have no rivers"; \
	fi

data: $(VENV)/.runtime datadebs
	$(PY) -m geo data

# Map assets, derived data and the bundled documents, each only when missing.
setup: $(VENV)/.runtime datadebs
	$(PY) -m geo setup

run: setup
	$(VENV)/bin/streamlit run serve.py --server.port $(PORT) --server.address $(PLAN_ATLAS_ADDRESS)

sysdeps:
	@missing=""; \
	for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@fc-list | grep -qi "Noto Sans CJK" || (echo "fonts-noto-cjk not visible to fontconfig" && exit 1)

test: sysdeps $(VENV)/.dev setup
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

# The browser, PostgreSQL and nginx too: the map side by side in chromium, sessions through two replicas.
bench: sysdeps $(VENV)/.dev setup
	$(PY) -m bench

# The map side by side only (1k and 10k, two loads each, no concurrent sessions): a few minutes.
bench-quick: sysdeps $(VENV)/.dev setup
	BENCH_QUICK=1 $(PY) -m bench

# Two app processes behind nginx sharing one PostgreSQL (README, "Deploying several app processes").
REPLICAS_DIR ?= $(or $(TMPDIR),/tmp)/plan-atlas-replicas
replicas: sysdeps setup
	$(PY) -m bench.replicas start --dir $(REPLICAS_DIR)

replicas-stop:
	$(PY) -m bench.replicas stop --dir $(REPLICAS_DIR)

# The learned filter on extracted candidates (issue #11 item 1), trained deterministically from the
# twenty-five tuning splits (dev, fresh2 … fresh9, fresh13, fresh14, fresh16, fresh17, fresh19, fresh20, fresh22, fresh24, fresh26, fresh28, fresh30, fresh32, fresh34, fresh36, fresh37, fresh39) of the blind corpus in git (never the frozen
# test half, the validation gate nor the blind split), with its threshold chosen by holding out one split at
# a time. Held out it did not beat the hand rules (every one of the eleven held-out models chose threshold 0,
# keep everything; forced to 0.5 it loses .918 → .916 summed: README), so it is off and not built by setup.
# Other corpora: MODEL_ARGS="--corpus GOLD.jsonl DOCS_DIR".
MODEL ?= data/derived/learned_filter.json
model: setup
	$(PY) -m geo.evaluation.learning train --out $(MODEL) $(MODEL_ARGS)

# The learned stage of the items the stage rules leave unspecified (issue #11 item 2), trained
# deterministically from the tuning splits (dev, fresh2 … fresh9, fresh13, fresh14, fresh16, fresh17, fresh19, fresh20, fresh22, fresh24, fresh26, fresh28, fresh30, fresh32, fresh34, fresh36, fresh37, fresh39; none left out: stage_learning.LEFT_OUT) of the blind corpus in git (never the frozen test
# half, the validation gate nor the blind split), threshold 0.4 (stage_learning.THRESHOLD: the held-out splits
# could not tell 0.4 from 0.6, the gate chose; README). On by default: setup trains it when missing or when its inputs changed (README);
# this target trains it again by hand. Other corpora: MODEL_ARGS="--corpus GOLD.jsonl DOCS_DIR".
STAGE_MODEL ?= data/derived/stage_model.json
stage-model: setup
	$(PY) -m geo.evaluation.stage_learning train --out $(STAGE_MODEL) $(MODEL_ARGS)
# The learned name-boundary CRF over the rules' candidates (issue #11 item 1), trained deterministically
# on the twenty-four tuning splits of the blind corpus (never test/, the gate nor the blind split), used as the leave-one-split-out
# comparison chose (drop at 0.1, trim). It did not beat the rules on held-out splits and cost the bundled
# documents 0.005 F1, so it is off and not built by setup (README). Needs python-crfsuite (requirements-dev.txt).
BOUNDARY ?= data/derived/boundary.crfsuite
boundary: setup $(VENV)/.dev
	$(PY) -m geo.evaluation.boundary train --out $(BOUNDARY) --threshold 0.1 --trim

# Re-pin every transitive package after a change to requirements*.txt.
constraints: $(VENV)/.dev
	{ sed -n '1,3p' constraints.txt; $(PY) -m pip freeze; } > constraints.tmp && mv constraints.tmp constraints.txt

clean:
	rm -rf $(VENV) data/derived static/vendor static/cache tests/artifacts .pytest_cache
