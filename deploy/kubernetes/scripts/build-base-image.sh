#!/usr/bin/env bash
# Builds the services' base image as a file, from Debian's packages only (no container registry is reachable from CI):
# debootstrap a minimal Debian 12 root with openjdk-17-jre-headless, add the non-root user and group 185, and pack it as a
# one-layer image archive (docker-save format) that Jib reads with quarkus.jib.base-jvm-image=tar://<file>.
#   deploy/kubernetes/scripts/build-base-image.sh [out.tar]      (as root; default target/images/base-jre17.tar)
# Where a registry is reachable, operators use a maintained base instead (see deploy/kubernetes/README.md).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-deploy/kubernetes/target/images/base-jre17.tar}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${DEBIAN_SUITE:-bookworm}
[ -s "$out" ] && { echo "base image present: $out"; exit 0; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
work=$(mktemp -d); root=$work/rootfs; img=$work/img; mkdir -p "$img"
trap 'rm -rf "$work"' EXIT
echo "debootstrap $suite (minbase + openjdk-17-jre-headless) into $root"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -40 "$work/debootstrap.log"; exit 1; }
# Non-root runtime user and group 185 (the same uid as the usual Java runtime images); not root's group 0: the pods run
# with runAsGroup and fsGroup 185.
echo 'jboss:x:185:185:Quarkus application:/deployments:/usr/sbin/nologin' >> "$root/etc/passwd"
echo 'jboss:x:185:' >> "$root/etc/group"
mkdir -p "$root/deployments" && chown 185:185 "$root/deployments" && chmod 775 "$root/deployments"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* \
       "$root"/usr/share/locale/* "$root"/var/log/* "$root"/tmp/*
tar --numeric-owner --xattrs -C "$root" -cf "$img/layer.tar" .
diff_id=sha256:$(sha256sum "$img/layer.tar" | cut -d' ' -f1)
java_home=$(cd "$root" && ls -d usr/lib/jvm/java-17-openjdk-* | head -1)
cat > "$img/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"User":"185:185","WorkingDir":"/deployments",
   "Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/$java_home","LANG=C.UTF-8"],
   "Labels":{"org.opencontainers.image.title":"sop45 base: Debian $suite + OpenJDK 17 JRE","org.opencontainers.image.base.name":"debian:$suite (debootstrap)"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"deploy/kubernetes/scripts/build-base-image.sh"}]}
JSON
cfg=$(sha256sum "$img/config.json" | cut -d' ' -f1); mv "$img/config.json" "$img/$cfg.json"
printf '[{"Config":"%s.json","RepoTags":["sop45/base-jre17:latest"],"Layers":["layer.tar"]}]\n' "$cfg" > "$img/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$img" -cf "$out.tmp" manifest.json "$cfg.json" layer.tar && mv "$out.tmp" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1))"
