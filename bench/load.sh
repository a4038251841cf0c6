#!/usr/bin/env bash
# Load benchmarks for fakeai (see docs/performance.md). Not part of ./mvnw verify.
#   bench/load.sh throughput   non-streaming chat completions at zero latency: the floor (bench/floor,
#                              a bare Spring MVC endpoint returning a fixed completion) then fakeai,
#                              same JDK, same wrk settings (-t2 -c64 -d20s after a 10 s warm-up), each
#                              with one fixed prompt (bench/chat.lua) and with 10,000 varied prompts
#                              (bench/chat-varied.lua cycling bench/prompts.txt)
#   bench/load.sh streams      5,000 concurrent streams of 50 tokens at 200 ms to first token and
#                              20 ms between tokens (bench/StreamLoad.java), with server threads and RSS:
#                              first against the floor (bench/StreamFloor.java, a bare NIO server sending
#                              fixed frames), then fakeai; STREAMS="1000 3000 5000" measures several counts
#   bench/load.sh responses    non-streaming Responses API requests next to chat completions in the same
#                              run, both with the 10,000 varied prompts: the floor (chat), fakeai chat
#                              (bench/chat-varied.lua), fakeai Responses stored as by default and with
#                              store false (bench/responses-varied.lua)
#   bench/load.sh journal      the request journal's cost: the floor, then fakeai with the journal on (the
#                              default) and off, all with the 10,000 varied prompts
#   bench/load.sh servers      fakeai on Jetty (its server) and on Tomcat (fakeai.http.server=tomcat), both
#                              from the build's class path (the jar has no Tomcat), two alternating pairs after the floor: varied prompts, 400 answers
#                              (bench/chat-invalid.lua: Tomcat closes the connection after each), then
#                              5,000 streams on each
#   bench/load.sh all          throughput and streams
# JAVA_HOME picks the JDK for servers and client, JAVA_OPTS adds server JVM options (e.g. -XX:+UseZGC).
# Needs wrk (Debian package) for throughput.
# All traffic goes to 127.0.0.1; every run is bounded in time. Everything printed, wrk's and the
# stream client's full reports included, is also written to bench/results/DATE-MODE[-LABEL]-jdkVERSION.txt
# (LABEL, optional, tells runs of one day apart).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-all}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
duration="${DURATION:-20s}"
ulimit -n 65536 2>/dev/null || true

jdk=$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9.]+).*/\1/')
mkdir -p bench/results
results="bench/results/$(date -u +%Y-%m-%d)-$mode${LABEL:+-$LABEL}-jdk$jdk.txt"
exec > >(tee "$results") 2>&1
echo "bench/load.sh $mode, $(date -u +%Y-%m-%dT%H:%M:%SZ), JAVA_OPTS=${JAVA_OPTS:-}, $(nproc) cores"

# the executable jar: fakeai's -exec artifact, the floor's only jar
jar_of() { { ls "$1"/target/*-exec.jar || ls "$1"/target/*.jar; } 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }
[ -n "$(jar_of .)" ] || ./mvnw -q -B package -DskipTests -Djacoco.skip=true
[ -n "$(jar_of bench/floor)" ] || ./mvnw -q -B -f bench/floor/pom.xml package -DskipTests
app=$(jar_of .)
floor=$(jar_of bench/floor)

start_server() { # jar port args...   (jar: an executable jar, or cp:CLASSPATH to run fakeai from a class path)
  local jar=$1 port=$2 launch
  shift 2
  if [[ $jar == cp:* ]]; then launch=(-cp "${jar#cp:}" dev.fakeai.FakeAiApplication); else launch=(-jar "$jar"); fi
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} "${launch[@]}" --server.port="$port" --logging.level.root=WARN "$@" >/tmp/fakeai-bench-$port.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/v1/models" && return 0
    sleep 0.1
  done
  echo "server on $port did not start" >&2; kill "$server_pid"; exit 1
}

stop_server() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }

throughput() { # label script jar port args...   (PATH_UNDER_TEST, default /v1/chat/completions)
  local label=$1 script=$2 jar=$3 port=$4 path=${PATH_UNDER_TEST:-/v1/chat/completions}
  shift 4
  start_server "$jar" "$port" "$@"
  wrk -t2 -c64 -d10s -s "$script" "http://127.0.0.1:$port$path" >/dev/null
  wrk -t2 -c64 -d"$duration" -s "$script" "http://127.0.0.1:$port$path" >/tmp/fakeai-wrk-$port.txt
  stop_server
  echo "== $label ($script, POST $path${STORE:+, STORE=$STORE})" >&2
  cat /tmp/fakeai-wrk-$port.txt >&2
  awk '/Requests\/sec/ {print $2}' /tmp/fakeai-wrk-$port.txt
}

"$java" -version 2>&1 | head -n 1
if [ "$mode" = throughput ] || [ "$mode" = all ]; then
  floor_fixed=$(throughput "floor (bare Spring MVC, fixed completion)" bench/chat.lua "$floor" 18181)
  floor_varied=$(throughput "floor (bare Spring MVC, fixed completion)" bench/chat-varied.lua "$floor" 18181)
  app_fixed=$(throughput "fakeai (speed factor 0)" bench/chat.lua "$app" 18182 --fakeai.latency.speed-factor=0)
  app_varied=$(throughput "fakeai (speed factor 0)" bench/chat-varied.lua "$app" 18182 \
    --fakeai.latency.speed-factor=0)
  echo "== summary, req/s"
  awk -v f="$floor_fixed" -v a="$app_fixed" 'BEGIN { printf "fixed prompt:   floor %s, fakeai %s, fakeai / floor %.0f%%\n", f, a, 100 * a / f }'
  awk -v f="$floor_varied" -v a="$app_varied" 'BEGIN { printf "varied prompts: floor %s, fakeai %s, fakeai / floor %.0f%%\n", f, a, 100 * a / f }'
fi
if [ "$mode" = responses ]; then
  floor_varied=$(throughput "floor (bare Spring MVC, fixed completion)" bench/chat-varied.lua "$floor" 18181)
  chat_varied=$(throughput "fakeai chat (speed factor 0)" bench/chat-varied.lua "$app" 18182 \
    --fakeai.latency.speed-factor=0)
  responses_stored=$(PATH_UNDER_TEST=/v1/responses throughput "fakeai responses (speed factor 0)" \
    bench/responses-varied.lua "$app" 18182 --fakeai.latency.speed-factor=0)
  responses_unstored=$(STORE=false PATH_UNDER_TEST=/v1/responses throughput "fakeai responses (speed factor 0)" \
    bench/responses-varied.lua "$app" 18182 --fakeai.latency.speed-factor=0)
  echo "== summary, req/s (varied prompts)"
  awk -v f="$floor_varied" -v c="$chat_varied" -v r="$responses_stored" -v u="$responses_unstored" 'BEGIN {
    printf "floor %s; fakeai chat %s (%.0f%% of floor); responses stored %s (%.0f%% of chat), store false %s (%.0f%% of chat)\n",
      f, c, 100 * c / f, r, 100 * r / c, u, 100 * u / c }'
fi
stream_runs() { # port pid: warm up, then one measured run per count in STREAMS
  local port=$1 pid=$2
  for _ in $(seq 1 "${WARMUP_ROUNDS:-4}"); do
    "$java" bench/StreamLoad.java --port "$port" --streams "${WARMUP_STREAMS:-3000}" --tokens 50 --ttft-ms 200 \
      --itl-ms 20 --ramp-ms 1000 --timeout-s 60 >/dev/null
  done
  for streams in ${STREAMS:-5000}; do
    "$java" bench/StreamLoad.java --port "$port" --pid "$pid" --streams "$streams" --tokens 50 \
      --ttft-ms 200 --itl-ms 20 --ramp-ms "${RAMP_MS:-1000}" --timeout-s 120
  done
}

if [ "$mode" = servers ]; then
  # The jar ships Jetty only: both servers run from the build's class path, where Tomcat is too.
  ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt
  app="cp:target/classes:$(cat target/bench-classpath.txt)"
  floor_varied=$(throughput "floor (bare Spring MVC, fixed completion)" bench/chat-varied.lua "$floor" 18181)
  jetty=(); tomcat=(); jetty_400=(); tomcat_400=()
  for round in 1 2; do
    jetty+=("$(throughput "fakeai on Jetty, round $round" bench/chat-varied.lua "$app" 18182 \
      --fakeai.latency.speed-factor=0)")
    tomcat+=("$(throughput "fakeai on Tomcat, round $round" bench/chat-varied.lua "$app" 18182 \
      --fakeai.latency.speed-factor=0 --fakeai.http.server=tomcat)")
    jetty_400+=("$(throughput "fakeai on Jetty, 400s, round $round" bench/chat-invalid.lua "$app" 18182 \
      --fakeai.latency.speed-factor=0)")
    tomcat_400+=("$(throughput "fakeai on Tomcat, 400s, round $round" bench/chat-invalid.lua "$app" 18182 \
      --fakeai.latency.speed-factor=0 --fakeai.http.server=tomcat)")
  done
  echo "== summary, req/s"
  echo "floor (varied prompts) $floor_varied"
  echo "varied prompts: Jetty ${jetty[*]}; Tomcat ${tomcat[*]}"
  echo "400 answers:    Jetty ${jetty_400[*]}; Tomcat ${tomcat_400[*]}"
  for server in jetty tomcat; do
    if [ $server = jetty ]; then args=(); else args=(--fakeai.http.server=tomcat --server.tomcat.accept-count=8192); fi
    start_server "$app" 18183 "${args[@]}"
    echo "fakeai on $server, streams:"
    stream_runs 18183 "$server_pid"
    stop_server
  done
fi
if [ "$mode" = journal ]; then
  floor_varied=$(throughput "floor (bare Spring MVC, fixed completion)" bench/chat-varied.lua "$floor" 18181)
  journal_on=$(throughput "fakeai, journal on (the default)" bench/chat-varied.lua "$app" 18182 \
    --fakeai.latency.speed-factor=0)
  journal_off=$(throughput "fakeai, journal off" bench/chat-varied.lua "$app" 18182 \
    --fakeai.latency.speed-factor=0 --fakeai.journal.enabled=false)
  echo "== summary, req/s"
  awk -v f="$floor_varied" -v on="$journal_on" -v off="$journal_off" 'BEGIN {
    printf "floor %s; fakeai journal on %s (%.0f%% of floor), journal off %s (%.0f%% of floor); on / off %.0f%%\n",
      f, on, 100 * on / f, off, 100 * off / f, 100 * on / off }'
fi
if [ "$mode" = streams ] || [ "$mode" = all ]; then
  echo "warm-up: ${WARMUP_ROUNDS:-4} x ${WARMUP_STREAMS:-3000} streams, then ${STREAMS:-5000} streams" >&2
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} bench/StreamFloor.java --port 18184 --ttft-ms 200 --itl-ms 20 --tokens 50 \
    >/tmp/fakeai-bench-18184.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do (echo >/dev/tcp/127.0.0.1/18184) 2>/dev/null && break; sleep 0.1; done
  echo "floor (bare NIO server, fixed frames):"
  stream_runs 18184 "$server_pid"
  stop_server
  start_server "$app" 18183 --server.tomcat.accept-count=8192
  echo "fakeai:"
  stream_runs 18183 "$server_pid"
  stop_server
fi
