#!/usr/bin/env bash
# Watch benchmarks (not tests), issue #17: on SQLite and on PostgreSQL (a throwaway .ci/postgres cluster,
# stopped at the end), N invented strike reports (each a new incident) with W watches:
#   - watch evaluation per stored document (store time with the watches minus without, same reports)
#   - a new matching incident stored -> webhook received (Kestrel on 127.0.0.1), p50/p99
#   - R runs of the kill -9 drill (ingest and deliverers killed at random moments): lost / duplicated
# Each figure is printed with the load average: the machine is shared.
# usage: bench/watch/run.sh [N=1000] [W=1000] [R=50]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1000}; w=${2:-1000}; r=${3:-50}
"$root/sitrep" --help >/dev/null   # builds the CLI when needed
cli() { dotnet "$root/artifacts/cli/Sitrep.Cli.dll" "$@"; }

echo "== SQLite: $n documents, $w watches, $r crash runs"
cli bench-watch --documents "$n" --watches "$w" --crash-runs "$r"

conn=$("$root/.ci/postgres" 2>/dev/null)
port=$(echo "$conn" | sed -E 's/.*Port=([0-9]+).*/\1/')
cluster=$(dirname "$(dirname "$(grep -l -- "-p $port " /tmp/sitrep-pg.*/data/postmaster.opts)")")
trap 'runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$cluster/data" -m fast stop >/dev/null; rm -rf "$cluster"' EXIT
echo "== PostgreSQL: $n documents, $w watches, $r crash runs"
cli bench-watch --documents "$n" --watches "$w" --crash-runs "$r" --db "$conn"
