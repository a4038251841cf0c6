#!/usr/bin/env bash
# The JMH benchmarks (src/jmh, profile bench), with their full output also written to
# bench/results/DATE-jmh[-FIRSTARG][-LABEL]-jdkVERSION.txt (LABEL, optional, tells runs apart).
# Usage: bench/jmh.sh [JMH arguments]    e.g. bench/jmh.sh ChatServiceBenchmark -f 1 -wi 3 -i 5
# JAVA_HOME picks the JDK; with no arguments the profile's defaults run every benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jdk=$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9.]+).*/\1/')
mkdir -p bench/results
what="jmh${1:+-$(printf '%s' "$1" | tr -c 'A-Za-z0-9.\n' '-')}"
results="bench/results/$(date -u +%Y-%m-%d)-$what${LABEL:+-$LABEL}-jdk$jdk.txt"
if [ $# -gt 0 ]; then
  ./mvnw -B -Pbench verify -Dbench.args="$*" 2>&1 | tee "$results"
else
  ./mvnw -B -Pbench verify 2>&1 | tee "$results"
fi
