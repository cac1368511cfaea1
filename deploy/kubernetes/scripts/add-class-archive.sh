#!/usr/bin/env bash
# Adds a class-data archive (AppCDS, see deploy/local/class-archive.sh) to a service's image file, so that its pods
# start from it: the archive must be written by the image's own JVM with the image's own jar files at the image's
# paths, so the image's file system is unpacked and the service started in it once (chroot, as root: a training start
# against PostgreSQL on $PGHOST:$PGPORT, database sop_class_archive, with the development keys), then a second start
# with -Xshare:on proves that the JVM maps it (-Xshare:on refuses to start on an archive it cannot use). The archive
# becomes one more layer (/home/jboss/app-cds.jsa) and the entrypoint gains -XX:SharedArchiveFile.
#   deploy/kubernetes/scripts/add-class-archive.sh IMAGE_TAR      (an image file of build-images.sh; rewritten in place)
# Prints the ready time of the proving start. Exit status 1 (image file unchanged) when the training or the proof fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
image=$(realpath "${1:?image file}")
[ "$(id -u)" = 0 ] || { echo "add-class-archive: needs root (chroot, mount)" >&2; exit 1; }
# shellcheck source=../../local/class-archive.sh
source "$top/deploy/local/class-archive.sh"
# shellcheck source=../../local/jvm-env.sh
source "$top/deploy/local/jvm-env.sh"
# shellcheck source=../../local/postgres.sh
source "$top/deploy/local/postgres.sh"

work=$(mktemp -d /tmp/add-class-archive.XXXXXX); rootfs=$work/rootfs; img=$work/img; mkdir -p "$rootfs" "$img"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  umount "$rootfs/proc" "$rootfs/dev" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
tar -C "$img" -xf "$image"
python3 - "$img" > "$work/layers" <<'PY'
import json, sys
print("\n".join(json.load(open(sys.argv[1] + "/manifest.json"))[0]["Layers"]))
PY
while read -r layer; do tar --warning=no-unknown-keyword -C "$rootfs" -xzf "$img/$layer"; done < "$work/layers"
mapfile -t entrypoint < <(python3 - "$img" <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/manifest.json"))[0]
c = json.load(open(sys.argv[1] + "/" + m["Config"]))["config"]
print(c.get("WorkingDir", "/")); print(*c["Entrypoint"], sep="\n")
PY
)
workdir=${entrypoint[0]}; entrypoint=("${entrypoint[@]:1}")
case " ${entrypoint[*]} " in *" -XX:SharedArchiveFile="*) echo "add-class-archive: $image has its archive already"; exit 0;; esac
[ "${entrypoint[0]}" = java ] && [ -f "$rootfs$workdir/quarkus-run.jar" ] \
  || { echo "add-class-archive: $image is not a Quarkus fast-jar image with a java entrypoint" >&2; exit 1; }
svc=$(basename "$image"); svc=${svc%%-[0-9]*}
mkdir -p "$rootfs/tmp/keys" && cp "$top"/deploy/local/keys/dev-*.pem "$rootfs/tmp/keys/"
mount -t proc proc "$rootfs/proc"; mount --bind /dev "$rootfs/dev"
mapfile -t jvm_env < <(sop_jvm_env)
jsa=$workdir/app-cds.jsa

# One start of the image's entrypoint in its file system, with extra JVM arguments; sets $ready_s.
start_in_image() {
  local port mport log=$work/start.log start_env=() t0
  port=$(sop_free_port); mport=$(sop_free_port)
  mapfile -t start_env < <(sop_service_start_env "$svc" sop_class_archive "$port" "$mport" /tmp/keys)
  t0=$(date +%s%N)
  chroot "$rootfs" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    ${jvm_env[@]+"${jvm_env[@]}"} "${start_env[@]}" /bin/sh -c 'cd "$0" && exec "$@"' "$workdir" \
    java "$@" "${entrypoint[@]:1}" >"$log" 2>&1 &
  pid=$!
  ready_s=""
  if sop_wait_ready "$mport" "$pid" 150; then ready_s=$(echo "($(date +%s%N) - $t0)/1000000000" | bc -l); fi
  [ -n "$ready_s" ] && curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/cases" || true
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
  [ -n "$ready_s" ] || { echo "add-class-archive: $svc did not become ready in its image's file system:" >&2; tail -20 "$log" >&2; return 1; }
}

ensure_postgres sop_class_archive >/dev/null
start_in_image "-XX:ArchiveClassesAtExit=$jsa"
[ -s "$rootfs$jsa" ] || { echo "add-class-archive: the training start of $svc wrote no archive" >&2; exit 1; }
start_in_image -Xshare:on "-XX:SharedArchiveFile=$jsa"
with=$ready_s
start_in_image
printf 'add-class-archive: %s: %s archive; the image starts from it (-Xshare:on): ready in %.2f s (%.2f s without)\n' \
  "$svc" "$(du -h "$rootfs$jsa" | cut -f1)" "$with" "$ready_s"

# The archive as one more layer (the image's own files keep their bytes and times: the archive checks them).
mkdir -p "$work/layer$workdir" && cp "$rootfs$jsa" "$work/layer$jsa"
chmod 0444 "$work/layer$jsa"
tar -C "$work/layer" --numeric-owner --owner=0 --group=0 --mtime=@1 --sort=name -cf "$work/cds-layer.tar" "${jsa#/}"
diff_id=sha256:$(sha256sum "$work/cds-layer.tar" | cut -d' ' -f1)
gzip -n -c "$work/cds-layer.tar" > "$work/cds-layer.tar.gz"
layer_file=$(sha256sum "$work/cds-layer.tar.gz" | cut -d' ' -f1).tar.gz
mv "$work/cds-layer.tar.gz" "$img/$layer_file"
python3 - "$img" "$layer_file" "$diff_id" "$jsa" <<'PY'
import json, sys
img, layer, diff_id, jsa = sys.argv[1:]
manifest = json.load(open(img + "/manifest.json"))
config = json.load(open(img + "/" + manifest[0]["Config"]))
config["rootfs"]["diff_ids"].append(diff_id)
config["history"].append({"created_by": "deploy/kubernetes/scripts/add-class-archive.sh", "comment": "class-data archive"})
config["config"]["Entrypoint"].insert(1, "-XX:SharedArchiveFile=" + jsa)
json.dump(config, open(img + "/" + manifest[0]["Config"], "w"), separators=(",", ":"))
manifest[0]["Layers"].append(layer)
json.dump(manifest, open(img + "/manifest.json", "w"), separators=(",", ":"))
PY
(cd "$img" && tar -cf "$image.tmp" manifest.json "$(python3 -c 'import json,sys; print(json.load(open("manifest.json"))[0]["Config"])')" \
  $(python3 -c 'import json; print(" ".join(json.load(open("manifest.json"))[0]["Layers"]))'))
mv "$image.tmp" "$image"
