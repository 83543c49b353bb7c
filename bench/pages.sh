#!/bin/sh
# Page-view benchmark under gunicorn and wrk; see bench/pages.py for what it measures.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/pages.sh [--pages 10000] [--duration 10]
set -eu
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
exec .venv/bin/python bench/pages.py "$@"
