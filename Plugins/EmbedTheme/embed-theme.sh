#!/bin/sh
# Writes a Swift file holding every file of a theme folder (base64, so any
# byte survives the trip through a string literal) and chibo's version:
#   embed-theme.sh THEME_DIR VERSION_FILE OUTPUT.swift
# Run by the EmbedTheme build plugin with the system's sh, not a tool built
# from Swift: a tool of the package would be built with the flags of the
# build (the fuzzers' sanitizers), which a host tool cannot link with.
set -eu
theme=$1 version_file=$2 output=$3

version=$(tr -d ' \t\r\n' < "$version_file")
case $version in
  '' | *[!0-9A-Za-z.+-]*) echo "$version_file: one version is expected, such as 0.1.0" >&2; exit 1 ;;
esac
files=$(cd "$theme" && find . -type f ! -path '*/.*' | LC_ALL=C sort)
[ -n "$files" ] || { echo "$theme: no theme files found" >&2; exit 1; }
if printf '%s\n' "$files" | grep -q '["\\]'; then
  echo "$theme: a theme file's name holds \" or \\, which chibo cannot compile in" >&2
  exit 1
fi

tmp="$output.tmp"
{
  printf '// Generated from theme/ and VERSION by Plugins/EmbedTheme/embed-theme.sh\n'
  printf '// when chibo is built. Edit theme/, never this file.\n\n'
  printf 'extension ChiboVersion {\n    static let written = "%s"\n}\n\n' "$version"
  printf 'extension BuiltInTheme {\n    static let encodedFiles: [(path: String, base64: String)] = [\n'
  printf '%s\n' "$files" | while IFS= read -r path; do
    path=${path#./}
    printf '        ("%s", "%s"),\n' "$path" "$(base64 < "$theme/$path" | tr -d '\n')"
  done
  printf '    ]\n}\n'
} > "$tmp"
# Unchanged output keeps its date, so nothing that depends on it is rebuilt.
if cmp -s "$tmp" "$output"; then rm -f "$tmp"; else mv -f "$tmp" "$output"; fi
