#!/bin/sh
# Makes the PDF fixtures of PDFReaderTests from the HTML beside them.
# Needs Debian's chromium, qpdf, poppler-utils and img2pdf. The PDFs are
# committed: fonts differ between machines, so output may differ slightly.
set -eu
cd "$(dirname "$0")"
for html in */source.html; do
    case=$(dirname "$html")
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$PWD/$case/document.pdf" "file://$PWD/$html" 2>/dev/null
done
# Encrypted: one needs a password to open, one opens but forbids copying text.
qpdf --encrypt secret owner 256 -- heading/document.pdf encrypted/needs-password.pdf
qpdf --encrypt '' owner 256 --extract=n -- heading/document.pdf encrypted/no-copying.pdf
# A scan: the pages as pictures, no text layer (1-bit, to stay small).
pdftoppm -r 200 -mono -f 1 -l 1 scan/document.pdf scan/page
img2pdf --pagesize A4 -o scan/scanned.pdf scan/page*.pbm >/dev/null 2>&1 || {
    pnmtopng scan/page*.pbm > scan/page.png && img2pdf --pagesize A4 -o scan/scanned.pdf scan/page.png
}
rm -f scan/page* scan/document.pdf
