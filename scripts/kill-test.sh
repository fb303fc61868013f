#!/usr/bin/env bash
# Kills `chibo build` with SIGKILL at several moments and checks that the
# output folder is never left half-written: after each kill it is exactly
# the previous site or exactly the new one, and the next build cleans up.
#
#     scripts/kill-test.sh CHIBO [PAGES=1500]
# Prints 'N passed, M failed'; exit 1 on any failure.
set -uo pipefail
chibo="$1"
pages="${2:-1500}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
python3 "$repo/Benchmarks/generate-content.py" --pages "$pages" --out "$work/corpus" --seed 3 --faults 0 >/dev/null
content="$work/corpus/content"
sums() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }

"$chibo" build --content "$content" --theme "$repo/theme" --output "$work/_site" 2>/dev/null || { echo "FAIL: first build"; exit 1; }
old=$(sums "$work/_site")
# The next build differs: one more page.
printf -- '---\ntitle: "Trang mới"\n---\nMột trang mới.\n' > "$content/guidance/trang-moi.md"
start=$(date +%s.%N)
"$chibo" build --content "$content" --theme "$repo/theme" --output "$work/new" 2>/dev/null
took=$(echo "$(date +%s.%N) - $start" | bc)
new=$(sums "$work/new")
rm -rf "$work/new"

# Kill at moments spread over one build's time, the last ones after it
# may have swapped the new site in.
for fraction in 0.02 0.15 0.35 0.55 0.75 0.9 0.97 1.05; do
  delay=$(echo "$took * $fraction" | bc -l | awk '{printf "%.2f", $1}')
  "$chibo" build --content "$content" --theme "$repo/theme" --output "$work/_site" 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  now=$(sums "$work/_site")
  if [ "$now" = "$old" ] || [ "$now" = "$new" ]; then
    passed=$((passed + 1))
    [ "$now" = "$new" ] && state=new || state=previous
    echo "ok: killed after ${delay}s: _site is the $state site, whole"
  else
    failed=$((failed + 1))
    echo "FAIL: killed after ${delay}s: _site is neither the previous nor the new site"
  fi
  # Put the previous site back for the next round.
  if [ "$now" = "$new" ]; then
    rm "$content/guidance/trang-moi.md"
    "$chibo" build --content "$content" --theme "$repo/theme" --output "$work/_site" 2>/dev/null
    printf -- '---\ntitle: "Trang mới"\n---\nMột trang mới.\n' > "$content/guidance/trang-moi.md"
  fi
done
# A later build finishes and leaves no staging folder behind.
"$chibo" build --content "$content" --theme "$repo/theme" --output "$work/_site" 2>/dev/null
if [ "$(sums "$work/_site")" = "$new" ] && [ -z "$(ls -A "$work" | grep -v -e '^_site$' -e '^corpus$')" ]; then
  passed=$((passed + 1)); echo "ok: the next build completes and leaves nothing beside _site"
else
  failed=$((failed + 1)); echo "FAIL: after the kills, the next build left: $(ls -A "$work")"
fi
echo "kill test: $passed passed, $failed failed"
[ "$failed" = 0 ]
