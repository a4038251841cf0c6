# Sourced by `bench/startup.sh fast-start` (see its header): $java, $app, $floor, $runs and $port
# come from there.
idle="${IDLE:-10}"
image=localhost/fakeai:local
dir=target/fast-start
# The fast start's JVM options: the same as the image's ENTRYPOINT (Dockerfile).
fast=(-XX:AOTCache="$dir/fakeai.aot" -Dspring.aot.enabled=true -Dspring.main.lazy-initialization=true
  -XX:G1PeriodicGCInterval=5000)

rm -rf "$dir"
"$java" -Djarmode=tools -jar "$app" extract --destination "$dir" --application-filename fakeai.jar >/dev/null
echo "training run (as in the Dockerfile):"
"$java" -XX:AOTCacheOutput="$dir/fakeai.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
  -Dspring.aot.enabled=true -Dspring.main.lazy-initialization=true \
  -jar "$dir/fakeai.jar" --fakeai.training.run=true --server.port=0 --logging.level.root=warn \
  --logging.level.dev.fakeai.training=info 2>&1 | grep -oE "Training run: .*|AOTCache creation is complete.*"
[ -s "$dir/fakeai.aot" ] || { echo "no AOT cache was written" >&2; exit 1; }

with_image=false
with_jib=false
if command -v podman >/dev/null && podman image exists "$image" 2>/dev/null; then
  with_image=true
  echo "image: $image, $(podman image inspect -f '{{.Created}}' "$image")"
  if podman image exists localhost/fakeai:jib 2>/dev/null; then
    with_jib=true
    echo "Jib image: localhost/fakeai:jib, $(podman image inspect -f '{{.Created}}' localhost/fakeai:jib)"
  fi
else
  echo "image: none (docker/local-smoke.sh builds $image with podman)"
fi

# Prints "MS RSS IDLE_RSS": ms from the start command to the first 200 on /v1/models, the server's RSS
# (MB) then and $idle seconds later. An image is started with `podman run` and measured on its JVM.
measure() { # kind command...
  local kind=$1 start end pid rss idle_rss
  shift
  start=$(date +%s%N)
  "$@" >/tmp/fakeai-fast-start.log 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/models")" = 200 ]; then
      end=$(date +%s%N)
      break
    fi
    sleep 0.01
  done
  [ -n "${end:-}" ] || { echo "no 200 from: $*" >&2; cat /tmp/fakeai-fast-start.log >&2; exit 1; }
  [ "$kind" = image ] && pid=$(podman inspect -f '{{.State.Pid}}' fakeai-bench)
  rss=$(ps -o rss= -p "$pid")
  sleep "$idle"
  idle_rss=$(ps -o rss= -p "$pid")
  if [ "$kind" = image ]; then
    podman rm -f fakeai-bench >/dev/null 2>&1
  else
    kill "$pid"
  fi
  wait 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 )) $(( idle_rss / 1024 ))"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A ms rss idle_rss
labels=(floor plain trained)
$with_image && labels+=(image)
$with_jib && labels+=(jib)
for round in $(seq 1 "$runs"); do
  for label in "${labels[@]}"; do
    case $label in
      floor) read -r t r i < <(measure proc "$java" -jar "$floor" --server.port=$port) ;;
      plain) read -r t r i < <(measure proc "$java" -jar "$app" --server.port=$port) ;;
      trained) read -r t r i < <(measure proc "$java" "${fast[@]}" -jar "$dir/fakeai.jar" --server.port=$port) ;;
      image) read -r t r i < <(measure image podman run --rm --name fakeai-bench --network host \
        -e SERVER_PORT=$port "$image") ;;
      jib) read -r t r i < <(measure image podman run --rm --name fakeai-bench --network host \
        -e SERVER_PORT=$port localhost/fakeai:jib) ;;
    esac
    ms[$label]+="$t "; rss[$label]+="$r "; idle_rss[$label]+="$i "
    echo "round $round $label: first 200 after $t ms, RSS $r MB, idle $i MB"
  done
done

echo
printf '%-8s %-34s %-22s %s\n' "" "first 200 (ms): median (runs)" "RSS at first 200 (MB)" "idle RSS after ${idle} s (MB)"
for label in "${labels[@]}"; do
  # shellcheck disable=SC2086
  printf '%-8s %-34s %-22s %s\n' "$label" "$(median ${ms[$label]}) (${ms[$label]% })" \
    "$(median ${rss[$label]}) (${rss[$label]% })" "$(median ${idle_rss[$label]}) (${idle_rss[$label]% })"
done

if [ "${THROUGHPUT:-1}" != 0 ]; then
  pairs="${PAIRS:-3}"
  echo
  echo "chat throughput after a 10 s warm-up (wrk -t2 -c64 -d${DURATION:-15s}, bench/chat-varied.lua), $pairs pairs"
  echo "alternating which goes first:"
  declare -A rps
  order=()
  for pair in $(seq 1 "$pairs"); do
    if [ $((pair % 2)) = 1 ]; then order+=(plain trained); else order+=(trained plain); fi
  done
  for label in "${order[@]}"; do
    if [ "$label" = plain ]; then
      "$java" -jar "$app" --server.port=$port --fakeai.latency.speed-factor=0 --logging.level.root=warn >/dev/null 2>&1 &
    else
      "$java" "${fast[@]}" -jar "$dir/fakeai.jar" --server.port=$port --fakeai.latency.speed-factor=0 \
        --logging.level.root=warn >/dev/null 2>&1 &
    fi
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/v1/models"; do sleep 0.1; done
    wrk -t2 -c64 -d10s -s bench/chat-varied.lua "http://127.0.0.1:$port/v1/chat/completions" >/dev/null
    r=$(wrk -t2 -c64 -d"${DURATION:-15s}" -s bench/chat-varied.lua "http://127.0.0.1:$port/v1/chat/completions" \
      | awk '/Requests\/sec/ {print $2}')
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rps[$label]+="$r "
    echo "$label: $r requests/s"
  done
  mean() { printf '%s\n' "$@" | awk '{s += $1} END {printf "%.0f", s / NR}'; }
  # shellcheck disable=SC2086
  echo "mean: plain $(mean ${rps[plain]}), trained $(mean ${rps[trained]}) requests/s"
  # shellcheck disable=SC2086
  echo "trained/plain throughput: $(awk -v a="$(mean ${rps[trained]})" -v b="$(mean ${rps[plain]})" 'BEGIN {printf "%.3f", a / b}')"
fi

echo
if $with_image; then
  # shellcheck disable=SC2086
  echo "image/plain: $(awk -v a="$(median ${ms[image]})" -v b="$(median ${ms[plain]})" 'BEGIN {printf "%.3f", a / b}')"
fi
# shellcheck disable=SC2086
echo "fast-start/plain: $(awk -v a="$(median ${ms[trained]})" -v b="$(median ${ms[plain]})" 'BEGIN {printf "%.3f", a / b}')"
