#!/usr/bin/env bash
# Runs the system locally: builds the services, makes sure a PostgreSQL is there (database `sop`), starts
# request-service (8081), review-service (8082) and archive-service (8083) as packaged jars with the dev keys,
# each with its management interface (health, metrics, OpenAPI, Swagger UI under /q) on 9081, 9082 and 9083, all
# listening on 127.0.0.1 only (the dev keys can mint a token for any role: never expose them), then walks one case through the SOP steps and prints each step with its actor. Ctrl-C stops what it started.
# After a build it first trains each service's class-data archive (one start of each against the database
# sop_class_archive, ≈ 10 s a service; deploy/local/class-archive.sh): the services then start from it, as in the images.
#
#   deploy/local/run.sh [--no-demo] [--no-build] [--once] [--trace-to URL]
#     --no-build  start the jars built before (by a run without it, or by deploy/local/test.sh)
#     --once      walk the case through, then stop the services (exit status: the walk-through's)
#     --trace-to  export every trace to the OTLP collector at URL (e.g. http://127.0.0.1:4317, a local Jaeger);
#                 without it the trace ids are only in the logs (JSON, deploy/local/.run/*.log), which the walk shows
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
here="$top/deploy/local"
demo=true; build=true; once=false; trace_to=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-demo) demo=false;;
    --no-build) build=false;;
    --once) once=true;;
    --trace-to) trace_to=${2:?--trace-to takes the collector URL}; shift;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
  shift
done
if [ -n "$trace_to" ]; then
  export OTEL_EXPORTER_OTLP_ENDPOINT=$trace_to OTEL_TRACES_SAMPLER_ARG=1
fi

# shellcheck source=jvm-env.sh
source "$here/jvm-env.sh"
mapfile -t jvm_env < <(sop_jvm_env)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# shellcheck source=postgres.sh
source "$here/postgres.sh"
say "PostgreSQL"
ensure_postgres sop

services=()
for svc in request-service review-service archive-service; do
  grep -q "<module>$svc</module>" "$top/pom.xml" && services+=("$svc")
done

if $build; then
  say "Building ${services[*]} (mvn package, tests skipped: run deploy/local/test.sh for those)"
  (cd "$top" && mvn -B -q -ntp -DskipTests package)
else
  for svc in "${services[@]}"; do
    if [ ! -f "$top/$svc/target/quarkus-app/quarkus-run.jar" ]; then
      echo "$svc has not been built yet ($svc/target/quarkus-app/quarkus-run.jar is missing)." >&2
      echo "Run deploy/local/run.sh without --no-build once: it builds the services first." >&2
      exit 1
    fi
  done
fi

# shellcheck source=class-archive.sh
source "$here/class-archive.sh"
if [ "${SOP_CLASS_ARCHIVE:-on}" != off ]; then
  stale=()
  for svc in "${services[@]}"; do sop_class_archive_fresh "$svc" || stale+=("$svc"); done
  if [ ${#stale[@]} -gt 0 ]; then
    say "Training the class-data archives of ${stale[*]} (one start each, database sop_class_archive)"
    ensure_postgres sop_class_archive
    sop_class_archive_ensure sop_class_archive "${stale[@]}"
  fi
fi

declare -A port=([request-service]=8081 [review-service]=8082 [archive-service]=8083)
declare -A mgmt=([request-service]=9081 [review-service]=9082 [archive-service]=9083)
rundir="$here/.run"; mkdir -p "$rundir"
pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    say "Stopping ${services[*]}"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

export DB_URL=${DB_URL:-jdbc:postgresql://$PGHOST:$PGPORT/sop}
export JWT_PUBLIC_KEY_LOCATION=${JWT_PUBLIC_KEY_LOCATION:-file:$here/keys/dev-jwt-public.pem}
export JWT_ISSUER=${JWT_ISSUER:-https://sop.local/dev-issuer}
export SERVICE_TOKEN_KEY_LOCATION=${SERVICE_TOKEN_KEY_LOCATION:-file:$here/keys/dev-jwt-private.pem}
# The committed development keys are one trust anchor for officers and services: a production start refuses them
# (platform StartupSafety) unless told that this is a local run.
export SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED=${SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED:-true}
export SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED=${SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED:-true}
export SEAL_PRIVATE_KEY_LOCATION=${SEAL_PRIVATE_KEY_LOCATION:-file:$here/keys/dev-seal-private.pem}
export CHAIN_PRIVATE_KEY_LOCATION=${CHAIN_PRIVATE_KEY_LOCATION:-file:$here/keys/dev-chain-private.pem}
export REQUEST_SERVICE_URL=${REQUEST_SERVICE_URL:-http://127.0.0.1:8081}
export REVIEW_SERVICE_URL=${REVIEW_SERVICE_URL:-http://127.0.0.1:8082}
export ARCHIVE_SERVICE_URL=${ARCHIVE_SERVICE_URL:-http://127.0.0.1:8083}
# Loopback only, API and management interface alike; Swagger UI (off in prod by default) on for local runs.
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1
export SWAGGER_UI_ENABLED=${SWAGGER_UI_ENABLED:-true}

for svc in "${services[@]}"; do
  if curl -fs "http://127.0.0.1:${mgmt[$svc]}/q/health/ready" >/dev/null 2>&1; then
    holder=$(ss -ltnpH "sport = :${mgmt[$svc]}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    echo "Port ${mgmt[$svc]} already answers: an earlier run.sh (or another $svc) is still running." >&2
    echo "Stop it first: Ctrl-C in its terminal${holder:+, or kill $holder (the process holding the port)}." >&2
    exit 1
  fi
  say "Starting $svc on ${port[$svc]}, management ${mgmt[$svc]} (log: deploy/local/.run/$svc.log)"
  # Each service as in production: Flyway as its owner role, the application as its runtime role (postgres.sh made them).
  role=${svc%-service}
  PORT=${port[$svc]} MANAGEMENT_PORT=${mgmt[$svc]} DB_USER=${role}_svc DB_PASSWORD=${role}_svc DB_OWNER_USER=${role}_owner DB_OWNER_PASSWORD=${role}_owner \
    env ${jvm_env[@]+"${jvm_env[@]}"} java -Xmx256m $(sop_class_archive_args "$svc") -jar "$top/$svc/target/quarkus-app/quarkus-run.jar" >"$rundir/$svc.log" 2>&1 &
  pids+=($!)
done
for svc in "${services[@]}"; do
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:${mgmt[$svc]}/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://127.0.0.1:${mgmt[$svc]}/q/health/ready" >/dev/null || { echo "$svc did not become ready; see $rundir/$svc.log" >&2; tail -20 "$rundir/$svc.log" >&2; exit 1; }
  echo "    $svc ready: API http://127.0.0.1:${port[$svc]}/api/v1, Swagger UI http://127.0.0.1:${mgmt[$svc]}/q/swagger-ui"
done

if $demo; then
  SOP_LOG_DIR="$rundir" "$here/demo.sh"
fi
if $once; then
  exit 0
fi

say "Running. Swagger UI: http://127.0.0.1:9081/q/swagger-ui (and 9082, 9083). Tokens: deploy/local/token.sh ROLE. Ctrl-C stops."
wait
