#!/usr/bin/env bash
# The release tarball runs on a bare system: extracted into an empty folder,
# its `chibo` runs `--version`, `new site`, `check`, `build` and `import` (a
# Word file, which goes through its XML reader) in a chroot that holds only
# that executable and the shared libraries `ldd` lists: no file of the Swift
# toolchain or of the build tree is there to lean on.
# Usage: scripts/test-release.sh [dist/chibo-VERSION-linux-x86_64.tar.gz]
# Needs root, or unprivileged user namespaces (unshare -r).
set -euo pipefail
# What follows reads chibo's English messages, whatever the locale of the machine.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
cd "$(dirname "$0")/.."
version=$(tr -d '[:space:]' < VERSION)
tarball=${1:-dist/chibo-$version-linux-x86_64.tar.gz}
[ -f "$tarball" ] || { echo "$tarball is missing: run scripts/release.sh first" >&2; exit 2; }
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

(cd "$(dirname "$tarball")" && sha256sum -c --quiet "$(basename "$tarball").sha256") || fail "the tarball does not match its .sha256"
mkdir "$work/unpacked" && tar -xzf "$tarball" -C "$work/unpacked"
binary=$(find "$work/unpacked" -type f -name chibo)
[ -n "$binary" ] && [ -x "$binary" ] || fail "no executable chibo in $tarball"
guide="$(dirname "$binary")/huong-dan"
[ -f "$guide/index.html" ] && [ -f "$guide/viec-hang-thang.html" ] || fail "no guide (huong-dan/index.html) beside chibo in $tarball"
echo "ok: the tarball holds the guide, huong-dan/index.html"

jail="$work/jail"
mkdir -p "$jail/tmp" "$jail/work"
cp "$binary" "$jail/chibo"
libraries=$(ldd "$binary" | grep -o '/[^ ]*' || true)
for library in $libraries; do
  mkdir -p "$jail$(dirname "$library")"
  cp -L "$library" "$jail$library"
done
echo "ok: the chroot holds chibo and what ldd lists: $(echo $libraries | tr ' ' '\n' | xargs -n1 basename | tr '\n' ' ')"

# A Word file to import: a zip of XML, made here without any of chibo's tools.
python3 - "$jail/work/huong-dan.docx" <<'PY'
import sys, zipfile
ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
body = ''.join(f'<w:p><w:r><w:t>{t}</w:t></w:r></w:p>' for t in [
    'HƯỚNG DẪN', 'về sinh hoạt chi bộ thôn',
    'Chi bộ sinh hoạt định kỳ mỗi tháng một lần, do đồng chí bí thư chủ trì.'])
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>')
PY

in_jail() {
  if [ "$(id -u)" = 0 ]; then chroot "$jail" "$@"; else unshare --user --map-root-user chroot "$jail" "$@"; fi
}
out=$(in_jail /chibo --version) || fail "--version: $out"
[[ "$out" == "chibo $version (cmark-gfm "* ]] || fail "--version printed: $out"
echo "ok: --version: $out"
in_jail /chibo new site /work/site >/dev/null || fail "new site"
echo "ok: new site"
out=$(in_jail /chibo check --content /work/site/content 2>&1) || fail "check: $out"
[[ "$out" == *"0 errors, 0 warnings"* ]] || fail "check said: $out"
echo "ok: check: $(echo "$out" | tail -1)"
in_jail /chibo import /work/huong-dan.docx --content /work/site/content >/dev/null 2>&1 || fail "import of a .docx"
grep -q '^title: "Hướng dẫn về sinh hoạt chi bộ thôn"$' "$jail/work/site/content/guidance/huong-dan-ve-sinh-hoat-chi-bo-thon.md" \
  || fail "the imported page is not as expected"
echo "ok: import of a .docx"
out=$(in_jail /chibo build --content /work/site/content --output /work/site/_site 2>&1) || fail "build: $out"
[ -f "$jail/work/site/_site/index.html" ] && [ -f "$jail/work/site/_site/assets/style.css" ] || fail "build wrote no site"
echo "ok: build: $(echo "$out" | tail -1)"
# Nothing else may have been needed: the chroot still holds only what was put there.
extra=$(cd "$jail" && find . -type f ! -path './work/*' ! -name chibo | grep -vxF -f <(echo "$libraries" | sed 's|^|.|') || true)
[ -z "$extra" ] || fail "files appeared in the chroot: $extra"
echo "ok: the release ran in a chroot holding only itself and $(echo $libraries | wc -w) system libraries"
