# The two set-up commands: `make run` serves the site, `make test` runs the test suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE ?= wijkkompas.settings.dev

.PHONY: run test install lint check demo clean stack

$(BIN)/python:
	$(shell command -v $(PYTHON) || command -v python3) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Open data read by `manage.py load_municipality_places` (the outline of the Netherlands):
# an npm package, fetched with npm; nothing is built from it. Without npm the site still runs:
# the map then shows its markers and table without the outline (docs/implementation-map.md).
node_modules/.package-lock.json: package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; \
	else echo "npm ontbreekt: de kaart krijgt geen omtrek van Nederland (docs/implementation-map.md)"; fi

install: $(STAMP) node_modules/.package-lock.json

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py create_demo_admin

run: demo
	@echo ""
	@echo "  Wijkkompas draait op   http://127.0.0.1:8000/"
	@echo "  Beheer (Wagtail admin) http://127.0.0.1:8000/admin/"
	@echo "  Inloggen als demo-beheerder: gebruikersnaam 'admin', wachtwoord 'wijkkompas-demo'"
	@echo "  Rollen uitproberen: redacteur, eindredacteur, vertaler, beheerder (zelfde wachtwoord)"
	@echo "  Geplande (de)publicaties: publish_scheduled draait elke minuut op de achtergrond"
	@echo ""
	@# The scheduler loop lives exactly as long as runserver: the trap stops it on exit or Ctrl-C.
	@while :; do $(BIN)/python manage.py publish_scheduled; sleep 60; done & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# The production stack on this machine: Varnish on http://127.0.0.1:8080 in front of gunicorn
# with the production settings, PostgreSQL (DATABASE_URL, default 127.0.0.1:5432) and Redis.
# OBJECT_STORE=1 keeps media in an S3-compatible store on loopback (docs/storage.md).
NODES ?= 1
stack: install
	$(BIN)/python deploy/stack.py --nodes $(NODES) $(if $(OBJECT_STORE),--object-store)

# Tests that commit their data empty the database after them, so they run last, on their own.
test: install
	DJANGO_SETTINGS_MODULE=wijkkompas.settings.test $(BIN)/pytest -m "not flushes_database" $(PYTEST_ARGS)
	DJANGO_SETTINGS_MODULE=wijkkompas.settings.test $(BIN)/pytest -m flushes_database -n 0 $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=wijkkompas.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=wijkkompas.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var
