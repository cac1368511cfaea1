#!/usr/bin/env bash
# Runs a service from its image FILE without a container engine: unpacks the image archive's layers into a root file
# system, then starts the image's entrypoint there with chroot as the image's user and group (185:185), in the image's working
# directory, with the prod profile from the environment (as the Deployment gives it), and waits for /q/health/ready on
# the management port (the API port serves no /q/*).
# Proves the image has what the service needs (JRE, app layers, user, entrypoint). As root.
#   deploy/kubernetes/scripts/smoke-image.sh deploy/kubernetes/target/images/request-service-1.0.0-SNAPSHOT.tar
set -euo pipefail
cd "$(dirname "$0")/../../.."
image=${1:?image archive}; root=$PWD
[ "$(id -u)" = 0 ] || { echo "smoke-image.sh needs root (chroot)"; exit 1; }
work=$(mktemp -d); rootfs=$work/rootfs; mkdir -p "$rootfs"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if mountpoint -q "$rootfs/proc"; then umount "$rootfs/proc" || umount -l "$rootfs/proc"; fi
  # Never delete through a mount point: only the unpacked files, on this file system.
  if ! grep -q " $rootfs/" /proc/mounts; then rm -rf --one-file-system "$work"; fi
}
trap cleanup EXIT
tar -xf "$image" -C "$work" manifest.json
cfg=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/manifest.json")
tar -xf "$image" -C "$work" "$cfg"
for layer in $(python3 -c 'import json,sys;print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/manifest.json"); do
  tar -xOf "$image" "$layer" | tar -xz -C "$rootfs" 2>/dev/null || tar -xOf "$image" "$layer" | tar -x -C "$rootfs"
done
read -r user workdir entry < <(python3 -c '
import json,sys,shlex; c=json.load(open(sys.argv[1]))["config"]
print(c.get("User","0"), c.get("WorkingDir","/"), shlex.join(c["Entrypoint"]+c.get("Cmd",[]) if c.get("Cmd") else c["Entrypoint"]))' "$work/$cfg")
svc=$(basename "$image" | sed 's/-[0-9].*//')
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
mport=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
# The image's user as uid:gid (185:185, not root's group); a bare uid runs with its own number as group.
uid=${user%%:*}; gid=${user#*:}; [ "$gid" != "$user" ] || gid=$uid
[ "$uid" != 0 ] && [ "$gid" != 0 ] || { echo "$svc: the image runs as user or group 0 ($user)"; exit 1; }
mkdir -p "$rootfs/keys" "$rootfs/proc" && cp deploy/local/keys/*.pem "$rootfs/keys/" && chmod 644 "$rootfs/keys/"*.pem
# The image's own /dev nodes (from the base layer) serve; only /proc is mounted, and unmounted before cleaning up.
[ -c "$rootfs/dev/null" ] && [ -c "$rootfs/dev/urandom" ] || { echo "the image has no /dev/null or /dev/urandom"; exit 1; }
mount -t proc proc "$rootfs/proc"
echo "$svc: user $user, workdir $workdir, entrypoint $entry, port $port, management port $mport"
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp \
  DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/sop} DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-} PORT=$port \
  MANAGEMENT_PORT=$mport QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  JWT_PUBLIC_KEY_LOCATION=file:/keys/dev-jwt-public.pem JWT_ISSUER=https://sop.local/dev-issuer \
  SERVICE_TOKEN_KEY_LOCATION=file:/keys/dev-jwt-private.pem SEAL_PRIVATE_KEY_LOCATION=file:/keys/dev-seal-private.pem \
  CHAIN_PRIVATE_KEY_LOCATION=file:/keys/dev-chain-private.pem \
  SOP_SECURITY_DEVELOPMENT_KEYS_ALLOWED=true SOP_SECURITY_SELF_SIGNED_SERVICE_TOKENS_ALLOWED=true \
  REQUEST_SERVICE_URL=http://127.0.0.1:1 REVIEW_SERVICE_URL=http://127.0.0.1:1 ARCHIVE_SERVICE_URL=http://127.0.0.1:1 \
  JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -Xmx256m" \
  chroot --userspec="$uid:$gid" "$rootfs" sh -c "cd $workdir && exec $entry" > "$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$mport/q/health/ready" >/dev/null 2>&1 && break; kill -0 $pid 2>/dev/null || break; sleep 0.5; done
if curl -fs "http://127.0.0.1:$mport/q/health/ready" >/dev/null; then
  echo "$svc: image runs as uid $user: $(grep -o 'started in [0-9.]*s' "$work/out.log"), $(grep -o 'Profile prod activated' "$work/out.log"), ready"
  echo "$svc: unpacked image size $(du -sh --one-file-system --exclude=keys "$rootfs" | cut -f1)"
else
  echo "$svc: image did not become ready"; tail -40 "$work/out.log"; exit 1
fi
