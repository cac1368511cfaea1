#!/usr/bin/env bash
# The browser contract test: a page served from another origin than the services (http://localhost:5173) walks one
# case through the ten steps with fetch, in headless Chromium driven by playwright-core, and a page on an origin the
# services do not allow must be refused. Prints every check; a screenshot lands in deploy/browser-test/target/.
#
#   deploy/browser-test/run.sh [--no-build]
#
# What it does on this machine: installs Debian's `chromium` package if /usr/bin/chromium is missing (as root, or
# with sudo), installs playwright-core from npm into deploy/browser-test/node_modules (npm ci, pinned by
# package-lock.json), starts the three services with deploy/local/run.sh --no-demo (database `sop`), states the
# reference data the walk needs (deploy/local/reference-data.sh), runs the page, stops the services.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build_flag=""
for arg in "$@"; do
  case "$arg" in
    --no-build) build_flag=--no-build;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "unknown option $arg" >&2; exit 2;;
  esac
done
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  say "Installing Debian's chromium package (headless browser for this test)"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
fi
say "playwright-core from npm (deploy/browser-test/node_modules)"
(cd "$here" && npm ci --no-audit --no-fund --silent)

say "Starting the three services (deploy/local/run.sh --no-demo $build_flag)"
"$top/deploy/local/run.sh" --no-demo $build_flag > "$here/services.log" 2>&1 &
services=$!
trap 'kill -TERM $services 2>/dev/null || true; wait $services 2>/dev/null || true' EXIT
for port in 9081 9082 9083; do # the services' management ports (health is not on the API port)
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 $services 2>/dev/null || { echo "the services did not start:" >&2; tail -20 "$here/services.log" >&2; exit 1; }
    sleep 1
  done
done

say "Reference data the walk needs (deploy/local/reference-data.sh: agreements, officers; idempotent)"
"$top/deploy/local/reference-data.sh"

tok() { "$top/deploy/local/token.sh" "$@"; }
mkdir -p "$here/target"
cat > "$here/target/config.json" <<JSON
{
  "services": {"request": "http://127.0.0.1:8081", "review": "http://127.0.0.1:8082", "archive": "http://127.0.0.1:8083"},
  "pelaksana": "pelaksana.demo",
  "arsiparis": "arsiparis.demo",
  "row": {"indicatorCode": "IKU-1", "indicatorName": "Persentase balita gizi baik", "year": 2026, "period": "Q2",
          "unitOfMeasure": "%", "direction": "HIGHER_IS_BETTER", "target": "90", "actualReported": "80",
          "actualCorrected": "86,5", "reason": "Data puskesmas terlambat masuk", "dataSource": "SIGIZI"},
  "tokens": {
    "karo": "$(tok karo --upn karo.demo --nip 196609211986031004 --name "Ir. Karo Organisasi")",
    "kabag": "$(tok kabag --upn kabag.demo --nip 197001011995031001 --name "Kabag Tatalaksana")",
    "kasubbag": "$(tok kasubbag --upn kasubbag.demo --nip 197502022000032002 --name "Kasubbag TU")",
    "pelaksana": "$(tok pelaksana --upn pelaksana.demo --nip 199003032015031003 --name "Pelaksana Satu")",
    "arsiparis": "$(tok arsiparis --upn arsiparis.demo --nip 198804042010012004 --name "Arsiparis Satu")",
    "auditor": "$(tok auditor --upn auditor.demo --name "Auditor")",
    "unit": "$(tok unit --upn dinkes.demo --unit DINKES --name "Dinas Kesehatan")"
  }
}
JSON
say "Chromium walks a case from http://localhost:5173"
node "$here/drive.mjs" "$here/target/config.json"
echo "    screenshot: deploy/browser-test/target/walk-through.png"
