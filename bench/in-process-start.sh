#!/usr/bin/env bash
# Time from FakeAiServer.start (what @FakeAiTest does) to the first chat completion answered,
# in a fresh JVM each run: median of N runs with the test defaults, then with the server's own
# settings (API docs and every actuator endpoint on). See docs/performance.md. Not part of verify.
#   bench/in-process-start.sh [N]        JAVA_HOME picks the JDK
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:$(cat target/bench-classpath.txt)"
jdk=$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9.]+).*/\1/')
mkdir -p bench/results
results="bench/results/$(date -u +%Y-%m-%d)-in-process-start-jdk$jdk.txt"
exec > >(tee "$results") 2>&1
echo "bench/in-process-start.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ), $runs runs each, $(nproc) cores"
"$java" -version 2>&1 | head -n 1
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for mode in test full; do
  times=()
  for _ in $(seq 1 "$runs"); do
    out=$("$java" -cp "$cp" bench/InProcessStart.java "$mode" | tail -n 1)
    [ "${out%% *}" = 200 ] || { echo "run failed: $out" >&2; exit 1; }
    times+=("${out##* }")
  done
  echo "$mode settings: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
done
