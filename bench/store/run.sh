#!/usr/bin/env bash
# Corpus benchmarks (not tests), issue #7. Documents (~900 tokens each, 40 recombined sentences) are
# generated at run time from ../shared PolNeAR texts; stores go to bench/out/ (git-ignored). Each figure is
# printed with the load average at the time: the machine is shared. Steps, one at a time:
#   1. ingest N documents into SQLite with the whole engine: overall and per-1k-window docs/s, search p99
#   2. peak memory (and CPU per document) of `sitrep ingest` on N documents from one JSON Lines file
#   3. search p50/p99 over S documents on SQLite and PostgreSQL (stored --text-only: search reads text only)
#   4. PostgreSQL: W documents queued, drained by 1 and by 2 workers (engine included)
# usage: bench/store/run.sh [N=10000] [S=100000] [W=1000]   (PostgreSQL from .ci/postgres, stopped at the end)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}; s=${2:-100000}; w=${3:-1000}
out="$root/bench/out"
mkdir -p "$out"
"$root/sitrep" --help >/dev/null   # builds the CLI when needed
cli() { dotnet "$root/artifacts/cli/Sitrep.Cli.dll" "$@"; }
load() { echo "   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"; }

echo "== 1. SQLite: ingest $n documents, engine included"
rm -f "$out/store-$n.db"*
cli bench-store --documents "$n" --db "$out/store-$n.db"; load

echo "== 2. sitrep ingest of $n documents from JSON Lines: peak memory, CPU"
cli bench-store --documents "$n" --jsonl "$out/docs-$n.jsonl"
rm -f "$out/ingest-$n.db"*
/usr/bin/time -v dotnet "$root/artifacts/cli/Sitrep.Cli.dll" ingest "$out/docs-$n.jsonl" --db "$out/ingest-$n.db" 2>"$out/time-$n.txt" | tail -2
grep -E "User time|System time|Maximum resident set size|Elapsed \(wall clock\)" "$out/time-$n.txt"; load

echo "== 3. search over $s documents: SQLite"
rm -f "$out/search-$s.db"*
cli bench-store --documents "$s" --text-only --queries 500 --db "$out/search-$s.db"; load

conn=$("$root/.ci/postgres" 2>/dev/null)
port=$(echo "$conn" | sed -E 's/.*Port=([0-9]+).*/\1/')
cluster=$(dirname "$(dirname "$(grep -l -- "-p $port " /tmp/sitrep-pg.*/data/postmaster.opts)")")
trap 'runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$cluster/data" -m fast stop >/dev/null; rm -rf "$cluster"' EXIT
for db in search w1 w2; do psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE $db"; done
echo "== 3. search over $s documents: PostgreSQL"
cli bench-store --documents "$s" --text-only --queries 500 --db "${conn/Database=postgres/Database=search}"; load
for workers in 1 2; do
  echo "== 4. PostgreSQL: $w documents, $workers worker(s)"
  cli bench-store --documents "$w" --workers "$workers" --queries 0 --db "${conn/Database=postgres/Database=w$workers}"; load
done
