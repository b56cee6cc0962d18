#!/usr/bin/env bash
# parlqa sync against a local feed (issue 13): CASES generated written-question cases (default 10,000) with their
# documents and real files from samples/ (Aanhangsel PDFs, Word letters; questions and delay notices as text), served
# by the bench's `feed` mode on 127.0.0.1 in pages of 250 entries. REPEATS first syncs, each into a new SQLite archive,
# timed with GNU time (peak memory of the parlqa process alone; user+system CPU seconds, which a loaded machine
# stretches less than the wall clock), then a second run with nothing new. Prints each run's summary and the medians:
# entities/s = entities ÷ the feed part; files/s = files read ÷ the files-and-documents part.
#   bench/sync-bench.sh [CASES] [JOBS] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000}
jobs=${2:-2}
repeats=${3:-1}
port=5195
db=/tmp/parlqa-sync-bench-$cases.db
log=/tmp/parlqa-sync-bench-runs.tsv
dotnet build -c Release bench/ParlQA.Bench >/dev/null
dotnet publish -c Release src/ParlQA.Cli -o /tmp/parlqa-sync-bin >/dev/null
dotnet bench/ParlQA.Bench/bin/Release/net10.0/ParlQA.Bench.dll feed "$cases" "$port" >/tmp/parlqa-sync-feed.log 2>&1 &
feed_server=$!
trap 'kill $feed_server 2>/dev/null || true; wait $feed_server 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q serves /tmp/parlqa-sync-feed.log 2>/dev/null && break; sleep 0.5; done
cat /tmp/parlqa-sync-feed.log
grep -q serves /tmp/parlqa-sync-feed.log || { echo "sync-bench: the local feed did not start" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
: >"$log"
for run in $(seq 1 "$repeats"); do
  echo "== first sync, run $run of $repeats"
  rm -f "$db" "$db-wal" "$db-shm"
  /usr/bin/time -o /tmp/parlqa-sync-time -f "%M %e %U %S" /tmp/parlqa-sync-bin/parlqa sync --origin "http://127.0.0.1:$port" --db "$db" --jobs "$jobs" >/tmp/parlqa-sync-out
  grep -v '^kv-tk\|^ah-tk\|^kst-' /tmp/parlqa-sync-out
  read -r kb wall user sys </tmp/parlqa-sync-time
  entities=$(awk '/entities$/ {gsub(",", "", $4); n += $4} END {print n}' /tmp/parlqa-sync-out)
  read -r files feed docs < <(sed -n 's/.* \([0-9]*\) files read,.*(\([0-9.]*\) s feed, \([0-9.]*\) s files and documents)$/\1 \2 \3/p' /tmp/parlqa-sync-out)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$wall" "$(echo "$user + $sys" | bc)" "$feed" "$docs" "$entities" "$files" "$kb" \
    "$(echo "scale=1; $entities / $feed" | bc)" >>"$log"
  echo "peak memory $kb kB, $wall s wall, $user s user, $sys s system"
done
echo "== medians of $repeats first syncs of $cases cases (--jobs $jobs)"
median() { cut -f"$1" "$log" | sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
wall=$(median 1); cpu=$(median 2); feed=$(median 3); docs=$(median 4); entities=$(median 5); files=$(median 6); kb=$(median 7)
echo "wall $wall s (feed $feed s, files and documents $docs s), CPU $cpu s, peak memory $kb kB"
echo "entities/s $(echo "scale=0; $entities / $feed" | bc) (feed part), files/s $(echo "scale=1; $files / $docs" | bc) (files part), CPU s per file $(echo "scale=4; $cpu / $files" | bc)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== second sync (nothing new)"
/usr/bin/time -f "peak memory %M kB, %e s wall" /tmp/parlqa-sync-bin/parlqa sync --origin "http://127.0.0.1:$port" --db "$db" --jobs "$jobs" | tail -n +9 | grep -v '^kv-tk\|^ah-tk\|^kst-'
ls -l "$db" | awk '{print "archive: " $5 " bytes"}'
