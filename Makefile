# Family Voice: two commands on a fresh machine.
#   make run   set everything up, migrate, seed the demo council when empty, serve on 127.0.0.1:5000
#              with one background worker beside it (sending, reminders, scheduled jobs)
#   make test  set everything up (and Chromium for browser tests) then run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test setup assets chromium pdf-libraries lint clean codes sentiment-model safeguarding-model translations

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/activate pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

surveys/static/manifest.json: node_modules/.installed scripts/build-assets.mjs $(wildcard surveys/web/assets/*)
	npm run --silent build

# Family pages' translations: the .po catalogues are committed, the .mo files they compile to
# are built here (and by the tests), never committed.
CATALOGUES := $(wildcard surveys/translations/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGUES:.po=.mo)

surveys/translations/%/LC_MESSAGES/messages.mo: surveys/translations/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BIN)/pybabel compile -l $* -i $< -o $@

setup: $(VENV)/.installed surveys/static/manifest.json $(COMPILED) pdf-libraries

# PDFs are drawn by WeasyPrint, which needs Pango and HarfBuzz from the system, and prints in
# Liberation Sans (Arial's metrics); install them when missing and we are root (as on CI).
pdf-libraries:
	@if ! ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' \
	    || ! ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so.0' \
	    || ! fc-list 2>/dev/null | grep -q 'Liberation Sans'; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 \
	      libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation >/dev/null) \
	      || echo "Could not install Pango: PDFs cannot be drawn"; \
	  else echo "Install Pango for PDFs (sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0" \
	    "libharfbuzz-subset0 fonts-liberation)"; fi; \
	fi

# After changing family-facing wording: re-extract every marked string, add the new ones to each
# language's catalogue (to be translated; `make test` fails until Welsh has them), compile.
translations: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg --no-location -o surveys/translations/messages.pot .
	$(BIN)/pybabel update -i surveys/translations/messages.pot -d surveys/translations --no-fuzzy-matching
	$(BIN)/pybabel compile -d surveys/translations --statistics

run: setup
	$(FLASK) db-upgrade
	$(FLASK) seed-demo --if-empty
	@$(FLASK) demo-family-link --base-url $${FLASK_PUBLIC_BASE_URL:-http://127.0.0.1:$(PORT)}
	@echo "Family Voice is starting on http://127.0.0.1:$(PORT) with one background worker (Ctrl+C stops both)"
	@# The worker sends texts and emails and runs the scheduled jobs. A background job in a script
	@# ignores Ctrl+C, so the trap stops it (gracefully: SIGINT lets a send in progress finish)
	@# whenever the web server stops, however it stops.
	@export FLASK_PUBLIC_BASE_URL=$${FLASK_PUBLIC_BASE_URL:-http://127.0.0.1:$(PORT)}; \
	trap 'kill -INT $$worker 2>/dev/null; wait $$worker' INT TERM EXIT; \
	$(FLASK) worker & worker=$$!; \
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

# The demo accounts' current two-factor codes (their keys are public, like the demo password).
codes: setup
	@$(FLASK) demo-codes

# Browser tests drive Debian's Chromium; install it when missing and we are root (as on CI).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) \
	      || echo "Could not install chromium: browser tests will be skipped"; \
	  else echo "Install Chromium (sudo apt-get install chromium poppler-utils) to run the browser tests"; fi; \
	fi
	@if ! command -v pdftoppm >/dev/null && [ "$$(id -u)" = "0" ]; then \
	  apt-get install -y -qq poppler-utils >/dev/null || true; fi
	@# Urdu screenshots need a font with Urdu's letters (families' phones have their own).
	@if ! fc-list ':charset=06d2' 2>/dev/null | grep -q . && [ "$$(id -u)" = "0" ]; then \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-ui-core >/dev/null || true; fi

test: setup chromium
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

# Retrain the shipped sentiment model from the public NHS data in ../shared/data (issue 14).
sentiment-model: setup
	$(BIN)/python -m feedback.analysis.train_sentiment

# Retrain the shipped safeguarding model from our labelled sets and NHS Trusts A and C (issue 14).
safeguarding-model: setup
	$(BIN)/python -m feedback.analysis.train_safeguarding

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) node_modules surveys/static *.egg-info
