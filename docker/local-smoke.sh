#!/usr/bin/env bash
# Builds fakeai's image here, where no Docker daemon runs and no image registry can be reached, and
# smoke-tests it: podman (Debian's package) as root with runc, the cgroupfs manager, no default
# ulimits and host networking; the base image is made locally, a Debian root file system from
# debootstrap holding the Temurin 25 JDK installed beside the default one. Then the same checks the
# GitHub workflow runs: health, the healthcheck, a chat call and a stream, the non-root user, the AOT
# cache in use. Downloads Debian and Maven packages: not part of `./mvnw verify` (docs/deployment.md).
# Exit 0 only when every step passed. Usage: docker/local-smoke.sh [--rebuild-base]
set -euo pipefail
cd "$(dirname "$0")/.."
base=localhost/fakeai-base:25
image=localhost/fakeai:local
port=${SMOKE_PORT:-18089}
work=$(mktemp -d)
container=""
cleanup() {
	[ -z "$container" ] || podman rm -f "$container" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }

step "podman"
command -v podman >/dev/null || {
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q podman runc >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q podman runc >/dev/null; }
}
cat >"$work/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF="$work/containers.conf"
podman --version

step "base image $base"
if [ "${1:-}" = "--rebuild-base" ] || ! podman image exists "$base"; then
	jdk=${JDK25_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -n 1 || true)}
	[ -n "$jdk" ] && [ -x "$jdk/bin/java" ] || fail "no JDK 25 (set JDK25_HOME)"
	command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
	debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
		|| { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
	mkdir -p "$work/rootfs/opt/java"
	# -L: a JDK from Debian-style packaging links its cacerts to /etc/ssl, which the base has not got
	cp -rL "$jdk" "$work/rootfs/opt/java/openjdk"
	rm -rf "$work/rootfs/var/cache/apt/archives"/*.deb "$work/rootfs/var/lib/apt/lists"/*
	tar -C "$work/rootfs" -c . | podman import \
		--change 'ENV JAVA_HOME=/opt/java/openjdk' \
		--change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'ENV LANG=C.UTF-8' \
		- "$base" >/dev/null
	rm -rf "$work/rootfs"
fi
version=$(podman run --rm --network host "$base" java -version 2>&1) || fail "java in $base"
echo "${version%%$'\n'*}"

# --format docker: OCI images have no HEALTHCHECK
step "image $image (Dockerfile)"
start=$(ms)
podman build --format docker --network host --build-arg JDK_IMAGE="$base" --build-arg RUNTIME_IMAGE="$base" -t "$image" . \
	>"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; fail "podman build"; }
echo "built in $(( ($(ms) - start) / 1000 )) s"
grep -o 'Training run: .*' "$work/build.log" || echo "(training layer from the build cache)"
podman run --rm --entrypoint ls "$image" -l /app/fakeai.aot || fail "no AOT cache in the image"
podman image inspect "$image" --format 'size {{.Size}} bytes, user {{.Config.User}}, ports {{.Config.ExposedPorts}}'

# Starts an image and waits for its first 200 on /v1/models, saying how long that took.
run() { # image
	local start
	start=$(ms)
	container=$(podman run -d --network host -e SERVER_PORT="$port" "$1")
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/models")" = 200 ]; do
		[ "$(podman inspect -f '{{.State.Running}}' "$container")" = true ] || { podman logs "$container"; fail "$1 stopped"; }
		[ $(( $(ms) - start )) -lt 60000 ] || fail "no 200 on /v1/models from $1 within 60 s"
		sleep 0.01
	done
	echo "first 200 on /v1/models $(( $(ms) - start )) ms after podman run"
}

step "run"
run "$image"

step "health"
# Readiness follows the first answers by a few milliseconds (the context reports ready after Tomcat starts).
for _ in $(seq 1 100); do
	health=$(curl -s "http://127.0.0.1:$port/actuator/health" || true)
	case "$health" in *'"status":"UP"'*) break ;; esac
	sleep 0.1
done
echo "$health"
case "$health" in *'"status":"UP"'*) ;; *) fail "health is not UP" ;; esac
podman healthcheck run "$container" && echo "HEALTHCHECK passes" || fail "HEALTHCHECK"
[ "$(podman exec "$container" id -u)" = 10001 ] && echo "runs as uid 10001" || fail "not the fakeai user"

step "chat"
answer=$(curl -sf "http://127.0.0.1:$port/v1/chat/completions" -H 'Content-Type: application/json' \
	-d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hello."}]}') || fail "chat"
echo "$answer" | head -c 400; echo
echo "$answer" | grep -q '"object":"chat.completion"' && echo "$answer" | grep -q '"finish_reason":"stop"' || fail "chat answer"

step "stream"
stream=$(curl -sfN "http://127.0.0.1:$port/v1/chat/completions" -H 'Content-Type: application/json' \
	-d '{"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"Count to three."}]}') || fail "stream"
echo "$stream" | head -n 4
frames=$(echo "$stream" | grep -c '^data: {' || true)
echo "... $frames chunks"
[ "$frames" -gt 2 ] && echo "$stream" | grep -q '^data: \[DONE\]' || fail "stream frames"

step "AOT cache"
if podman logs "$container" 2>&1 | grep -iE '\[(warning|error)\]\[aot' ; then fail "the AOT cache was not used"; fi
podman exec "$container" java -XX:AOTCache=/app/fakeai.aot -XX:AOTMode=on -Xlog:aot=error -Dspring.aot.enabled=true \
	-cp /app/fakeai.jar -version >/dev/null 2>&1 && echo "the image's JVM takes /app/fakeai.aot (AOTMode=on)" \
	|| fail "the image's JVM refuses its AOT cache"
podman rm -f "$container" >/dev/null; container=""

step "Jib image (./mvnw package jib:buildTar, from the same base)"
podman save -q --format docker-archive -o "$work/base.tar" "$base" >/dev/null
./mvnw -B -q package jib:buildTar -DskipTests -Djacoco.skip=true -Dinvoker.skip=true \
	-Djib.from.image="tar://$work/base.tar" -Djib.to.image=localhost/fakeai:jib >"$work/jib.log" 2>&1 \
	|| { tail -n 40 "$work/jib.log"; fail "jib:buildTar"; }
podman load -q -i target/jib-image.tar >/dev/null || fail "podman load"
run localhost/fakeai:jib
[ "$(podman exec "$container" id -u)" = 10001 ] && echo "runs as uid 10001" || fail "the Jib image's user"
answer=$(curl -sf "http://127.0.0.1:$port/v1/chat/completions" -H 'Content-Type: application/json' \
	-d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hello."}]}') || fail "chat on the Jib image"
echo "$answer" | grep -q '"object":"chat.completion"' && echo "chat answers" || fail "chat answer on the Jib image"
podman rm -f "$container" >/dev/null; container=""

echo
echo "local smoke test passed"
