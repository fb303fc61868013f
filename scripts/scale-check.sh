#!/usr/bin/env bash
# A quick scale check until the full benchmark harness exists: replicates
# the real guidance pages of content/ (all but the large seed 002 page) into
# N pages under /dev/shm (tmpfs: ext4 here is noisy), each with a relative
# link, then times a release `chibo build` with 1 and 2 jobs, `chibo check`,
# and the cmark-gfm CLI over the same Markdown (the parsing floor).
#   scripts/scale-check.sh [N=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=/dev/shm/chibo-scale
rm -rf "$work" && mkdir -p "$work"
swift build -c release --product chibo >/dev/null
python3 - "$n" "$work/content/guidance" <<'PY'
import pathlib, sys
n, root = int(sys.argv[1]), pathlib.Path(sys.argv[2])
pages = sorted(p for p in pathlib.Path("content/guidance").rglob("*.md")
               if p.name != "index.md" and "cao-bang" not in p.parts)
texts = [p.read_text() for p in pages]
for i in range(n):
    folder = root / f"d{i // 100:04}"
    folder.mkdir(parents=True, exist_ok=True)
    link = f"\n\nXem [trang sau](p{(i + 1) % 100:03}.md).\n"
    (folder / f"p{i % 100:03}.md").write_text(texts[i % len(texts)] + link)
PY
cp -r theme "$work/theme"
cp -r content/directives "$work/content/directives"
cd "$work"
bytes=$(find content -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "$n pages, $((bytes / 1024 / 1024)) MiB of Markdown"
for jobs in 1 2; do
  /usr/bin/time -f "chibo build --jobs $jobs: %e s, max RSS %M KB" "$OLDPWD/.build/release/chibo" build --jobs "$jobs" 2>&1 >/dev/null | tail -1
done
/usr/bin/time -f "chibo check --jobs 2: %e s" "$OLDPWD/.build/release/chibo" check --jobs 2 2>&1 >/dev/null | tail -1
/usr/bin/time -f "cmark-gfm CLI (floor): %e s" sh -c \
  "find content -name '*.md' -print0 | xargs -0 -n 500 cmark-gfm -e table -e strikethrough -e autolink -e footnotes >/dev/null" 2>&1 | tail -1
echo "site: $(du -sb _site | cut -f1) bytes"
[ -n "${KEEP:-}" ] || rm -rf "$work"
