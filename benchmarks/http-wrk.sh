#!/usr/bin/env bash
# HTTP /api calls per second: a real node with NodeHttpHost against a bare Undertow handler, both
# driven by the same wrk (Debian: apt-get install wrk) over loopback. Each side runs in its own JVM;
# per side: one warm-up run, then RUNS measured runs. Build first (BENCHMARKS.md).
#
#   bash benchmarks/http-wrk.sh                 30 s warm-up, then 5 runs of 5 s, 16 connections
#   WARMUP=60s RUNS=3 bash benchmarks/http-wrk.sh
#
# The warm-up is 30 s by default because after 10 s the node's JIT was not done: its measured runs
# still climbed (4,492 -> 21,574 requests/s) and understated it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-30s}
RUNS=${RUNS:-5}
DURATION=${DURATION:-5s}
EXPECTED='{"message":"hello, bench","length":5}'

declare -A MEAN
for side in undertow node; do
  log=$(mktemp)
  coproc TARGET { exec java -cp "$JAR" dev.hyperapp.benchmarks.node.HttpTarget "$side" 2>"$log"; }
  pid=$TARGET_PID
  input=${TARGET[1]}
  read -r url cookie <&"${TARGET[0]}"
  answer=$(curl -s -H "Cookie: $cookie" -H 'Content-Type: application/json' -d '{"Greet":"bench"}' "$url")
  if [[ "$answer" != "$EXPECTED" ]]; then
    echo "$side answered $answer, expected $EXPECTED" >&2
    exit 1
  fi
  export HYPERAPP_COOKIE="$cookie"
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s benchmarks/greet.lua "$url" >/dev/null
  total=0
  for run in $(seq "$RUNS"); do
    report=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s benchmarks/greet.lua "$url")
    if grep -q -e 'Non-2xx' -e 'Socket errors' <<<"$report"; then
      echo "$side: errors during run $run" >&2
      echo "$report" >&2
      exit 1
    fi
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
    echo "$side run $run: $rate requests/s"
    total=$(awk -v a="$total" -v b="$rate" 'BEGIN {print a + b}')
  done
  MEAN[$side]=$(awk -v t="$total" -v n="$RUNS" 'BEGIN {printf "%.0f", t / n}')
  echo "$side mean: ${MEAN[$side]} requests/s"
  eval "exec $input>&-"
  wait "$pid"
  # The kernel runs Greeter on Undertow's I/O threads while its calls are quick; on a loaded machine,
  # preemption inside those calls can cost it that privilege (InlineBudget), which these figures show.
  if grep -q 'messages on the worker pool: its handlers kept holding' "$log"; then
    echo "$side: Greeter lost the inline privilege during the run (kernel InlineBudget; machine loaded?)"
  fi
  rm -f "$log"
done
awk -v n="${MEAN[node]}" -v u="${MEAN[undertow]}" 'BEGIN {printf "node / bare Undertow: %.2fx\n", n / u}'
