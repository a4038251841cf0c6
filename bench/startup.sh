#!/usr/bin/env bash
# Time from `java -jar` to the first 200 on GET /v1/models, median of N runs, for:
#   the floor (a bare Spring MVC app, bench/floor), fakeai with its full catalog, and fakeai
#   with a one-model catalog (the difference is the registry's share of start-up).
# Usage: bench/startup.sh [runs]    JAVA_HOME picks the JDK; builds the jars when missing.
# What it prints is also written to bench/results/DATE-startup[-LABEL]-jdkVERSION.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port=18080
jdk=$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9.]+).*/\1/')
mkdir -p bench/results
exec > >(tee "bench/results/$(date -u +%Y-%m-%d)-startup${LABEL:+-$LABEL}-jdk$jdk.txt") 2>&1
echo "bench/startup.sh $runs, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"

# the executable jar: fakeai's -exec artifact, the floor's only jar
jar_of() { { ls "$1"/target/*-exec.jar || ls "$1"/target/*.jar; } 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }
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
report "floor (bare Spring MVC)" "$floor"
report "fakeai, full catalog (100 models)" "$app"
report "fakeai, one provider (1 model)" "$app" --fakeai.models.providers=baai
