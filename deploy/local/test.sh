#!/usr/bin/env bash
# Runs every test of the repository against a real PostgreSQL: makes sure one answers (see postgres.sh),
# creates the `test` database if missing, makes sure Debian's `pdfsig` (poppler-utils: the document tests check the
# signed correction with it as a reader would) and `promtool` (prometheus: the alert rules' tests) are there, then runs
# `mvn -B verify` at the top of the repository.
# Extra arguments go to Maven, e.g.  deploy/local/test.sh -pl request-service
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=postgres.sh
source "$top/deploy/local/postgres.sh"
ensure_postgres test
# A Debian package a test needs as a reader or an operator would use it, installed when its command is missing.
ensure_command() {
  local command=$1 package=$2 why=$3
  command -v "$command" >/dev/null 2>&1 && return 0
  echo "test.sh: $command is missing ($why); installing Debian's $package (apt-get, as root)"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends "$package" >/dev/null \
    || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q --no-install-recommends "$package" >/dev/null; }
}
ensure_command pdfsig poppler-utils "the document tests check the signed correction with it"
ensure_command promtool prometheus "the alert rules are checked and unit-tested with it"
cd "$top"
exec mvn -B -ntp verify "$@"
