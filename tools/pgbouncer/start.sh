#!/usr/bin/env bash
# Starts Debian's pgbouncer (apt-get install pgbouncer) on 127.0.0.1:6432 in transaction mode in front of
# PostgreSQL on 127.0.0.1:5432, with tools/pgbouncer/pgbouncer.ini, as the postgres OS user.
#   tools/pgbouncer/start.sh          start (waits until it accepts connections; prints its pid)
#   tools/pgbouncer/start.sh stop     stop the one this script started (its pidfile)
# Then: PGBOUNCER_URL=postgres://postgres@127.0.0.1:6432/test npx vitest run tests/server/pgbouncer.test.ts
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run_dir="${RUN_DIR:-/tmp/gridwalk-pgbouncer}"
pidfile="$run_dir/pgbouncer.pid"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if [ "${1:-start}" = stop ]; then
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "pgbouncer $pid stopped"
  else
    echo "no pgbouncer started from $run_dir"
  fi
  exit 0
fi

command -v pgbouncer >/dev/null || { echo "pgbouncer is not installed (apt-get install pgbouncer)" >&2; exit 1; }
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "pgbouncer already running (pid $(cat "$pidfile"))"
  exit 0
fi
mkdir -p "$run_dir"
sed "s|@RUN_DIR@|$run_dir|g" "$here/pgbouncer.ini" >"$run_dir/pgbouncer.ini"
cp "$here/userlist.txt" "$run_dir/userlist.txt"
if [ "$(id -u)" = 0 ]; then chown -R postgres: "$run_dir"; fi
as_postgres pgbouncer -d "$run_dir/pgbouncer.ini"
for _ in $(seq 1 50); do
  if pg_isready -h 127.0.0.1 -p 6432 -q 2>/dev/null; then
    echo "pgbouncer listening on 127.0.0.1:6432 (pid $(cat "$pidfile"), log $run_dir/pgbouncer.log)"
    exit 0
  fi
  sleep 0.1
done
echo "pgbouncer did not start; see $run_dir/pgbouncer.log" >&2
tail -n 20 "$run_dir/pgbouncer.log" >&2 || true
exit 1
