#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the fault run (deploy/bench/run.sh --faults): made with initdb in a temporary
# directory, on its own port and socket directory, trust auth for the local postgres user — never the machine's
# shared server, which the run does not touch. As root, the cluster runs as the `postgres` user (initdb refuses root).
#
#   throwaway-pg.sh create DIR PORT    initdb DIR and start it on 127.0.0.1:PORT (sockets in DIR)
#   throwaway-pg.sh restart DIR        pg_ctl stop -m immediate (a crash: no checkpoint), then start again
#   throwaway-pg.sh destroy DIR        stop it (immediate) and remove DIR
set -euo pipefail
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/initdb" ] || { echo "[throwaway-pg] no initdb under /usr/lib/postgresql/*/bin; set PG_BIN" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cmd=${1:?create|restart|destroy}
dir=${2:?data directory}
case "$cmd" in
  create)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 128MB
fsync = on
CONF
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    echo "[throwaway-pg] PostgreSQL $("$bin/postgres" --version | awk '{print $3}') in $dir on 127.0.0.1:$port"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start >/dev/null
    echo "[throwaway-pg] restarted (stop -m immediate, start)"
    ;;
  destroy)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 1;;
esac
