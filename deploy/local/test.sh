#!/usr/bin/env bash
# Runs every test of the repository against a real PostgreSQL: makes sure one answers (see postgres.sh),
# creates the `test` database if missing, then runs `mvn -B verify` at the top of the repository.
# Extra arguments go to Maven, e.g.  deploy/local/test.sh -pl request-service
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=postgres.sh
source "$top/deploy/local/postgres.sh"
ensure_postgres test
cd "$top"
exec mvn -B -ntp verify "$@"
