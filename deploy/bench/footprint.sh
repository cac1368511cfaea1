#!/usr/bin/env bash
# The start-up half of the footprint, without the workload: starts each packaged service ALONE (one after the other,
# the next only when the previous one is stopped), prod profile, the environment the bench passes, the JVM options of
# deploy/kubernetes/base/common/jvm.env, against its own database; prints exec → first 200 of /q/health/ready on the management port,
# Quarkus' "started in", the CPU seconds the process used until then (user + system: what the start costs, less
# dependent than the wall time on what else the machine runs), and RSS (VmRSS, VmHWM) once ready. Repeats each start ROUNDS times.
#
#   deploy/bench/footprint.sh [--db NAME] [--rounds N] [--heap 256m] [--jvm-arg A]... [--env K=V]... [--no-class-archive] [SERVICE...]
#     --db      database to start against (default bench_footprint; created when missing, never sop_bench)
#     --jvm-arg an extra JVM argument (after the shared ones), e.g. -Xlog:class+load:file=/tmp/cl.txt
#     --no-class-archive  start without the service's class-data archive; by default the starts use it, as every
#               deployment does (deploy/local/class-archive.sh; trained first against database sop_class_archive
#               when missing or stale)
#     --timeout seconds to wait for ready (300)
#     --env     an extra or overriding variable, e.g. --env JAVA_TOOL_OPTIONS= for none of the shared options
# Two footprint runs at once need two databases (Flyway waits for the other's lock).
# FOOTPRINT_APPS=DIR takes the jars from DIR/<service>/target/quarkus-app (a copy, to compare two builds).
# Needs the packaged jars (mvn -DskipTests package) and PostgreSQL on $PGHOST:$PGPORT (127.0.0.1:5432).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
db=bench_footprint; rounds=3; class_archive=true; timeout=300; heap=256m; jvm_args=(); env_args=(); services=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift;;
    --rounds) rounds=$2; shift;;
    --heap) heap=$2; shift;;
    --jvm-arg) jvm_args+=("$2"); shift;;
    --env) env_args+=("$2"); shift;;
    --no-class-archive) class_archive=false;;
    --timeout) timeout=$2; shift;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) services+=("$1");;
  esac
  shift
done
[ ${#services[@]} -gt 0 ] || services=(request-service review-service archive-service)
case "$db" in sop|sop_bench|sop_system_test|test) echo "refusing the shared database $db" >&2; exit 2;; esac
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
psql -qtAc "select 1 from pg_database where datname = '$db'" postgres | grep -q 1 || psql -qc "create database $db" postgres

# shellcheck source=../local/jvm-env.sh
source "$top/deploy/local/jvm-env.sh"
mapfile -t jvm_env < <(sop_jvm_env)

# shellcheck source=../local/class-archive.sh
source "$top/deploy/local/class-archive.sh"
if $class_archive && [ -z "${FOOTPRINT_APPS:-}" ]; then
  # shellcheck source=../local/postgres.sh
  source "$top/deploy/local/postgres.sh"
  ensure_postgres sop_class_archive >/dev/null
  sop_class_archive_ensure sop_class_archive "${services[@]}"
fi
printf '%-16s %5s %9s %9s %7s %8s %8s\n' service round ready_s quarkus_s cpu_s rss_mb hwm_mb
# One start of $svc: prints a row labelled $1; the further arguments go to the JVM.
one_start() {
  local label=$1; shift
  local port mport log pid ok t0 t1 cpu rss hwm started start_env=()
  port=$(sop_free_port); mport=$(sop_free_port); log=$(mktemp /tmp/footprint-$svc.XXXXXX.log)
  t0=$(date +%s%N)
  mapfile -t start_env < <(sop_service_start_env "$svc" "$db" "$port" "$mport")
  env ${jvm_env[@]+"${jvm_env[@]}"} "${start_env[@]}" ${env_args[@]+"${env_args[@]}"} \
    java "-Xmx$heap" ${jvm_args[@]+"${jvm_args[@]}"} "$@" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  ok=false
  sop_wait_ready "$mport" "$pid" "$timeout" && ok=true
  t1=$(date +%s%N)
  if ! $ok; then echo "$svc did not become ready; log: $log" >&2; kill "$pid" 2>/dev/null || true; exit 1; fi
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14+$15)/hz}' "/proc/$pid/stat")
  rss=$(awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/{printf "%d", $2/1024}' "/proc/$pid/status")
  started=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*' || true)
  printf '%-16s %5s %9.2f %9s %7s %8s %8s\n' "$svc" "$label" "$(echo "($t1 - $t0)/1000000000" | bc -l)" "${started:-?}" "$cpu" "$rss" "$hwm"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ "${FOOTPRINT_KEEP_LOGS:-}" = "" ]; then rm -f "$log"; else echo "  log: $log"; fi
}

for svc in "${services[@]}"; do
  jar=${FOOTPRINT_APPS:-$top}/$svc/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || { echo "no $jar: mvn -DskipTests package -pl $svc" >&2; exit 1; }
  cds=()
  if $class_archive; then
    if [ -n "${FOOTPRINT_APPS:-}" ]; then
      [ -s "$(dirname "$jar")/app-cds.jsa" ] && cds=("-XX:SharedArchiveFile=$(dirname "$jar")/app-cds.jsa")
    else
      mapfile -t cds < <(sop_class_archive_args "$svc")
    fi
    [ ${#cds[@]} -gt 0 ] || echo "$svc: no class-data archive, started without" >&2
  fi
  for round in $(seq "$rounds"); do
    one_start "$round" ${cds[@]+"${cds[@]}"}
  done
done
