#!/usr/bin/env bash
# The CLI as people install it, timed as whole processes: the Native AOT binary and the .NET tool (ReadyToRun), each
# made the way the README says, against the nearest equivalent each job has — pdftotext for `parse` (the seven
# Aanhangsel PDFs), sqlite3 for `search` (an FTS5 match, best 10 by bm25, over the same archive) and `show` (the
# document's stored JSON). Medians of ROUNDS runs each (after two warm-up runs), and the ratios; goal for parse ≤ 2.
# Needs clang (Native AOT; Debian: clang), pdftotext (poppler-utils) and sqlite3. Usage: bench/cli-bench.sh [ROUNDS]
# PARLQA_NATIVE=path/parlqa and PARLQA_TOOL=path/parlqa time builds made before (the native publish takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-11}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for tool in pdftotext sqlite3; do
  command -v "$tool" >/dev/null || { echo "cli-bench: $tool is not installed" >&2; exit 2; }
done

# The two installs, as the README makes them (unless given).
native=${PARLQA_NATIVE:-$out/native/parlqa}
tool=${PARLQA_TOOL:-$out/tool/parlqa}
linker=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then linker=(-p:CppCompilerAndLinker=clang-14); fi
if [ -z "${PARLQA_NATIVE:-}" ]; then
  dotnet publish src/ParlQA.Cli -c Release -r linux-x64 -p:PublishAot=true "${linker[@]}" -o "$out/native" >"$out/native.log" 2>&1 \
    || { tail -20 "$out/native.log" >&2; echo "cli-bench: the Native AOT publish failed (log above)" >&2; exit 1; }
fi
if [ -z "${PARLQA_TOOL:-}" ]; then
  dotnet pack src/ParlQA.Cli -c Release -o "$out/packages" >"$out/pack.log" 2>&1 \
    || { tail -20 "$out/pack.log" >&2; echo "cli-bench: dotnet pack failed (log above)" >&2; exit 1; }
  dotnet tool install ParlQA.Cli --tool-path "$out/tool" --add-source "$out/packages" >"$out/install.log" 2>&1 \
    || { cat "$out/install.log" >&2; echo "cli-bench: dotnet tool install failed" >&2; exit 1; }
fi

pdfs=(samples/aanhangsel/*.pdf)
db="$out/archive.db"
"$native" ingest samples --db "$db" >/dev/null 2>&1 || true   # exit 1: a sample or two are not readable documents
query=Oeigoeren
fts="SELECT q.document_id, q.question_id, substr(q.text, 1, 100) FROM search JOIN questions q ON q.id = search.rowid
     WHERE search MATCH 'oeigoer' ORDER BY bm25(search) LIMIT 10"
shown=kst-35207-34

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
measure() { for _ in 1 2; do "$@" >/dev/null 2>&1; done; for _ in $(seq "$rounds"); do time_ms "$@"; done | median; }

pdftotext_all() { for f in "${pdfs[@]}"; do pdftotext "$f" -; done; }
[ "$("$native" parse "${pdfs[@]}" | head -c 1)" = "{" ] || { echo "cli-bench: the native parlqa did not parse" >&2; exit 1; }
[ "$("$tool" show "$shown" --db "$db" | head -c 1)" != "" ] || { echo "cli-bench: the installed tool did not show $shown" >&2; exit 1; }

declare -A ms
ms[parse_base]=$(measure pdftotext_all)
ms[search_base]=$(measure sqlite3 "$db" "$fts")
ms[show_base]=$(measure sqlite3 "$db" "SELECT json FROM documents WHERE id = '$shown'")
for form in native tool; do
  bin=${!form}
  ms[parse_$form]=$(measure "$bin" parse "${pdfs[@]}")
  ms[search_$form]=$(measure "$bin" search "$query" --db "$db")
  ms[show_$form]=$(measure "$bin" show "$shown" --db "$db")
done

echo "rounds: $rounds (medians, ms, whole processes); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-34s %9s %11s %9s %11s %9s\n' job baseline baseline "native AOT" ratio ".NET tool" ratio
row() {
  awk -v job="$1" -v what="$2" -v b="${ms[$1_base]}" -v n="${ms[$1_native]}" -v t="${ms[$1_tool]}" \
    'BEGIN { printf "%-8s %-34s %9d %11d %9.2f %11d %9.2f\n", job, what, b, n, n / b, t, t / b }'
}
row parse "pdftotext, 7 PDFs (7 processes)"
row search "sqlite3 FTS5 match, best 10"
row show "sqlite3 SELECT json"
