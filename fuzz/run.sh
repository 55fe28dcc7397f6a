#!/usr/bin/env bash
# Fuzzes each target under AFL++ (Debian afl++) with SharpFuzz for SECONDS, then reports execs, crashes and
# hangs per target. An input taking more than 2 s is a hang (-t 2000). Not part of ./test or CI: run by hand.
#   fuzz/run.sh [SECONDS] [TARGET...]      default: 60 s each for analyze html jsonl feed query
# Crashes land in fuzz/out/TARGET/default/crashes/: turn each into a regression test.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(analyze html jsonl feed query)
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || echo "$HOME/.dotnet/tools/sharpfuzz")
[ -x "$sharpfuzz" ] || { echo "fuzz: sharpfuzz not found (dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0)" >&2; exit 2; }

bin="$here/out/bin"; rm -rf "$bin"  # fresh copies: sharpfuzz refuses to instrument twice
dotnet publish "$here/Sitrep.Fuzz/Sitrep.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
# Instrument the code under test (ours and the parsers it hands untrusted input to), not the framework.
for assembly in Sitrep.dll Sitrep.Corpus.dll Sitrep.Server.dll SmartReader.dll CodeHollow.FeedReader.dll; do
  "$sharpfuzz" "$bin/$assembly" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
printf '%-8s %10s %8s %8s %8s\n' target execs exec/s crashes hangs
for target in "${targets[@]}"; do
  out="$here/out/$target"; rm -rf "$out"
  afl-fuzz -i "$here/seeds/$target" -o "$out" -t 2000+ -m none -V "$seconds" -- dotnet "$bin/Sitrep.Fuzz.dll" "$target" >"$here/out/$target.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then echo "$target: afl-fuzz did not start, see fuzz/out/$target.log" >&2; tail -5 "$here/out/$target.log" >&2; continue; fi
  get() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats"; }
  printf '%-8s %10s %8s %8s %8s\n' "$target" "$(get execs_done)" "$(get execs_per_sec)" "$(get saved_crashes)" "$(get saved_hangs)"
done
