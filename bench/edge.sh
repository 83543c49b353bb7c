#!/bin/sh
# Edge benchmark: Varnish in front of gunicorn (deploy/stack.py); see bench/edge.py for what it measures.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/edge.sh [--pages 10000] [--duration 10]
set -eu
cd "$(dirname "$0")/.."
for tool in wrk nginx varnishd; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || {
    echo "$tool is missing: apt-get install -y wrk nginx-light varnish varnish-modules" >&2; exit 1; }
done
exec .venv/bin/python bench/edge.py "$@"
