#!/usr/bin/env bash
# Whole-process time of `parlqa parse` over the Aanhangsel PDFs against `pdftotext` over the same files,
# both measured here, in the same run, as the median of several rounds; prints the ratio (goal: ≤ 2).
# Needs pdftotext (Debian: poppler-utils). Usage: bench/pdf-vs-pdftotext.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Startup counts: the tool is published ahead-of-time compiled (Native AOT; needs clang), else ReadyToRun.
linker=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then linker=(-p:CppCompilerAndLinker=clang-14); fi
if dotnet publish src/ParlQA.Cli -c Release -r linux-x64 -p:PublishAot=true "${linker[@]}" -o "$out/parlqa" >"$out/publish.log" 2>&1; then
  build="Native AOT"
else
  dotnet publish src/ParlQA.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/parlqa" >/dev/null
  build="ReadyToRun (Native AOT failed: see dotnet publish -p:PublishAot=true)"
fi
files=(samples/aanhangsel/*.pdf)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
run_pdftotext() { for f in "${files[@]}"; do pdftotext "$f" -; done; }
run_parlqa() { "$out/parlqa/parlqa" parse "${files[@]}"; }

for _ in 1 2; do run_pdftotext >/dev/null; run_parlqa >/dev/null; done   # warm the file cache
p=$(for _ in $(seq "$rounds"); do time_ms run_pdftotext; done | median)
q=$(for _ in $(seq "$rounds"); do time_ms run_parlqa; done | median)
echo "files: ${#files[@]}, rounds: $rounds, parlqa build: $build"
echo "pdftotext (one process per file): median ${p} ms"
echo "parlqa parse (one process, all files): median ${q} ms"
awk -v p="$p" -v q="$q" 'BEGIN { printf "ratio parlqa/pdftotext: %.2f\n", q / p }'
