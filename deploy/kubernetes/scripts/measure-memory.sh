#!/usr/bin/env bash
# Measures what one packaged service needs, to size the Deployment's requests and limits.
# Starts target/quarkus-app/quarkus-run.jar with the prod profile (environment only), waits for /q/health/ready (on the
# management port, as every /q/* path),
# reads RSS idle, drives a load (parallel creating POSTs and list GETs through the service's own API), reads the
# peak RSS (VmHWM), CPU seconds used and the JVM's own heap/non-heap figures from /q/metrics.
#   deploy/kubernetes/scripts/measure-memory.sh request-service [seconds-of-load] [workers]
# JVM options: those of every deployment (deploy/kubernetes/base/common/jvm.env), -Xmx256m, then $JAVA_OPTS.
# Needs: a packaged service (mvn -DskipTests package), PostgreSQL on 127.0.0.1:5432 with database sop.
set -euo pipefail
cd "$(dirname "$0")/../../.."
svc=${1:-request-service}; secs=${2:-60}; workers=${3:-8}
jar=${JAR:-$svc/target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || { echo "no $jar: run mvn -DskipTests package -pl $svc first" >&2; exit 1; }
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
mport=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
log=$(mktemp); keys=deploy/local/keys
# shellcheck source=../../local/jvm-env.sh
source deploy/local/jvm-env.sh
mapfile -t jvm_env < <(sop_jvm_env)
env ${jvm_env[@]+"${jvm_env[@]}"} DB_URL=jdbc:postgresql://127.0.0.1:5432/sop DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-} PORT=$port \
    MANAGEMENT_PORT=$mport QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    JWT_PUBLIC_KEY_LOCATION=file:$keys/dev-jwt-public.pem JWT_ISSUER=https://sop.local/dev-issuer \
    SERVICE_TOKEN_KEY_LOCATION=file:$keys/dev-jwt-private.pem SEAL_PRIVATE_KEY_LOCATION=file:$keys/dev-seal-private.pem \
    SEAL_PUBLIC_KEY_LOCATION=file:$keys/dev-seal-public.pem CHAIN_PRIVATE_KEY_LOCATION=file:$keys/dev-chain-private.pem \
    SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED=true SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED=true \
    REQUEST_SERVICE_URL=http://127.0.0.1:1 REVIEW_SERVICE_URL=http://127.0.0.1:1 ARCHIVE_SERVICE_URL=http://127.0.0.1:1 \
    java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
base=http://127.0.0.1:$port; mbase=http://127.0.0.1:$mport
for _ in $(seq 120); do curl -fs $mbase/q/health/ready >/dev/null 2>&1 && break; kill -0 $pid || { cat "$log"; exit 1; }; sleep 0.5; done
curl -fs $mbase/q/health/ready >/dev/null || { echo "not ready"; tail -30 "$log"; exit 1; }
started=$(grep -o 'started in [0-9.]*s' "$log" || true)
sleep 5
rss() { awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status; }
hwm() { awk '/VmHWM/{print int($2/1024)}' /proc/$pid/status; }
cpu() { awk '{print ($14+$15)/100}' /proc/$pid/stat; }
idle=$(rss); cpu0=$(cpu)
echo "$svc: $started; RSS idle ${idle} MiB"
tok() { deploy/local/token.sh "$@"; }
case $svc in
  request-service) T=$(tok karo); path=/api/v1/cases
    body='{"title":"Koreksi data kinerja","year":2026,"period":"Q2","reason":"Realisasi keliru","targetUnits":["DINKES","DISDIK"],"dueDate":"'$(date -u -d '+20 days' +%F)'","instruction":"Siapkan Nota Dinas","urgency":"SEGERA"}';;
  archive-service) T=$(tok arsiparis); path=/api/v1/agenda; body='';;
  review-service) T=$(tok karo); path=/api/v1/reviews; body='';;
esac
end=$(( $(date +%s) + secs )); n=$(mktemp)
work() {
  local c=0
  while [ "$(date +%s)" -lt "$end" ]; do
    if [ -n "$body" ]; then curl -s -o /dev/null -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d "$body" $base$path; fi
    curl -s -o /dev/null -H "Authorization: Bearer $T" "$base$path?size=100"
    curl -s -o /dev/null $mbase/q/metrics
    c=$((c+1))
  done
  echo $c >> "$n"
}
peak=0
for _ in $(seq "$workers"); do work & done
while [ "$(date +%s)" -lt "$end" ]; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 1; done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
cpu1=$(cpu); loops=$(paste -sd+ "$n" | bc)
heap=$(curl -s $mbase/q/metrics | awk '/^jvm_memory_used_bytes\{area="heap"/{h+=$NF} /^jvm_memory_used_bytes\{area="nonheap"/{nh+=$NF} END{printf "heap %d MiB, non-heap %d MiB", h/1048576, nh/1048576}')
echo "$svc: load ${secs}s x ${workers} workers, $loops loops; RSS peak sampled ${peak} MiB, VmHWM $(hwm) MiB, after $(rss) MiB; $heap"
echo "$svc: CPU $(echo "$cpu1 - $cpu0" | bc) s over ${secs}s of load (= $(echo "scale=2; ($cpu1 - $cpu0)/$secs" | bc) cores average)"
