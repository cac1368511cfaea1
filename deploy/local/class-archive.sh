# The services' class-data archives (AppCDS): one start of a packaged service loads ≈ 17,000 classes, and the JVM
# verifies and links each from its jar. A dynamic archive written by one "training" start (-XX:ArchiveClassesAtExit)
# holds them ready to map: later starts of the same jars on the same JVM take them from it
# (-XX:SharedArchiveFile). Java 17 cannot make one by itself (-XX:+AutoCreateSharedArchive is JDK 19+), so this file does.
# Figures in deploy/bench/README.md ("Class-data archives").
#
# Sourced by deploy/local/run.sh, deploy/bench/run.sh, deploy/bench/footprint.sh and
# deploy/kubernetes/scripts/add-class-archive.sh. The archive of a service lives
# beside its jar, <service>/target/quarkus-app/app-cds.jsa, with app-cds.jvm naming the JVM that wrote it; a new
# package (mvn package) or another JVM makes it stale, and the next script that wants it trains a new one.
#   sop_class_archive_args SERVICE            prints the JVM argument that uses SERVICE's archive, nothing when there is
#                                              no fresh one (the JVM then starts without, as before)
#   sop_class_archive_ensure DB SERVICE...     trains the missing or stale archives: each service started once, alone,
#                                              against database DB (migrated there; never a shared one), stopped when
#                                              ready, the archive written as it stops (≈ 5–10 s a service)
#   sop_free_port                              prints a free TCP port on 127.0.0.1
#   sop_wait_ready MANAGEMENT_PORT PID SECONDS  waits until /q/health/ready answers 200 (status 0), PID exits or
#                                              SECONDS pass (status 1)
#   sop_service_start_env SERVICE DB PORT MANAGEMENT_PORT [KEYS_DIR]
#                                              prints the environment (KEY=VALUE lines) of a service started on its own
#                                              with the development keys (deploy/local/keys, or their copy in KEYS_DIR),
#                                              as the trainings and footprint.sh start it
# SOP_CLASS_ARCHIVE=off turns all of it off (every start without an archive).

_sop_class_archive_top() { (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd); }

_sop_class_archive_jvm() { java -Xshare:auto -version 2>&1 | tr '\n' ' '; command -v java; }

sop_class_archive_file() { printf '%s/%s/target/quarkus-app/app-cds.jsa\n' "$(_sop_class_archive_top)" "$1"; }

# Fresh: written after every file of the packaged application, by the JVM that is java on the PATH now.
sop_class_archive_fresh() {
  local jsa app
  jsa=$(sop_class_archive_file "$1"); app=$(dirname "$jsa")
  [ "${SOP_CLASS_ARCHIVE:-on}" != off ] || return 1
  [ -s "$jsa" ] && [ -f "$jsa.jvm" ] || return 1
  [ "$(cat "$jsa.jvm")" = "$(_sop_class_archive_jvm)" ] || return 1
  [ -z "$(find "$app" -type f ! -name 'app-cds.jsa*' -newer "$jsa" -print -quit)" ]
}

sop_class_archive_args() {
  if sop_class_archive_fresh "$1"; then
    printf '%s\n' "-XX:SharedArchiveFile=$(sop_class_archive_file "$1")"
  fi
}

sop_service_start_env() {
  local svc=$1 db=$2 port=$3 mport=$4 keys=${5:-"$(_sop_class_archive_top)/deploy/local/keys"}
  printf '%s\n' "PORT=$port" "MANAGEMENT_PORT=$mport" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    "DB_URL=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$db" "DB_USER=${PGUSER:-postgres}" "DB_PASSWORD=${PGPASSWORD:-}" \
    "JWT_PUBLIC_KEY_LOCATION=file:$keys/dev-jwt-public.pem" JWT_ISSUER=https://sop.local/dev-issuer \
    "SERVICE_TOKEN_KEY_LOCATION=file:$keys/dev-jwt-private.pem" "SEAL_PRIVATE_KEY_LOCATION=file:$keys/dev-seal-private.pem" \
    "CHAIN_PRIVATE_KEY_LOCATION=file:$keys/dev-chain-private.pem" \
    SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED=true SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED=true \
    REQUEST_SERVICE_URL=http://127.0.0.1:1 REVIEW_SERVICE_URL=http://127.0.0.1:1 ARCHIVE_SERVICE_URL=http://127.0.0.1:1 \
    SOP_RATE_LIMIT_ENABLED=false
}

sop_free_port() { python3 -c 'import socket
s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

sop_wait_ready() {
  local mport=$1 pid=$2 deadline=$(( $(date +%s%N) + $3 * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    curl -fs -o /dev/null "http://127.0.0.1:$mport/q/health/ready" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}

# One training start of $2 against database $1: ready, a few requests (the first request's classes, as a front-end's
# first call loads them), then SIGTERM; the JVM writes the archive on its way out.
_sop_class_archive_train() {
  local db=$1 svc=$2 top jsa port mport log pid jvm_env=() start_env=() ok=false
  top=$(_sop_class_archive_top); jsa=$(sop_class_archive_file "$svc")
  port=$(sop_free_port); mport=$(sop_free_port); log=$(mktemp "/tmp/class-archive-$svc.XXXXXX.log")
  # shellcheck source=jvm-env.sh
  source "$top/deploy/local/jvm-env.sh"
  mapfile -t jvm_env < <(sop_jvm_env)
  mapfile -t start_env < <(sop_service_start_env "$svc" "$db" "$port" "$mport")
  rm -f "$jsa" "$jsa.jvm"
  printf '[class-archive] %s: training start (writes %s)\n' "$svc" "${jsa#"$top"/}" >&2
  env ${jvm_env[@]+"${jvm_env[@]}"} "${start_env[@]}" \
    java -Xmx256m "-XX:ArchiveClassesAtExit=$jsa" -jar "$top/$svc/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  pid=$!
  sop_wait_ready "$mport" "$pid" 120 && ok=true
  if $ok; then
    curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/cases" || true
    curl -s -o /dev/null -H 'Authorization: Bearer x.y.z' "http://127.0.0.1:$port/api/v1/cases" || true
    curl -s -o /dev/null "http://127.0.0.1:$mport/q/metrics" || true
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if $ok && [ -s "$jsa" ]; then
    _sop_class_archive_jvm > "$jsa.jvm"
    printf '[class-archive] %s: %s written\n' "$svc" "$(du -h "$jsa" | cut -f1)" >&2
    rm -f "$log"
  else
    rm -f "$jsa"
    printf '[class-archive] %s: no archive (the start failed; log %s); its starts go on without one\n' "$svc" "$log" >&2
  fi
}

sop_class_archive_ensure() {
  local db=$1 svc; shift
  [ "${SOP_CLASS_ARCHIVE:-on}" != off ] || return 0
  for svc in "$@"; do
    sop_class_archive_fresh "$svc" || _sop_class_archive_train "$db" "$svc"
  done
}
