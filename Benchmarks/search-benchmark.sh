#!/usr/bin/env bash
# Measures search in headless Chromium, from disk: its relevance on the real
# content/ and its speed on a large generated site.
#
#     Benchmarks/search-benchmark.sh [PAGES=10000] [RUNS=5]
#
# Builds chibo in release and content/ with it, and runs
# Benchmarks/search-relevance.py: the share of the queries of
# Benchmarks/search-queries.tsv whose page comes first and in the top 3,
# and every miss (fails below 95 % first). Then it generates PAGES pages without faults
# (Benchmarks/generate-content.py), builds the site, and prints the site's
# bytes and the search index's share (from `chibo build`). Then
# Benchmarks/search-benchmark.py opens search.html?q=… from file:// in a
# fresh tab RUNS times per query and prints, per query, the median time from
# the page starting to load to the first result shown, the time the search
# itself took, and the bytes of index it loaded. Fails if any query's median
# time to the first result is 100 ms or more (LIMIT_MS to change).
set -euo pipefail

PAGES="${1:-${PAGES:-10000}}"
RUNS="${2:-${RUNS:-5}}"
OUT="${OUT:-/dev/shm/chibo-bench-search}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

swift build -c release --product chibo >/dev/null
chibo="$repo/.build/release/chibo"
cleanup() { if [[ "${KEEP:-0}" != "1" ]]; then rm -rf "$OUT"; fi; }
trap cleanup EXIT
rm -rf "$OUT"
mkdir -p "$OUT"
echo "== relevance on content/"
"$chibo" build --content content --output "$OUT/content-site" 2>&1 | tail -1
/usr/bin/python3 Benchmarks/search-relevance.py "$OUT/content-site"
python3 Benchmarks/generate-content.py --pages "$PAGES" --out "$OUT" --seed 1 --faults 0 >/dev/null
echo "== chibo build of $PAGES pages"
"$chibo" build --content "$OUT/content" --output "$OUT/_site" 2>&1 | tail -1
files=$(find "$OUT/_site/search" -type f | wc -l)
echo "search index: $files files"
/usr/bin/python3 Benchmarks/search-benchmark.py "$OUT/_site" "$RUNS"
