#!/usr/bin/env bash
# What `initorder trace` costs, measured the way eng/trace.md reports it: for one command, three interleaved rounds of
#   plain             the command as it is,
#   run only          the command with the tracing environment (ReadyToRun off, EventPipe on) and no analysis,
#   initorder trace   the whole command, trace reading and analysis included,
# each as wall seconds, on the same machine in the same run.
#
#   bash eng/measure-trace.sh <folder> <command> [args...]
#   e.g. after `dotnet build eng/demo.proj`: bash eng/measure-trace.sh . dotnet artifacts/samples/PluginApp/bin/Release/net10.0/PluginApp.dll
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
folder=${1:?usage: eng/measure-trace.sh <folder> <command> [args...]}
shift
tool="$repo/artifacts/measure-trace/tool"
dotnet build "$repo/src/InitOrder.Cli" -c Release -o "$tool" -nodeReuse:false -p:UseSharedCompilation=false -v q >/dev/null
traces=$(mktemp -d)
trap 'rm -rf "$traces"' EXIT
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
cd "$folder"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); command: $*"
for round in 1 2 3; do
  plain=$(seconds "$@")
  rm -f "$traces"/*
  run_only=$(seconds env DOTNET_ReadyToRun=0 DOTNET_EnableEventPipe=1 DOTNET_EventPipeConfig=Microsoft-Windows-DotNETRuntime:0x20018:5 \
    DOTNET_EventPipeRundown=0 "DOTNET_EventPipeOutputPath=$traces/trace-{pid}.nettrace" "$@")
  traced=$(seconds dotnet "$tool/initorder.dll" trace -- "$@")
  echo "round $round: plain $plain s, run only $run_only s, initorder trace $traced s"
done
