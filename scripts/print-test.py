#!/usr/bin/python3
"""Prints a monthly pack of a built site to PDF with headless Chromium, as
a commune office would before handing it to hamlet cells, and checks the
paper: every page A4, the month's header with the type on page 1, the
common part, the type's part and the cited directives, page numbers at the
foot of every page, and nothing of the screen's navigation.

Usage: /usr/bin/python3 scripts/print-test.py _site/packs/2026-12/xom-to-dan-pho.html
Needs chromium and poppler-utils (pdfinfo, pdftotext). Prints 'N passed,
M failed' and exits 1 on any failure.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

from tally import Tally

page = pathlib.Path(sys.argv[1]).resolve()
tally = Tally()
check = tally.check


with tempfile.TemporaryDirectory() as work:
    pdf = pathlib.Path(work) / "pack.pdf"
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True, capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    check(len(sizes) > 0, "pdfinfo lists no page")
    for number, (width, height) in enumerate(sizes, 1):
        # A4 is 595.28 x 841.89 pt; Chromium rounds to whole pixels.
        check(abs(float(width) - 595.3) < 1.5 and abs(float(height) - 841.9) < 1.5,
              f"page {number} is {width} x {height} pt, not A4 portrait")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    check(len(pages) == len(sizes), f"{len(pages)} pages of text for {len(sizes)} pages")
    first = pages[0] if pages else ""
    html = page.read_text(encoding="utf-8")
    heading = re.search(r'<p class="pack-kicker">([^<]+)</p>', html)
    check(heading is not None, "the pack has no month header")
    if heading:
        check(heading.group(1).upper() in first.upper(), f"page 1 lacks the header “{heading.group(1)}”")
    type_name = re.search(r"<h1>(?:<a [^>]+>)?([^<]+)", html)
    if type_name:
        check(type_name.group(1) in " ".join(first.split()), f"page 1 lacks the type “{type_name.group(1)}”")
    flat = " ".join(text.split())
    for part in ["Phần chung", "Phần dành cho", "Văn bản được trích dẫn"]:
        check(part in flat, f"the printed pack lacks “{part}”")
    for screen_only in ["Bỏ qua, đến nội dung chính", "Tra cứu", "Trang chủ", "Các loại hình khác trong tháng"]:
        check(screen_only not in flat, f"the printed pack shows the screen's “{screen_only}”")
    for number, text_of_page in enumerate(pages, 1):
        lines = [line.strip() for line in text_of_page.strip().split("\n") if line.strip()]
        check(bool(lines) and lines[-1] == str(number), f"page {number} does not end with its number")

tally.finish("", f" ({len(sizes)} A4 pages)")
