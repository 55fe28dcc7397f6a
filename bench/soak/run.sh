#!/usr/bin/env bash
# Soak: concurrent ingest (POST and `sitrep ingest`) and reads (16 connections) against `sitrep serve` on
# 127.0.0.1 for SECONDS (default 600), then checks every accepted document is stored once and nothing else,
# and prints the server's RSS after warm-up and at the end. A benchmark: not part of ./test or CI.
#   bench/soak/run.sh [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
work=$(mktemp -d /tmp/sitrep-soak.XXXXXX)
db="$work/soak.db"; token=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
port=$(( 20000 + RANDOM % 20000 ))
"$here/sitrep" ingest "$here/examples" --db "$db" >/dev/null   # builds once, creates the store
dotnet "$here/artifacts/cli/Sitrep.Cli.dll" serve --db "$db" --token "$token" --urls "http://127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 0.5; done

# Distinct invented articles: the counter makes each text (and its id) unique.
article() { echo "Russian drones struck a warehouse in Kharkiv on Monday, injuring $1 workers, regional governor Oleh Syniehubov said in report $2."; }
end=$(( $(date +%s) + seconds ))
post_writer() {  # $1: writer number; one line per accepted document id
  local n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary "$(article $((n % 9 + 1)) "post-$1-$n")" \
      "http://127.0.0.1:$port/api/documents?published=2026-03-02" | grep -o '"outcome":"New"' >/dev/null && echo "post-$1-$n" >>"$work/accepted" || echo "post-$1-$n" >>"$work/errors"
  done
}
cli_writer() {
  local n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1)); mkdir -p "$work/cli/$n"
    for k in 1 2 3; do article "$k" "cli-$n-$k" >"$work/cli/$n/$k.txt"; done
    if dotnet "$here/artifacts/cli/Sitrep.Cli.dll" ingest "$work/cli/$n" --db "$db" --published 2026-03-02 >/dev/null 2>>"$work/cli.err"; then
      for k in 1 2 3; do echo "cli-$n-$k" >>"$work/accepted"; done
    else echo "cli batch $n" >>"$work/errors"; fi
  done
}
reader() {
  local urls=("/api/events?limit=100" "/api/events/map" "/api/stats" "/api/search?q=Kharkiv" "/api/documents?limit=20" "/api/incidents")
  local i=0
  while [ "$(date +%s)" -lt "$end" ]; do
    curl -fs -o /dev/null "http://127.0.0.1:$port${urls[$((i % ${#urls[@]}))]}" && echo ok >>"$work/reads.$1" || echo "read ${urls[$((i % ${#urls[@]}))]}" >>"$work/errors"
    i=$((i + 1))
  done
}
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
for w in 1 2; do post_writer "$w" & done
cli_writer &
for r in $(seq 16); do reader "$r" & done
sleep $(( seconds / 5 )); warm=$(rss)
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
final=$(rss)

accepted=$(sort "$work/accepted" 2>/dev/null | uniq | wc -l)
stored=$(sqlite3 "$db" "SELECT count(*) FROM documents WHERE text LIKE '%in report post-%' OR text LIKE '%in report cli-%'" 2>/dev/null || echo "?")
dupes=$(sqlite3 "$db" "SELECT count(*) - count(DISTINCT id) FROM documents" 2>/dev/null || echo "?")
reads=$(cat "$work"/reads.* 2>/dev/null | wc -l); errors=$(cat "$work/errors" 2>/dev/null | wc -l)
echo "soak ${seconds}s on 127.0.0.1:$port (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "accepted documents $accepted, stored $stored, duplicate ids $dupes, reads $reads, errors $errors"
echo "server RSS after warm-up ${warm} kB, at the end ${final} kB ($(( (final - warm) * 100 / warm ))%)"
[ "$errors" = 0 ] && [ "$accepted" = "$stored" ] && [ "$dupes" = 0 ]
