#!/usr/bin/env bash
# How well `chibo import` rebuilds real documents, scored by the team's
# eval_import.py (F1 of paragraphs, headings, footnote bodies and places,
# table cells, words; the front-matter facts matched) against the hand-made
# pages in content/guidance/:
#   1. the four seed documents (raw text as extracted from PDF and Word),
#      and what `chibo check` says of each page once written (--register);
#   2. round trips, each guidance page written out and imported back, scored
#      against itself: to .docx by pandoc; to TCVN3 8-bit text (the page's
#      Markdown, by Benchmarks/tcvn3-encode.py); to PDF, the built page
#      printed by headless Chromium;
#   3. speed: the 69 KB seed, best of 5, and a 31-page PDF, best of 3.
# pandoc and Chromium only make the fixtures here; chibo needs neither.
# Usage: Benchmarks/import.sh   (env: CHIBO=binary, SEEDS=dir, EVAL=eval_import.py)
set -euo pipefail
cd "$(dirname "$0")/.."
# Without CHIBO, the release build is brought up to date first, so that the
# figures are never a stale binary's.
[ -n "${CHIBO:-}" ] || swift build -c release --product chibo >/dev/null
CHIBO=${CHIBO:-.build/release/chibo}
SEEDS=${SEEDS:-../shared/seeds}
EVAL=${EVAL:-../shared/tools/eval_import.py}
[ -f "$EVAL" ] || { echo "eval_import.py not found (set EVAL=path)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

score() { # CANDIDATE GOLD: the eval's summary line
  { python3 "$EVAL" "$1" "$2" 0 || true; } | grep '^import:' | sed 's/^import: //'
}
pages() { find content/guidance -name '*.md' ! -name index.md | sort; }
best() { # N COMMAND...: the best wall time of N runs, in seconds
  local n=$1; shift; local b=999
  for _ in $(seq "$n"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  printf '%.3f' "$b"
}

echo "== seeds (raw text) against content/guidance"
while read -r seed gold; do
  [ -f "$SEEDS/$seed" ] || { echo "$seed: missing (set SEEDS=dir)"; continue; }
  "$CHIBO" import "$SEEDS/$seed" --dry-run >"$work/page.md" 2>/dev/null
  echo "$seed: $(score "$work/page.md" "content/guidance/$gold")"
done <Benchmarks/import-seeds.txt

echo "== seeds checked: imported with --register into a copy of content/ without the hand-made page"
while read -r seed gold; do
  [ -f "$SEEDS/$seed" ] || continue
  rm -rf "$work/content"; cp -r content "$work/content"; rm "$work/content/guidance/$gold"
  echo "$seed: $("$CHIBO" import "$SEEDS/$seed" --content "$work/content" --register 2>&1 | grep '^checked the new' || echo 'not written')"
done <Benchmarks/import-seeds.txt

echo "== round trip through .docx (pandoc)"
if command -v pandoc >/dev/null; then
  for page in $(pages); do
    pandoc -f markdown-smart "$page" -o "$work/page.docx"
    "$CHIBO" import "$work/page.docx" --dry-run >"$work/back.md" 2>/dev/null
    echo "$(basename "$page" .md): $(score "$work/back.md" "$page")"
  done
else
  echo "pandoc is not installed: sudo apt-get install pandoc"
fi

echo "== round trip through TCVN3 text (the page's Markdown, 8-bit)"
for page in $(pages); do
  awk 'n>=2{print} /^---$/{n++}' "$page" >"$work/body.md"
  python3 Benchmarks/tcvn3-encode.py "$work/body.md" "$work/tcvn3.md"
  "$CHIBO" import "$work/tcvn3.md" --dry-run >"$work/back.md" 2>/dev/null
  echo "$(basename "$page" .md): $(score "$work/back.md" "$page")"
done

echo "== round trip through PDF (built page printed by Chromium)"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
  "$CHIBO" build --content content --output "$work/site" >/dev/null 2>&1
  for page in $(pages); do
    html="$work/site/${page#content/}"; html="${html%.md}.html"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$work/$(basename "$page" .md).pdf" "file://$html" >/dev/null 2>&1
    "$CHIBO" import "$work/$(basename "$page" .md).pdf" --dry-run >"$work/back.md" 2>/dev/null
    echo "$(basename "$page" .md) ($(pdfinfo "$work/$(basename "$page" .md).pdf" | awk '/^Pages/{print $2}') pages): $(score "$work/back.md" "$page")"
  done
else
  echo "chromium is not installed: sudo apt-get install chromium"
fi

echo "== speed"
big="$SEEDS/002_297a610cd548984f.txt"
[ -f "$big" ] && echo "$(basename "$big") ($(wc -c <"$big") bytes): best of 5 $(best 5 "$CHIBO" import "$big" --dry-run) s"
pdfs=$(ls "$work"/de-an-*.pdf "$work"/bao-cao-*.pdf 2>/dev/null || true)
if [ -n "$pdfs" ] && command -v pdfunite >/dev/null; then
  pdfunite $pdfs "$work/long.pdf"
  echo "$(pdfinfo "$work/long.pdf" | awk '/^Pages/{print $2}')-page PDF: best of 3 $(best 3 "$CHIBO" import "$work/long.pdf" --dry-run) s"
fi
