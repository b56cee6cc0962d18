#!/usr/bin/env bash
# parlqa sync against a local feed (issue 13): CASES generated written-question cases (default 10,000) with their
# documents and real files from samples/ (Aanhangsel PDFs, Word letters; questions and delay notices as text), served
# by the bench's `feed` mode on 127.0.0.1 in pages of 250 entries. Times a first sync into a new SQLite archive with
# GNU time (peak memory of the parlqa process alone), then a second run with nothing new. Prints the sync's summary:
# entities/s = entities ÷ the feed part; files/s = files read ÷ the files-and-documents part.
#   bench/sync-bench.sh [CASES] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000}
jobs=${2:-2}
port=5195
db=/tmp/parlqa-sync-bench-$cases.db
rm -f "$db" "$db-wal" "$db-shm"
dotnet build -c Release bench/ParlQA.Bench >/dev/null
dotnet publish -c Release src/ParlQA.Cli -o /tmp/parlqa-sync-bin >/dev/null
dotnet bench/ParlQA.Bench/bin/Release/net10.0/ParlQA.Bench.dll feed "$cases" "$port" >/tmp/parlqa-sync-feed.log 2>&1 &
feed=$!
trap 'kill $feed 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q serves /tmp/parlqa-sync-feed.log 2>/dev/null && break; sleep 0.5; done
cat /tmp/parlqa-sync-feed.log
echo "== first sync"
/usr/bin/time -f "peak memory %M kB, %e s wall, %U s user, %S s system" /tmp/parlqa-sync-bin/parlqa sync --origin "http://127.0.0.1:$port" --db "$db" --jobs "$jobs" | grep -v '^kv-tk\|^ah-tk\|^kst-'
echo "== second sync (nothing new)"
/usr/bin/time -f "peak memory %M kB, %e s wall" /tmp/parlqa-sync-bin/parlqa sync --origin "http://127.0.0.1:$port" --db "$db" --jobs "$jobs" | tail -n +9 | grep -v '^kv-tk\|^ah-tk\|^kst-'
ls -l "$db" | awk '{print "archive: " $5 " bytes"}'
