#!/usr/bin/env bash
# Failure drill: runs Wijkkompas against its own throwaway PostgreSQL cluster and Redis, then
# takes each away and brings it back, printing what a reader and a load balancer get:
#   1. all up: /health/ 200, pages 200
#   2. database stopped: pages answer the static 503 page (Retry-After), /health/ 503
#   3. database started again: the same server recovers by itself, pages 200
#   4. Redis stopped: pages still 200, /health/ 200 with "cache": "unavailable"
#   5. a backup (make_backup) restored into a new, empty database (restore_backup), counts checked
# It never touches the machine's own PostgreSQL or Redis: the cluster lives under a temporary
# folder on DRILL_PG_PORT, Redis on DRILL_REDIS_PORT, and everything is stopped on exit.
# Usage: scripts/failure-drill.sh          (from the project folder, after `make install`)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PG_PORT="${DRILL_PG_PORT:-55439}"
REDIS_PORT="${DRILL_REDIS_PORT:-56379}"
WEB_PORT="${DRILL_WEB_PORT:-8799}"
BASE="http://127.0.0.1:$WEB_PORT"
WORK="$(mktemp -d /tmp/wijkkompas-drill.XXXXXX)"
PYTHON=.venv/bin/python
failures=0
server_pid=""

# initdb and pg_ctl refuse to run as root: as root, run them as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_db() { as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null; }
stop_db() { as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null; }
start_redis() { redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --logfile "$WORK/redis.log" >/dev/null; sleep 0.5; }
stop_redis() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }

# Prints "status seconds" of one GET, and the body to $WORK/body.
get() { curl -s -o "$WORK/body" -D "$WORK/headers" -w "%{http_code} %{time_total}s" --max-time 15 "$BASE$1" || echo "000 timeout"; }

expect() { # expect PATH STATUS WHAT
  local result; result="$(get "$1")"
  local line; line="$(printf '  %-28s %-14s' "$1" "$result")"
  if [ "${result%% *}" = "$2" ]; then echo "$line ok ($3)"; else echo "$line FAILED: expected $2 ($3)"; failures=$((failures + 1)); fi
}

show_health() { curl -s --max-time 15 "$BASE/health/"; echo; }

echo "== a throwaway PostgreSQL cluster on port $PG_PORT and Redis on port $REDIS_PORT (in $WORK)"
chmod 755 "$WORK"
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; fi
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust >/dev/null
start_db
start_redis
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres wijkkompas_drill

export DJANGO_SETTINGS_MODULE=wijkkompas.settings.production
export SECRET_KEY=failure-drill-only ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/wijkkompas_drill"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export WIJKKOMPAS_VAR_DIR="$WORK/var" MEDIA_ROOT="$WORK/var/media"
# A throwaway database: the demo content is allowed here under the production settings.
export WIJKKOMPAS_ALLOW_DEMO_CONTENT=1

echo "== migrate and load the demo content (a minute or two)"
$PYTHON manage.py migrate --noinput >/dev/null
$PYTHON manage.py load_demo_content >/dev/null

echo "== start the site on $BASE"
if [ -x .venv/bin/gunicorn ]; then
  .venv/bin/gunicorn wijkkompas.wsgi --bind "127.0.0.1:$WEB_PORT" --workers 2 --log-level warning &
else
  $PYTHON manage.py runserver --noreload "127.0.0.1:$WEB_PORT" >"$WORK/server.log" 2>&1 &
fi
server_pid=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "$BASE/health/" && break; sleep 1; done

echo "== 1. everything up"
show_health
expect /health/ 200 "all parts ok"
expect /nl/ 200 "home page"
expect /nl/methoden/samen-in-de-wijk/ 200 "a method"

echo "== 2. the database stops"
stop_db
show_health
expect /health/ 503 "a load balancer takes this server out"
expect /nl/ 503 "static page, no traceback"
expect /nl/methoden/samen-in-de-wijk/ 503 "static page"
# What the reader got (a missing header is a failure above, not the end of the drill).
grep -i "^retry-after" "$WORK/headers" | sed 's/^/  /' || true
grep -o "<h1[^>]*>[^<]*</h1>" "$WORK/body" | sed 's/^/  /' || true

echo "== 3. the database is back: the same server recovers by itself"
start_db
sleep 1
show_health
expect /health/ 200 "recovered"
expect /nl/ 200 "home page again"
expect /nl/methoden/samen-in-de-wijk/ 200 "a method again"

echo "== 4. Redis stops: the site still serves, from the database"
stop_redis
show_health
expect /health/ 200 "degraded, still serving"
expect /nl/ 200 "home page without cache"
expect "/nl/zoeken/?q=wijkagent" 200 "search without cache"
start_redis
sleep 1
expect /health/ 200 "Redis back"

echo "== 5. backup and restore into a new, empty database"
$PYTHON manage.py make_backup --output "$WORK/backup"
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres wijkkompas_restored
if $PYTHON manage.py restore_backup "$WORK"/backup/*.json \
    --database-url "postgres://postgres@127.0.0.1:$PG_PORT/wijkkompas_restored" \
    --media-root "$WORK/restored-media"; then
  echo "  restore ok"
else
  echo "  restore FAILED"; failures=$((failures + 1))
fi
if $PYTHON manage.py restore_backup "$WORK"/backup/*.json \
    --database-url "postgres://postgres@127.0.0.1:$PG_PORT/wijkkompas_drill" 2>"$WORK/refused"; then
  echo "  restore over the live database was NOT refused"; failures=$((failures + 1))
else
  echo "  restore over the live database refused: $(tail -1 "$WORK/refused")"
fi

echo
if [ "$failures" -eq 0 ]; then echo "Failure drill passed."; else echo "Failure drill: $failures check(s) FAILED."; exit 1; fi
