#!/usr/bin/env bash
# Lints the three committed OpenAPI documents with Spectral and the project's ruleset (.spectral.yaml: spectral:oas and
# the OWASP API Security Top 10 2023 ruleset, with the rules it turns off and why): any error fails.
# Then compiles the TypeScript clients that deploy/api-clients generated (mvn install/verify of the repository) with
# tsc --strict. Spectral, the OWASP ruleset and TypeScript come from npm at the versions of package-lock.json.
#   deploy/api-lint/run.sh              lint (project ruleset) and compile the TypeScript clients
#   deploy/api-lint/run.sh --standard   only count what the unmodified standard rulesets report (no failure)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
cd "$here"

if ! command -v npm >/dev/null 2>&1; then
  echo "api-lint: npm is missing; installing Debian's nodejs and npm (apt-get, as root)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y -q nodejs npm >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q nodejs npm >/dev/null; }
fi
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

documents=()
for service in request review archive; do
  documents+=("$top/$service-service/src/main/openapi/$service-service.yaml")
done

if [ "${1:-}" = "--standard" ]; then
  for document in "${documents[@]}"; do
    echo "== $(basename "$document") with the unmodified spectral:oas and OWASP 2023 rulesets"
    node_modules/.bin/spectral lint -r standard.spectral.yaml -f json "$document" --fail-severity=error 2>/dev/null \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
          const n=v=>r.filter(x=>x.severity===v).length;console.log(n(0)+" errors, "+n(1)+" warnings")})' || true
  done
  exit 0
fi

node_modules/.bin/spectral lint -r .spectral.yaml --fail-severity=error -D "${documents[@]}"
echo "api-lint: the three documents pass the project ruleset (no errors)"

generated="$top/deploy/api-clients/target/typescript"
if [ ! -d "$generated" ]; then
  echo "api-lint: no generated TypeScript clients at $generated; generating them (mvn generate-sources)"
  (cd "$top" && mvn -B -ntp -q generate-sources -pl deploy/api-clients)
fi
for service in request review archive; do
  node_modules/.bin/tsc --strict --noEmit --target es2020 --module es2020 --moduleResolution node \
    --lib es2020,dom --skipLibCheck "$generated/$service/index.ts"
  echo "api-lint: TypeScript client of $service-service compiles (tsc --strict)"
done
