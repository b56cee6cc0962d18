#!/usr/bin/env bash
# The web app under load (issue 5): wrk against `parlqa serve` over a generated archive of PAIRS question-answer
# pairs (default 100,000), on this machine — server and wrk share its cores. Reports requests/s and latency
# percentiles for a document page and for the search API (queries rotate over a fixed set).
#   bench/web-wrk.sh [PAIRS] [SECONDS]
# Needs wrk (apt-get install wrk). The archive is kept in /tmp between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-100000}
seconds=${2:-20}
db=/tmp/parlqa-wrk-$pairs.db
port=5190
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }

if [ ! -f "$db" ]; then
  dotnet run -c Release --project bench/ParlQA.Bench -- generate "$pairs" "$db"
fi
dotnet publish -c Release src/ParlQA.Cli -o /tmp/parlqa-wrk-bin >/dev/null
/tmp/parlqa-wrk-bin/parlqa serve --db "$db" --urls "http://127.0.0.1:$port" --searches-per-minute 0 >/tmp/parlqa-wrk-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done

script=$(mktemp --suffix=.lua)
cat >"$script" <<'LUA'
local queries = { "mensenrechten", "Tibet", "schending", "%22politieke%20gevangenen%22", "sancties", "kabinet%20answered:yes",
  "gemeenten", "geinformeerd", "Tibet%20OR%20Xinjiang", "onderzoek%20kind:written-questions" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(i % #queries) + 1] .. "&limit=10")
end
LUA

run() { # name, wrk arguments…
  local name=$1; shift
  curl -sf "${@: -1}" >/dev/null  # warm up (JIT, caches)
  wrk -t2 -c16 -d5s "$@" >/dev/null
  local out; out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$@")
  printf '%-16s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

echo "archive: $db ($pairs generated pairs + samples); wrk -t2 -c16, ${seconds}s per endpoint"
run "document page" "http://127.0.0.1:$port/d/kst-35207-34"
run "document JSON" "http://127.0.0.1:$port/api/v1/documents/kst-35207-34"
run "search API" -s "$script" "http://127.0.0.1:$port/api/v1/search?q=Tibet"
rm -f "$script"
