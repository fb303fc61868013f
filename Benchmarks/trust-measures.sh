#!/usr/bin/env bash
# The figures of issue 25 for one chibo binary, to run on the code before a
# change and after it:
#
#     Benchmarks/trust-measures.sh [CHIBO] [SEEDS]
#
# CHIBO: the binary (default .build/release/chibo). SEEDS: a folder of raw
# source documents (*.txt), each made a guidance page (default ../shared/seeds
# when it exists). Prints, for each content set:
#   - text.encoding findings (item 2): on content/, on the seeds, on the
#     legacy-encoding fixture (TCVN3, VNI, Windows-1258 pages and a French one);
#   - the hints given for nine planted faults on a copy of content/ (item 5):
#     unknown citations (nothing like it; digits swapped against an entry of
#     the same date), an issuer-code slip, a date a day off, missing anchors
#     and a missing file. Whether each hint is right is for the reader: the
#     expected answer is printed beside it.
# Item 8 (words across blocks) is SearchWordBoundaryTests, which prints the
# count when it fails.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chibo="${1:-$repo/.build/release/chibo}"
seeds="${2:-$repo/../shared/seeds}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

count() { "$chibo" check --content "$1" 2>&1 | grep -c "\[$2\]$" || true; }

echo "chibo: $chibo"
echo "== item 2: text.encoding findings"
echo "content/:                  $(count "$repo/content" text.encoding)"
if [[ -d "$seeds" ]]; then
    cp -r "$repo/content" "$work/seeds"
    mkdir -p "$work/seeds/guidance/seeds"
    for f in "$seeds"/*.txt; do
        name="$(basename "$f" .txt)"
        { printf -- '---\ntitle: "Seed %s"\n---\n\n' "$name"; cat "$f"; } > "$work/seeds/guidance/seeds/s$name.md"
    done
    echo "content/ with the seeds:   $(count "$work/seeds" text.encoding)"
fi
legacy="$repo/Tests/ChiboKitTests/Fixtures/check/legacy-encoding/content"
echo "legacy-encoding fixture:   $(count "$legacy" text.encoding) (30 blocks are legacy-encoded; francais.md none)"
"$chibo" check --content "$legacy" 2>&1 | grep "francais.md" || echo "  francais.md: no finding"

echo "== item 5: hints for planted faults"
cp -r "$repo/content" "$work/plant"
de_an="cao-bang/de-an-03-da-tu-nang-cao-chat-luong-sinh-hoat-chi-bo-2026-2030.md"
cat > "$work/plant/guidance/thu-nghiem.md" <<PAGE
---
title: "Trang thử lỗi"
---

Theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo tư tưởng.

Thực hiện Kết luận số 12-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương.

Căn cứ Hướng dẫn số 24-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương.

Theo Hướng dẫn số 10-HD/BTCT, ngày 10/10/2007 của Ban Tổ chức Trung ương.

Theo Hướng dẫn số 10-HD/BTCTW, ngày 11/10/2007 của Ban Tổ chức Trung ương.

Xem [phần thứ tư]($de_an#phan-thu-tu) và [đề án](de-an-03.md) và [phần ba]($de_an#muc-tieu).
PAGE
printf '\nXem [căn cứ](#chung-can-cu-2) của phần chung.\n' >> "$work/plant/packs/2026-12/xom-to-dan-pho.md"
cat <<'EXPECTED'
expected: 05-CT/TW → the command that registers it; 12-KL/TW → 21-KL/TW; 24-HD/BTCTW → 42-HD/BTCTW;
          10-HD/BTCT → 10-HD/BTCTW; 11/10/2007 → 10/10/2007; #phan-thu-tu → #phan-thu-tu-nhiem-vu-giai-phap-chu-yeu;
          de-an-03.md → the Đề án's file; #muc-tieu → #1-muc-tieu; #chung-can-cu-2 → #chung-can-cu
EXPECTED
"$chibo" check --content "$work/plant" 2>&1 | grep -A1 -E "(thu-nghiem|xom-to-dan-pho)\.md:[0-9]+:[0-9]+: error" | grep -v "^--" \
    | sed -e "s|$work/plant/||g" || true
