#!/usr/bin/env bash
# Times the verifier of two commits side by side, interleaved, on the same inputs in one run, so the ratios hold even
# on a loaded machine. Each round runs `initorder check <input> --all-static-constructors` once with each build.
#
#   bash eng/compare-verifier.sh <before-commit> [rounds] [extra input.dll ...]
#
# Processor time (user + system) is the ratio to read on a shared machine: other processes stretch wall time far more.
# The tool's own start-up is in it; "analysis ms" is the verifier's own stopwatch (what an MSBuild task pays).
# Inputs: System.Private.CoreLib and Microsoft.CodeAnalysis.CSharp from the SDK, the benchmark's synthetic 1x and 8x
# assemblies, and any assemblies given. Prints per input the median wall time, median peak memory and the reached graph
# of each build, and the ratio after/before. Writes nothing outside artifacts/compare.
set -euo pipefail
cd "$(dirname "$0")/.."

before=${1:?usage: eng/compare-verifier.sh <before-commit> [rounds] [input.dll ...]}
rounds=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
work=artifacts/compare
mkdir -p "$work"

build_cli() { # <source tree> <output folder>
  dotnet build "$1/src/InitOrder.Cli" -c Release -o "$2" -nodeReuse:false -p:UseSharedCompilation=false -v q >/dev/null
}

rm -rf "$work/before-src"
git worktree add --detach -f "$work/before-src" "$before" >/dev/null
trap 'git worktree remove --force "$work/before-src" >/dev/null 2>&1 || true' EXIT
build_cli "$work/before-src" "$work/before-cli"
build_cli . "$work/after-cli"
# The tool's executable was InitOrder.Cli before System.CommandLine, initorder since.
tool() { if [ -x "$work/$1-cli/initorder" ]; then echo "$work/$1-cli/initorder"; else echo "$work/$1-cli/InitOrder.Cli"; fi; }

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(ls -d "$dotnet_root"/shared/Microsoft.NETCore.App/*/ | sort -V | tail -1)
sdk=$(ls -d "$dotnet_root"/sdk/*/ | sort -V | tail -1)
dotnet run -c Release --project eng/benchmark -- --write-synthetic "$work/synthetic" >/dev/null
inputs=("$runtime/System.Private.CoreLib.dll" "$sdk/Microsoft.CodeAnalysis.CSharp.dll")
inputs+=($(ls "$work"/synthetic/*/*.dll | sort -V | sed -n '1p;$p'))
inputs+=("$@")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); cores: $(nproc); load at start: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $rounds"
echo "| Input | Before: CPU s | After: CPU s | After / before (CPU) | Before: analysis ms | After: analysis ms | After / before (analysis) | Before: peak MB | After: peak MB | Before: methods | After: methods |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for input in "${inputs[@]}"; do
  declare -a bt=() at=() bm=() am=() bc=() ac=() bx=() ax=()
  bmeth="" ameth=""
  for ((r = 0; r < rounds; r++)); do
    for side in before after; do
      /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" "$(tool "$side")" check "$input" --all-static-constructors --target System.Console >"$work/out.txt" 2>/dev/null || true
      read -r wall peak user system < <(tail -1 "$work/time.txt")
      cpu=$(echo "$user + $system" | bc -l)
      methods=$(grep -oE '\(([0-9]+) methods' "$work/out.txt" | grep -oE '[0-9]+' | head -1 || true)
      analysis=$(grep -oE '[0-9]+ ms\)' "$work/out.txt" | grep -oE '[0-9]+' | tail -1 || true)
      if [ "$side" = before ]; then bt+=("$wall"); bm+=("$peak"); bc+=("$cpu"); bx+=("${analysis:-0}"); bmeth=$methods; else at+=("$wall"); am+=("$peak"); ac+=("$cpu"); ax+=("${analysis:-0}"); ameth=$methods; fi
    done
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
  b=$(median "${bc[@]}"); a=$(median "${ac[@]}"); bxm=$(median "${bx[@]}"); axm=$(median "${ax[@]}")
  printf '| %s | %.2f | %.2f | %.2fx | %s | %s | %.2fx | %.0f | %.0f | %s | %s |\n' "$(basename "$input")" "$b" "$a" "$(echo "$a / $b" | bc -l)" \
    "$bxm" "$axm" "$(echo "$axm / $bxm" | bc -l)" \
    "$(echo "$(median "${bm[@]}") / 1024" | bc -l)" "$(echo "$(median "${am[@]}") / 1024" | bc -l)" "$bmeth" "$ameth"
done
