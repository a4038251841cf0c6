#!/usr/bin/env bash
# Time from start to the first 200 on GET /v1/models (docs/performance.md).
#   bench/startup.sh [runs]      median of N runs (default 5) for: the floor (a bare Spring MVC app,
#                                bench/floor), fakeai with its full catalog, and fakeai with a one-model
#                                catalog (the difference is the registry's share of start-up)
#   bench/startup.sh fast-start [rounds]
#                                the fast start (docs/deployment.md) against the plain `java -jar`, in
#                                interleaved rounds (default 3) with the floor beside them: floor, plain
#                                jar, trained jar (extracted, Spring AOT, lazy initialisation, the AOT
#                                cache of a training run) and, when podman holds localhost/fakeai:local
#                                (docker/local-smoke.sh builds it), the image from `podman run` on (and
#                                the Jib image, localhost/fakeai:jib, when podman holds it). Each
#                                start also gives its RSS at the first 200 and when idle (IDLE seconds
#                                later, default 10). Then chat throughput of the plain and the trained jar
#                                after a warm-up, PAIRS (default 3) runs of each, alternating which goes
#                                first (wrk, bench/chat-varied.lua; THROUGHPUT=0 skips it). Needs
#                                JDK 25 (JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-*); rebuilds the jar
#                                with it so Spring AOT works out the JDK 25 bean graph. Ends with the line
#                                `fast-start/plain: R`, R the ratio of the two medians.
# JAVA_HOME picks the JDK; builds the jars when missing.
# What it prints is also written to bench/results/DATE-startup[-fast-start][-LABEL]-jdkVERSION.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=plain
if [ "${1:-}" = fast-start ]; then
  mode=fast-start
  shift
  if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -n 1 || true)
    [ -n "$JAVA_HOME" ] || { echo "fast-start needs JDK 25: set JAVA_HOME" >&2; exit 1; }
    export JAVA_HOME
  fi
fi
runs="${1:-5}"
[ "$mode" = plain ] || runs="${1:-3}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port=18080
jdk=$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9.]+).*/\1/')
mkdir -p bench/results
suffix=$([ "$mode" = plain ] || echo "-$mode")
exec > >(tee "bench/results/$(date -u +%Y-%m-%d)-startup$suffix${LABEL:+-$LABEL}-jdk$jdk.txt") 2>&1
echo "bench/startup.sh $mode $runs, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"

# the executable jar: fakeai's -exec artifact, the floor's only jar
jar_of() { { ls "$1"/target/*-exec.jar || ls "$1"/target/*.jar; } 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }
if [ "$mode" = fast-start ] && [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -DskipTests -Djacoco.skip=true -Dinvoker.skip=true >/dev/null
fi
[ -n "$(jar_of .)" ] || ./mvnw -q -B package -DskipTests -Djacoco.skip=true
[ -n "$(jar_of bench/floor)" ] || ./mvnw -q -B -f bench/floor/pom.xml package -DskipTests
app=$(jar_of .)
floor=$(jar_of bench/floor)

first_200_ms() {
  local jar=$1 start end pid
  shift
  start=$(date +%s%N)
  "$java" -jar "$jar" --server.port=$port "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/models")" = "200" ]; then
      end=$(date +%s%N)
      kill "$pid"; wait "$pid" 2>/dev/null || true
      echo $(( (end - start) / 1000000 ))
      return
    fi
    sleep 0.01
  done
  kill "$pid"; echo "server did not answer" >&2; exit 1
}

report() {
  local label=$1 times=()
  shift
  for _ in $(seq 1 "$runs"); do times+=("$(first_200_ms "$@")"); done
  echo "$label: median $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms (runs: ${times[*]})"
}

"$java" -version 2>&1 | head -n 1
if [ "$mode" = fast-start ]; then
  . bench/fast-start.sh
  exit
fi
report "floor (bare Spring MVC)" "$floor"
report "fakeai, full catalog (100 models)" "$app"
report "fakeai, one provider (1 model)" "$app" --fakeai.models.providers=baai
