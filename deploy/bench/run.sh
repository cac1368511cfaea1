#!/usr/bin/env bash
# The benchmark in one command: makes sure PostgreSQL answers, packages the services when their jars are missing or
# older than their sources (--no-build skips that), then runs the load generator (deploy/bench), which starts the three
# services on free ports against a fresh database `sop_bench`, measures pgbench -N, drives complete cases, times reads
# at scale and writes deploy/bench/target/bench-report.txt and bench-report.json. Exit status 1 if any call failed.
#
#   deploy/bench/run.sh [--smoke] [--no-build] [--duration S] [--warmup S] [--half-duration S] [--sessions N]
#                       [--half-settle S] [--return-share F] [--read-sessions N] [--read-interval-ms MS] [--wait-mode stream|poll]
#                       [--poll-ms MS]
#                       [--scale 1k,100k,1M | --no-scale] [--peers] [--no-pgbench] [--pool N] [--outbox-poll 1s] [--signing-keys ec|rsa]
#                       [--heap 256m] [--label TEXT] [--db NAME (or BENCH_DB; default sop_bench)] [--ready-timeout S]
#                       [--no-class-archives]
#                       [--keep-db --preloaded 1M]   time the reads of a database a previous run loaded
#   deploy/bench/run.sh --faults [--fault-interval S] [--sessions N]   the fault run on a throwaway PostgreSQL
#   deploy/bench/run.sh --soak [--soak-duration S] [--sample-interval S] [--duration S]   the soak at half of peak
#   deploy/bench/run.sh --replicas N [--sessions N] [--duration S]   the same load on 1 and on N replicas of each service
# --faults makes its own PostgreSQL cluster with initdb on port $FAULT_PG_PORT (25432) in a temporary directory
# (deploy/bench/throwaway-pg.sh), never the shared server; it kills each service with SIGKILL in turn and restarts
# PostgreSQL once, then checks the services' tables. --replicas checks the same tables after each of its two rounds.
# All three write their figures to deploy/bench/results/.
# The services start with their class-data archives as every deployment does (deploy/local/class-archive.sh trains a
# missing or stale one first, against the database sop_class_archive); --no-class-archives starts them without.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=true
faults=false
class_archives=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false;;
    --no-class-archives) class_archives=false;;
    --faults) faults=true; args+=("$arg");;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) args+=("$arg");;
  esac
done

if $faults; then
  pgdir=$(mktemp -d /tmp/sop-faults-pg.XXXXXX)
  export PGHOST=127.0.0.1 PGPORT=${FAULT_PG_PORT:-25432} PGUSER=postgres
  unset PGPASSWORD DB_PASSWORD
  trap '"$top/deploy/bench/throwaway-pg.sh" destroy "$pgdir"' EXIT
  "$top/deploy/bench/throwaway-pg.sh" create "$pgdir" "$PGPORT"
  args+=(--pg-data "$pgdir")
else
  # shellcheck source=../local/postgres.sh
  source "$top/deploy/local/postgres.sh"
  ensure_postgres
fi

stale() {
  local jar=$top/$1/target/quarkus-app/quarkus-run.jar
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$top/$1/src/main" "$top/$1/pom.xml" "$top/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}
if $build; then
  need=()
  for m in request-service review-service archive-service; do stale "$m" && need+=("$m"); done
  if [ ${#need[@]} -gt 0 ]; then
    echo "[bench] packaging ${need[*]}"
    (cd "$top" && mvn -B -q -ntp -DskipTests package -pl "$(IFS=,; echo "${need[*]}")")
  fi
  if [ ! -d "$top/deploy/bench/target/lib" ] || [ -n "$(find "$top/deploy/bench/src" "$top/deploy/bench/pom.xml" -newer "$top/deploy/bench/target/lib" -print -quit)" ]; then
    echo "[bench] packaging deploy/bench"
    (cd "$top" && mvn -B -q -ntp -DskipTests package -pl deploy/bench) && touch "$top/deploy/bench/target/lib"
  fi
fi

services=(request-service review-service archive-service)
# shellcheck source=../local/class-archive.sh
source "$top/deploy/local/class-archive.sh"
if $class_archives && ! $faults; then
  ensure_postgres sop_class_archive
  sop_class_archive_ensure sop_class_archive "${services[@]}"
fi
if $class_archives; then
  fresh=true
  for m in "${services[@]}"; do sop_class_archive_fresh "$m" || fresh=false; done
  if $fresh; then args+=(--class-archives); else echo "[bench] no fresh class-data archives: the services start without"; fi
fi

cd "$top"
# not exec: under --faults the trap removes the throwaway cluster afterwards
java -Xmx1g -Dbench.root="$top" -cp "$top/deploy/bench/target/classes:$top/deploy/bench/target/lib/*" \
  id.go.kalbarprov.sop.bench.Bench ${args[@]+"${args[@]}"}
