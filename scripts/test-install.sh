#!/usr/bin/env bash
# What a new user does first, tested: scripts/install.sh puts chibo in a
# folder (and says when that folder is not on PATH) and the guide in
# PREFIX/share/doc/chibo/huong-dan; the installed chibo,
# run outside this repository, makes a site with `new site` that checks
# clean and builds with the theme built in (the site has no theme/ folder);
# `new site` refuses a folder that holds anything.
set -euo pipefail
# The checks below read chibo's English messages; a Vietnamese locale is asked for where it is tested.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
cd "$(dirname "$0")/.."
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

out=$(PATH="/usr/bin:/bin:$(dirname "$(command -v swift)")" scripts/install.sh "$work/prefix" 2>&1) || fail "install.sh: $out"
[ -x "$work/prefix/bin/chibo" ] || fail "install.sh put no chibo in $work/prefix/bin"
[[ "$out" == *"installed chibo $(tr -d '[:space:]' < VERSION) "* ]] || fail "install.sh did not say what it installed: $out"
[[ "$out" == *"is not on your PATH"* ]] || fail "install.sh did not warn that $work/prefix/bin is not on PATH"
echo "ok: install.sh installed $work/prefix/bin/chibo and warned that the folder is not on PATH"
guide="$work/prefix/share/doc/chibo/huong-dan"
[ -f "$guide/index.html" ] && [ -f "$guide/viec-hang-thang.html" ] || fail "install.sh built no guide in $guide"
[[ "$out" == *"$guide/index.html"* ]] || fail "install.sh did not say where the guide went: $out"
echo "ok: install.sh built the guide into $guide and said so"

chibo="$work/prefix/bin/chibo"
cd "$work"
"$chibo" new site tai-lieu >/dev/null || fail "new site"
cd tai-lieu
[ ! -e theme ] || fail "new site made a theme/ folder"
out=$("$chibo" check 2>&1) || fail "check: $out"
[[ "$out" == *"0 errors, 0 warnings"* ]] || fail "check on a new site: $out"
out=$("$chibo" build 2>&1) || fail "build: $out"
[ -f _site/index.html ] && [ -f _site/guidance/trang-mau.html ] && [ -f _site/assets/style.css ] || fail "build wrote no site"
echo "ok: the installed chibo makes a new site that checks clean and builds with no theme/ folder"
port=$((20000 + RANDOM % 20000))
"$chibo" serve --port "$port" --output "$work/preview" >"$work/serve.log" 2>&1 &
server=$!
served=""
for _ in $(seq 50); do
  served=$(curl -s "http://127.0.0.1:$port/assets/style.css" || true)
  [ -n "$served" ] && break
  sleep 0.2
done
kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
[[ "$served" == *"chibo default theme"* ]] || fail "serve did not serve the built-in theme: $(cat "$work/serve.log")"
echo "ok: the installed chibo serves the new site with the built-in theme"

# exit_code COMMAND...: its exit code, whatever it is.
exit_code() { local code=0; "$@" >/dev/null 2>"$work/err" || code=$?; echo "$code"; }

cd "$work"
[ "$(exit_code "$chibo" new site tai-lieu)" = 2 ] || fail "new site into a folder with files: not refused with exit 2"
grep -q "is not empty" "$work/err" || fail "the refusal does not say why: $(cat "$work/err")"
echo "ok: new site refuses a folder that holds anything (exit 2)"
"$chibo" theme export "$work/tai-lieu/theme" >/dev/null || fail "theme export"
echo "/* của biên tập viên */" > "$work/tai-lieu/theme/assets/style.css"
[ "$(exit_code "$chibo" theme export "$work/tai-lieu/theme")" = 2 ] || fail "theme export over existing files: not refused with exit 2"
[ "$(cat "$work/tai-lieu/theme/assets/style.css")" = "/* của biên tập viên */" ] || fail "theme export overwrote a file"
echo "ok: theme export writes the theme, and refuses to write over it (exit 2)"
cd "$work/tai-lieu"
printf '<main>\n{{#body}}\n</main>\n' > theme/templates/page.mustache
before=$(cat _site/index.html)
[ "$(exit_code "$chibo" build)" = 2 ] || fail "a broken template of the site's theme: build did not exit 2"
grep -q "theme/templates/page.mustache:2:1: error" "$work/err" || fail "the broken template is not named at its line: $(cat "$work/err")"
[ "$(cat _site/index.html)" = "$before" ] || fail "the site built before was not kept"
echo "ok: a broken template of the site's theme is named at its line, exit 2, the site built before kept"
page="$guide/ma-loi/theme.template.html"
grep -q "see: $page" "$work/err" || fail "the finding does not point at its page of the installed guide: $(cat "$work/err")"
[ -f "$page" ] || fail "the page the finding points at, $page, is not installed"
LANG=vi_VN.UTF-8 "$chibo" build >/dev/null 2>"$work/err" || true
grep -q "theme/templates/page.mustache:2:1: lỗi: " "$work/err" && grep -q "xem: $page" "$work/err" \
  || fail "in a Vietnamese terminal the finding is not in Vietnamese with its page: $(cat "$work/err")"
echo "ok: each finding names its page of the installed guide, in English and in Vietnamese"
