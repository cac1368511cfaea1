#!/usr/bin/env bash
# Runs every test of the repository against a real PostgreSQL: makes sure one answers (see postgres.sh),
# creates the `test` database if missing, makes sure Debian's `pdfsig` (poppler-utils) is there — the document
# tests check the signed correction with it as a reader would — then runs `mvn -B verify` at the top of the repository.
# Extra arguments go to Maven, e.g.  deploy/local/test.sh -pl request-service
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=postgres.sh
source "$top/deploy/local/postgres.sh"
ensure_postgres test
if ! command -v pdfsig >/dev/null 2>&1; then
  echo "test.sh: pdfsig is missing; installing Debian's poppler-utils (apt-get, as root)"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q poppler-utils >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q poppler-utils >/dev/null; }
  else
    sudo apt-get install -y -q poppler-utils >/dev/null || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q poppler-utils >/dev/null; }
  fi
fi
cd "$top"
exec mvn -B -ntp verify "$@"
