#!/usr/bin/env bash
# Builds the services' container images with Quarkus' Jib extension, without a Docker daemon.
#   deploy/kubernetes/scripts/build-images.sh                    image files: deploy/kubernetes/target/images/<svc>-<tag>.tar
#   deploy/kubernetes/scripts/build-images.sh --push REGISTRY    push to REGISTRY (e.g. harbor.example/sop45); credentials
#                                                                from ~/.docker/config.json or QUARKUS_CONTAINER_IMAGE_USERNAME/PASSWORD;
#                                                                then writes the pushed digests into the prod overlay
#                                                                (overlays/prod/images/kustomization.yaml): commit it
# Tags: the project version and the short git commit. Base image: for files, one built here from Debian's packages
# (build-base-image.sh), as no registry is reachable where CI runs; for --push, BASE_IMAGE if set, else Quarkus' default
# (registry.access.redhat.com/ubi9/openjdk-17-runtime). Other Maven arguments may follow (e.g. -DskipTests is implied).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD; out=$root/deploy/kubernetes/target/images
push=""; [ "${1:-}" = --push ] && { push=${2:?--push needs a registry}; shift 2; }
services=$(for s in request-service review-service archive-service; do
  grep -q quarkus-container-image-jib "$s/pom.xml" && printf '%s,' "$s" || echo "$s: no quarkus-container-image-jib yet, skipped" >&2
done); services=${services%,}
rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
args=(-B -DskipTests package -pl "$services" -am -Dquarkus.container-image.build=true
      "-Dquarkus.container-image.additional-tags=$rev"
      "-Dquarkus.container-image.labels.\"org.opencontainers.image.revision\"=$rev")
if [ -n "$push" ]; then
  args+=(-Dquarkus.container-image.push=true "-Dquarkus.container-image.registry=${push%%/*}")
  [ "${push#*/}" != "$push" ] && args+=("-Dquarkus.container-image.group=${push#*/}")
  [ -n "${BASE_IMAGE:-}" ] && args+=("-Dquarkus.jib.base-jvm-image=$BASE_IMAGE")
else
  base=${BASE_IMAGE_TAR:-$out/base-jre17.tar}
  [ -s "$base" ] || deploy/kubernetes/scripts/build-base-image.sh "$base"
  mkdir -p "$out"; rm -f "$out"/images.txt
  export IMAGE_OUTPUT_DIR=$out
  args+=("-Dquarkus.jib.base-jvm-image=tar://$base"
         "-Dquarkus.jib.docker-executable-name=$root/deploy/kubernetes/scripts/docker-load-to-file")
fi
mvn "${args[@]}" "$@"
if [ -n "$push" ]; then
  # Jib writes the digest the registry answered to <svc>/target/jib-image.digest (quarkus.jib.image-digest-file).
  images=$root/deploy/kubernetes/overlays/prod/images/kustomization.yaml
  {
    echo "# The prod images, by digest: WRITTEN by deploy/kubernetes/scripts/build-images.sh --push $push"
    echo "# at commit $rev ($(date -u +%Y-%m-%dT%H:%M:%SZ)). Commit this file with the release; OverlaysValidTest refuses a prod"
    echo "# image without a digest."
    echo "apiVersion: kustomize.config.k8s.io/v1alpha1"
    echo "kind: Component"
    echo "images:"
    for s in ${services//,/ }; do
      digest=$(cat "$root/$s/target/jib-image.digest")
      [[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "$s: no pushed digest in $s/target/jib-image.digest ($digest)" >&2; exit 1; }
      echo "  - name: docker.io/sop45/$s"
      echo "    newName: $push/$s"
      echo "    digest: $digest"
    done
  } > "$images.new"
  mv "$images.new" "$images"
  echo "pushed; prod overlay now pins:"; grep -A2 -- '- name:' "$images" | grep -v '^--'
fi
if [ -z "$push" ]; then
  # Each image with its class-data archive, made and proved by the image's own JVM (add-class-archive.sh).
  if [ "${SOP_CLASS_ARCHIVE:-on}" = off ]; then
    echo "SOP_CLASS_ARCHIVE=off: images without class-data archives"
  elif [ "$(id -u)" != 0 ]; then
    echo "not root: images without class-data archives (add-class-archive.sh unpacks and starts each image with chroot)" >&2
  else
    while read -r f; do deploy/kubernetes/scripts/add-class-archive.sh "$f"; done < "$out/images.txt"
  fi
  echo "image files:"
  while read -r f; do
    printf '  %s  %s (compressed layers), tags: %s\n' "$(du -h "$f" | cut -f1)" "$f" \
      "$(tar -xOf "$f" manifest.json | grep -o '"RepoTags":\[[^]]*\]' | sed 's/"RepoTags"://')"
  done < "$out/images.txt"
fi
