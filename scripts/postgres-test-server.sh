#!/usr/bin/env bash
# A throwaway PostgreSQL for the store contract tests, on 127.0.0.1 only, in its own data folder.
#   eval "$(bash scripts/postgres-test-server.sh start)"   # installs if missing, starts, exports NEWSLENS_TEST_POSTGRES_URL
#   bash scripts/postgres-test-server.sh stop
# Uses Debian's packages (apt-get install postgresql) and runs the server as the postgres user.
set -euo pipefail
DATA="${NEWSLENS_PG_DATA:-/tmp/newslens-pg}"
PORT="${NEWSLENS_PG_PORT:-55432}"
URL="postgres://newslens:newslens@127.0.0.1:${PORT}/newslens_test"

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { runuser -u postgres -- "$@"; }

case "${1:-}" in
  start)
    if [ -z "$(pgbin)" ]; then
      echo "installing PostgreSQL from Debian packages" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update >&2 && apt-get install -y --no-install-recommends postgresql >&2
    fi
    BIN="$(pgbin)"
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA" && chown postgres:postgres "$DATA" && chmod 700 "$DATA"
      as_postgres "$BIN/initdb" -D "$DATA" --auth-local=trust --auth-host=scram-sha-256 -U postgres >&2
    fi
    if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
      as_postgres "$BIN/pg_ctl" -D "$DATA" -w -t 60 -l "$DATA/server.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off" start >&2
    fi
    PSQL=("$BIN/psql" -h "$DATA" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
    if [ "$(as_postgres "${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'newslens'")" != "1" ]; then
      as_postgres "${PSQL[@]}" -c "CREATE ROLE newslens LOGIN PASSWORD 'newslens'" >&2
    fi
    if [ "$(as_postgres "${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'newslens_test'")" != "1" ]; then
      as_postgres "${PSQL[@]}" -c "CREATE DATABASE newslens_test OWNER newslens" >&2
    fi
    echo "export NEWSLENS_TEST_POSTGRES_URL='$URL'"
    ;;
  stop)
    BIN="$(pgbin)"
    if [ -n "$BIN" ] && [ -f "$DATA/PG_VERSION" ]; then as_postgres "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true; fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
