#!/usr/bin/env bash
# How well `chibo import` rebuilds real documents, scored by the team's
# eval_import.py (F1 of paragraphs, headings, footnotes, table cells, words,
# and the front-matter facts) against the hand-made pages in content/guidance/:
#   1. the four seed documents (raw text as extracted from PDF and Word);
#   2. round trips: every guidance page written to .docx by pandoc (only a
#      fixture generator here) and imported back, scored against itself;
#   3. speed: the 69 KB seed imported, best of 5.
# Usage: Benchmarks/import.sh   (env: CHIBO=binary, SEEDS=dir, EVAL=eval_import.py)
set -euo pipefail
cd "$(dirname "$0")/.."
CHIBO=${CHIBO:-.build/release/chibo}
SEEDS=${SEEDS:-../shared/seeds}
EVAL=${EVAL:-../shared/tools/eval_import.py}
[ -x "$CHIBO" ] || swift build -c release --product chibo >/dev/null
[ -f "$EVAL" ] || { echo "eval_import.py not found (set EVAL=path)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "== seeds (raw text) against content/guidance"
while read -r seed gold; do
  [ -f "$SEEDS/$seed" ] || { echo "$seed: missing (set SEEDS=dir)"; continue; }
  "$CHIBO" import "$SEEDS/$seed" --dry-run >"$work/page.md" 2>/dev/null
  printf '%s: ' "$seed"; { python3 "$EVAL" "$work/page.md" "content/guidance/$gold" 0 || true; } | grep '^import:' | sed 's/^import: //'
done <Benchmarks/import-seeds.txt

echo "== round trip through .docx (pandoc)"
if command -v pandoc >/dev/null; then
  for page in content/guidance/*/*.md; do
    [ "$(basename "$page")" = index.md ] && continue
    pandoc -f markdown-smart "$page" -o "$work/page.docx"
    "$CHIBO" import "$work/page.docx" --dry-run >"$work/back.md" 2>/dev/null
    printf '%s: ' "$(basename "$page" .md)"; { python3 "$EVAL" "$work/back.md" "$page" 0 || true; } | grep '^import:' | sed 's/^import: //'
  done
else
  echo "pandoc is not installed: sudo apt-get install pandoc"
fi

echo "== speed"
big="$SEEDS/002_297a610cd548984f.txt"
if [ -f "$big" ]; then
  best=999
  for _ in 1 2 3 4 5; do
    start=$(date +%s.%N); "$CHIBO" import "$big" --dry-run >/dev/null 2>&1; end=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $end - $start))")
  done
  printf '%s (%s bytes): best of 5 %.3f s\n' "$(basename "$big")" "$(wc -c <"$big")" "$best"
fi
