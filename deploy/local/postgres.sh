#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on $PGHOST:$PGPORT (default 127.0.0.1:5432) for $PGUSER (postgres),
# and that the named databases exist. Source it or run it:  deploy/local/postgres.sh [DATABASE...]
#
# What it does, in order, stopping at the first step that works:
#   1. uses a server that already answers (trust auth, or PGPASSWORD/DB_PASSWORD you exported);
#   2. starts an installed but stopped cluster (pg_ctlcluster), when run as root;
#   3. installs Debian/Ubuntu's `postgresql` package with apt-get, when run as root, and starts it.
# When it had to start or install a server that asks for a password, it sets the local `postgres` user's
# password to "postgres" and exports PGPASSWORD, DB_PASSWORD and TEST_DB_PASSWORD accordingly (local use only).
# Then, in each named database, it makes the services' two roles (owner, runtime) and their schemas, with
# deploy/kubernetes/db-init/create-schemas-and-roles.sql as in a cluster; locally each role's password is its own name.
set -uo pipefail

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[ -n "${DB_PASSWORD:-}" ] && [ -z "${PGPASSWORD:-}" ] && export PGPASSWORD=$DB_PASSWORD

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

pg_answers() { psql -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

pg_start_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local version
  version=$(pg_lsclusters -h 2>/dev/null | awk '{print $1; exit}')
  [ -n "$version" ] || return 1
  pg_log "starting the installed cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || pg_ctlcluster "$version" main start
}

pg_install() {
  command -v apt-get >/dev/null 2>&1 || { pg_log "no apt-get here: install PostgreSQL yourself"; return 1; }
  pg_log "installing PostgreSQL with apt-get (this takes a minute)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

pg_local_password() {
  pg_answers && return 0
  command -v runuser >/dev/null 2>&1 || return 1
  pg_log "setting a local password for the postgres user"
  runuser -u postgres -- psql -Atqc "ALTER USER postgres PASSWORD 'postgres'" >/dev/null || return 1
  export PGPASSWORD=postgres
  pg_answers
}

# <svc>_owner runs Flyway, <svc>_svc runs the service; roles are cluster-wide, the script keeps those that exist.
ensure_service_roles() {
  local db=$1 svc args=()
  for svc in request review archive; do
    args+=(-v "${svc}_owner_password=${svc}_owner" -v "${svc}_password=${svc}_svc")
  done
  local sql
  sql="$(cd "$(dirname "${BASH_SOURCE[0]}")/../kubernetes/db-init" && pwd)/create-schemas-and-roles.sql"
  # A second checkout creating the same role at the same moment loses the race once; the next try finds it.
  psql -d "$db" -q -v ON_ERROR_STOP=1 "${args[@]}" -f "$sql" >/dev/null 2>&1 \
    || psql -d "$db" -q -v ON_ERROR_STOP=1 "${args[@]}" -f "$sql" >/dev/null
}

ensure_postgres() {
  if ! pg_answers; then
    if ! command -v psql >/dev/null 2>&1 || ! pg_start_installed; then
      [ "$(id -u)" = 0 ] || { pg_log "no PostgreSQL answers on $PGHOST:$PGPORT; start one (or run as root to let this script)"; return 1; }
      pg_start_installed || { pg_install && pg_start_installed; } || return 1
    fi
    for _ in $(seq 1 30); do pg_answers && break; pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
    pg_local_password || { pg_log "PostgreSQL runs but refuses $PGUSER; export PGPASSWORD"; return 1; }
  fi
  if [ -n "${PGPASSWORD:-}" ]; then
    export DB_PASSWORD=${DB_PASSWORD:-$PGPASSWORD} TEST_DB_PASSWORD=${TEST_DB_PASSWORD:-$PGPASSWORD}
  fi
  local db
  for db in "$@"; do
    if [ "$(psql -d postgres -Atqc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      pg_log "creating database $db"
      psql -d postgres -qc "CREATE DATABASE \"$db\"" || return 1
    fi
    ensure_service_roles "$db" || { pg_log "cannot create the services' roles in $db"; return 1; }
  done
  pg_log "PostgreSQL $(psql -d postgres -Atqc 'show server_version') answers on $PGHOST:$PGPORT"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_postgres "$@"
fi
