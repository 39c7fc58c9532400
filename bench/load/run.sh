#!/usr/bin/env bash
# Load test of `copydesk serve` on loopback with wrk (Debian: apt-get install wrk).
# Audits 1 KB, 10 KB and 100 KB articles at 1, 8 and 64 concurrent connections and prints a Markdown table of
# throughput and p50/p99 latency. Build first: mvn -q -DskipTests package
#   bench/load/run.sh [DURATION]        # DURATION per cell, default 20s; SERVE_OPTS adds options to serve
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20s}
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -f cli/target/copydesk.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Articles of at least 1, 10 and 100 KB, cut at the first paragraph end past the size, from the seed and the clean fixtures (real copy).
corpus() { for f in fixtures/seed/sco-chairmanship.txt fixtures/clean/*.txt; do cat "$f"; printf '\n\n'; done; }
for kb in 1 10 100; do
  : > "$WORK/a$kb.txt"
  while [ "$(wc -c < "$WORK/a$kb.txt")" -lt $((kb * 1024)) ]; do corpus >> "$WORK/a$kb.txt"; done
  awk -v max=$((kb * 1024)) 'BEGIN{RS=""; ORS="\n\n"} { print; n += length($0) + 2; if (n >= max) exit }' \
    "$WORK/a$kb.txt" > "$WORK/article-$kb.txt"
done

java ${COPYDESK_JAVA_OPTS:-} -jar cli/target/copydesk.jar serve --port 0 --access-log off ${SERVE_OPTS:-} > "$WORK/serve.out" &
PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/serve.out")v1/audit
echo "server: $(head -1 "$WORK/serve.out")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

# Warm-up: let the JIT compile the hot paths before measuring.
ARTICLE="$WORK/article-10.txt" wrk -t2 -c8 -d10s -s bench/load/post.lua "$URL" > /dev/null

echo
echo "| article | connections | requests/s | p50 | p99 | non-2xx | socket errors |"
echo "|---|---|---|---|---|---|---|"
for kb in 1 10 100; do
  for c in 1 8 64; do
    t=$(( c < 2 ? 1 : 2 ))
    out=$(ARTICLE="$WORK/article-$kb.txt" wrk -t$t -c$c -d"$DURATION" --timeout 30s --latency \
      -s bench/load/post.lua "$URL")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
    errors=$(grep -o 'Socket errors: .*' <<<"$out" | sed 's/Socket errors: //' || true)
    bytes=$(wc -c < "$WORK/article-$kb.txt")
    echo "| $kb KB ($bytes B) | $c | $rps | $p50 | $p99 | ${non2xx:-0} | ${errors:-none} |"
  done
done
