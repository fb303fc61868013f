#!/usr/bin/env bash
# Makes sure what chibo builds against is installed: Swift 6, the system
# library cmark-gfm with its extensions, the mimalloc allocator, and
# poppler-utils, which `chibo import` reads PDF files with (Debian packages).
# Installs the Debian packages when it can (root, or sudo without a
# password); otherwise says exactly what to run.
# `--optional` also installs what `chibo import` can do without: LibreOffice
# (old .doc files) and tesseract with Vietnamese (scanned PDFs), and what the
# shipping tests use: python3-venv (pre-commit for the hook's test), the
# static libraries of the release (libxml2, ICU, liblzma). CI uses it, so
# that the tests of those paths run instead of being skipped.
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config zlib1g-dev poppler-utils)
if [ "${1:-}" = "--optional" ]; then
  packages+=(libreoffice-writer-nogui tesseract-ocr tesseract-ocr-vie python3-venv libxml2-dev libicu-dev liblzma-dev)
fi

# Optional: chibo import says when it needs them and names the package.
optional_note() {
  command -v soffice >/dev/null 2>&1 || echo "Optional: to import old Word .doc files, install LibreOffice: sudo apt-get install libreoffice-writer" >&2
  command -v tesseract >/dev/null 2>&1 || echo "Optional: to import scanned PDFs (OCR), install: sudo apt-get install tesseract-ocr-vie" >&2
}

if ! command -v swift >/dev/null 2>&1; then
  echo "chibo needs Swift 6 (swift.org/install); 'swift' is not on PATH." >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  [ -n "${CHIBO_SETUP_QUIET:-}" ] || optional_note
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Cannot install them from here. Run:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 2
fi
