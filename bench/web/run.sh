#!/usr/bin/env bash
# Web benchmarks (not tests): map first paint with 10k events in headless Chromium, and wrk against event
# queries on a 100k-event store (16 connections, 30 s). Needs chromium, wrk, node/npm, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root="$here/../.."
work=$(mktemp -d)
cli="$root/sitrep"
"$cli" --help >/dev/null   # builds the CLI when needed
python3 "$here/make-store.py" "$work/10k.db" 10000
python3 "$here/make-store.py" "$work/100k.db" 100000
(cd "$here" && npm install --no-audit --no-fund --ignore-scripts >/dev/null)

serve() { dotnet "$root/artifacts/cli/Sitrep.Cli.dll" serve --db "$1" --urls "http://127.0.0.1:$2" >"$work/serve-$2.log" 2>&1 & echo $!; }
wait_up() { for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/api/stats" >/dev/null && return 0; sleep 0.5; done; return 1; }

pid=$(serve "$work/10k.db" 5181); wait_up 5181
echo "== map first paint, 10k events"
node "$here/map-paint.mjs" "http://127.0.0.1:5181/#/map" 5
echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
kill "$pid"

pid=$(serve "$work/100k.db" 5182); wait_up 5182
echo "== wrk: event queries on 100k events (16 connections, 30 s)"
curl -sf "http://127.0.0.1:5182/api/events?admin1=Kharkiv%20Oblast&limit=100" >/dev/null
wrk -t2 -c16 -d30s --latency -s "$here/events.lua" http://127.0.0.1:5182
echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== wrk: uncached event queries (a new date window each request; 16 connections, 30 s)"
wrk -t2 -c16 -d30s --latency -s "$here/events-uncached.lua" http://127.0.0.1:5182
echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
kill "$pid"
rm -rf "$work"
