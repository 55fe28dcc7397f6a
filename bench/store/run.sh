#!/usr/bin/env bash
# Corpus benchmarks (not tests), issue #7: ingest documents/s into SQLite with the whole engine (rate per
# 1k-document window), search p50/p99, peak memory of `sitrep ingest`, PostgreSQL with 1 and 2 workers and
# its search latency. Documents (~900 tokens each) are generated at run time from ../shared PolNeAR texts;
# stores go to bench/out/ (git-ignored). Every figure is printed with the load average at the time.
# usage: bench/store/run.sh [DOCUMENTS=10000] [PG_DOCUMENTS=DOCUMENTS]   (needs ../shared; PostgreSQL via .ci/postgres)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
pg_n=${2:-$n}
out="$root/bench/out"
mkdir -p "$out"
cli="$root/sitrep"
"$cli" --help >/dev/null   # builds the CLI when needed
load() { echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"; }

echo "== SQLite: ingest $n documents (engine included), then search"
rm -f "$out/store-$n.db"*
"$cli" bench-store --documents "$n" --db "$out/store-$n.db"; load

echo "== peak memory of sitrep ingest ($n documents from one JSON Lines file)"
"$cli" bench-store --documents "$n" --jsonl "$out/docs-$n.jsonl" >/dev/null
rm -f "$out/ingest-$n.db"*
/usr/bin/time -v "$cli" ingest "$out/docs-$n.jsonl" --db "$out/ingest-$n.db" 2>"$out/time-$n.txt" | tail -2
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$out/time-$n.txt"; load

echo "== PostgreSQL: $pg_n documents queued, drained by 1 worker, then by 2 workers; search over them"
for workers in 1 2; do
  conn=$("$root/.ci/postgres" 2>/dev/null)
  port=$(echo "$conn" | sed -E 's/.*Port=([0-9]+).*/\1/')
  "$cli" bench-store --documents "$pg_n" --workers "$workers" --db "$conn"; load
  dir=$(grep -l -- "-p $port " /tmp/sitrep-pg.*/data/postmaster.opts | xargs dirname | xargs dirname)
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$dir/data" -m fast stop >/dev/null
  rm -rf "$dir"
done
