#!/usr/bin/env bash
# Hostile-input benchmark (not part of ./test or CI): CPU seconds and peak RSS of `sitrep extract` on
# invented one-line texts of 0.25, 1 and 4 MB (news sentences with no newline; the same words with no
# punctuation) and on 5 MB of quote marks and commas. Start-up alone is measured first, so time per MB
# can be read with and without it. Speed figures are noisy on a loaded machine: compare runs alternately.
#   bench/hostile/run.sh [SITREP_CLI_DLL]     default: this checkout's artifacts/cli/Sitrep.Cli.dll
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
dll=${1:-}
if [ -z "$dll" ]; then "$here/sitrep" --help >/dev/null; dll="$here/artifacts/cli/Sitrep.Cli.dll"; fi
work=$(mktemp -d /tmp/sitrep-hostile.XXXXXX)
trap 'rm -rf "$work"' EXIT

news='Russian drones struck a grain warehouse near the river port of Izmail on Tuesday, injuring three dock workers, the regional governor said. "We will rebuild every school," the mayor of Kropyvnytskyi told reporters after the shelling, adding that two teachers were killed. Police in the northern town dispersed a crowd of some 200 protesters who had blocked the highway demanding unpaid wages. An artillery strike on a village in the Sumy region killed an elderly woman and wounded her grandson, officials reported on Wednesday. The defence ministry said its forces shot down 14 of 19 drones launched overnight, while debris damaged a power line in Poltava.'
words=$(printf '%s' "$news" | tr -d '.,"')
one_line() { yes "$1" | tr '\n' ' ' | head -c "$2" >"$3" || true; }  # yes and tr end on SIGPIPE
for size in 250000 1000000 4000000; do
  one_line "$news" "$size" "$work/news-$size.txt"
  one_line "$words" "$size" "$work/words-$size.txt"
done
yes '",' | tr -d '\n' | head -c 5000000 >"$work/quotes-commas-5000000.txt" || true
yes '"Yes," he said, "no, "' | tr -d '\n' | head -c 5000000 >"$work/quotes-said-5000000.txt" || true
echo 'Russian drones struck a warehouse in Kharkiv on Monday.' >"$work/startup-0.txt"

printf '%-28s %10s %12s %10s\n' input MB "CPU s" "RSS MB"
for f in startup-0 news-250000 news-1000000 news-4000000 words-250000 words-1000000 words-4000000 quotes-commas-5000000 quotes-said-5000000; do
  /usr/bin/time -f '%U %S %M' -o "$work/time" dotnet "$dll" extract "$work/$f.txt" --format jsonl -j 1 --time-budget 600 -o "$work/out.jsonl"
  read -r user sys rss <"$work/time"
  awk -v f="$f" -v b="${f##*-}" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%-28s %10.2f %12.2f %10.0f\n", f, b / 1e6, u + s, r / 1024 }'
done
