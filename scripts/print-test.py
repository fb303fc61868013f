#!/usr/bin/python3
"""Prints every monthly pack, every guidance page and the statistics page
of a built site to PDF with headless Chromium, as an office would before
handing them out, and measures the paper:

- every page is A4 (portrait, or landscape for a wide table);
- the body text is the site's size (13 pt) on every page that holds text,
  whatever the tables (Chromium shrinks a whole document to its widest
  table unless the theme prevents it);
- a document with a Party document's header (Hướng dẫn 36-HD/VPTW) prints
  it side by side on page 1: the issuing body and its number in the left
  half, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date in the right half,
  the kind and title centred; the signature in the right half and
  "Nơi nhận:" in the left half, in smaller type;
- page numbers at the foot, on the right;
- nothing of the screen: navigation, heading anchors, footnote back-arrows,
  "Được trích dẫn tại", source line numbers;
- a pack's type part does not start a page of its own; the statistics
  table's totals row prints once and page 1 is not almost blank.

Usage: /usr/bin/python3 scripts/print-test.py SITE [--json OUT] [--before BEFORE.json]
With --json, writes the figures (pages, blank pages, body sizes) of each
document; with --before, prints them beside an earlier run's. Prints
'N passed, M failed' and exits 1 on any failure. Needs chromium,
chromium-driver, python3-selenium and poppler-utils (pdftohtml).
"""
import base64
import html as htmlparser
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from tally import Tally, chromium

BODY_POINTS = 13.0
# pdftohtml -xml gives positions and font sizes in thirds of a point.
SCALE = 3.0
# A page with less text than this is a tail (a signature, a last line):
# it is counted, but its few words do not say what size the body prints at.
TEXT_OF_A_PAGE = 200

args = sys.argv[1:]
site = pathlib.Path(args[0]).resolve()
json_out = args[args.index("--json") + 1] if "--json" in args else None
before = json.loads(pathlib.Path(args[args.index("--before") + 1]).read_text()) if "--before" in args else {}
tally = Tally()
check = tally.check


def documents():
    packs = [p for p in sorted(site.glob("packs/*/*.html")) if p.name != "index.html"]
    guidance = [p for p in sorted(site.glob("guidance/**/*.html")) if p.name != "index.html"]
    stats = [site / "stats.html"] if (site / "stats.html").exists() else []
    return packs + guidance + stats


class Text:
    def __init__(self, element, size):
        self.top = float(element.get("top")) / SCALE
        self.left = float(element.get("left")) / SCALE
        self.width = float(element.get("width")) / SCALE
        self.height = float(element.get("height")) / SCALE
        self.size = size
        self.text = "".join(element.itertext())

    @property
    def centre(self):
        return self.left + self.width / 2


class Paper:
    """A printed PDF as pages of positioned text, from pdftohtml -xml."""

    def __init__(self, pdf):
        xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", "3", "-stdout", str(pdf)],
                             check=True, capture_output=True, text=True).stdout
        root = ElementTree.fromstring(xml.encode("utf-8"))
        sizes = {}
        self.pages = []
        for page in root.iter("page"):
            for spec in page.iter("fontspec"):
                sizes[spec.get("id")] = float(spec.get("size")) / SCALE
            texts = [Text(t, sizes[t.get("font")]) for t in page.iter("text")]
            self.pages.append({"width": float(page.get("width")) / SCALE,
                               "height": float(page.get("height")) / SCALE, "texts": texts})

    @staticmethod
    def lines(page):
        """Texts on one baseline joined, top to bottom: pdftohtml cuts a
        line wherever the font changes (a bold word, a fallback glyph)."""
        rows = {}
        for t in sorted(page["texts"], key=lambda t: (round(t.top), t.left)):
            key = next((k for k in rows if abs(k - t.top) < 2), t.top)
            rows.setdefault(key, []).append(t)
        return [(top, sorted(items, key=lambda t: t.left)) for top, items in sorted(rows.items())]

    @staticmethod
    def body_size(page):
        counts = {}
        for t in page["texts"]:
            counts[round(t.size, 1)] = counts.get(round(t.size, 1), 0) + len(t.text.strip())
        return max(counts, key=counts.get) if counts else None

    def find(self, words, page_number=None):
        """The first place `words` print (spaces and case ignored): its page
        number, page, top, and the left and right of the shortest run of
        texts on one line that holds them."""
        wanted = squeeze(words)
        for number, page in enumerate(self.pages, 1):
            if page_number and number != page_number:
                continue
            for top, items in self.lines(page):
                if wanted not in squeeze("".join(t.text for t in items)):
                    continue
                best = None
                for first in range(len(items)):
                    for last in range(first, len(items)):
                        if wanted in squeeze("".join(t.text for t in items[first:last + 1])):
                            if best is None or last - first < best[1] - best[0]:
                                best = (first, last)
                            break
                run = [t for t in items[best[0]:best[1] + 1] if t.text.strip()]
                return number, page, top, min(t.left for t in run), max(t.left + t.width for t in run)
        return None


def line_text(items):
    """A line's texts joined, with a space where a gap parts two of them
    (table cells): pdftohtml cuts words where the font changes too."""
    text, end = "", None
    for t in items:
        if end is not None and t.left - end > 1.0 and not text.endswith(" "):
            text += " "
        text += t.text
        end = t.left + t.width
    return text


def squeeze(text):
    return re.sub(r"\s+", "", text).upper()


def header_parts(html):
    """What the page's print header holds, read from its HTML."""
    block = re.search(r'<header class="doc-header[^"]*"(.*?)</header>', html, re.S)
    if not block:
        return None
    def texts(css):
        return [htmlparser.unescape(re.sub(r"<[^>]+>", "", m)).strip()
                for m in re.findall(rf'class="{css}"[^>]*>(.*?)</', block.group(1), re.S)]
    return {"issuer": texts("doc-issuer-line"), "number": texts("doc-number"),
            "party": texts("doc-party"), "date": texts("doc-place-date"),
            "kind": texts("doc-kind"), "title": texts("doc-title")}


def check_header(name, html, paper):
    parts = header_parts(html)
    check(parts is not None, f"{name}: no Party document header (doc-header) to print")
    if not parts:
        return
    first = paper.pages[0]
    middle = first["width"] / 2

    def place(words, side):
        found = paper.find(words, 1)
        check(found is not None, f"{name}: page 1 lacks “{words}”")
        if not found:
            return None
        _, page, top, left, right = found
        if side == "centre":
            # A centred line is centred as a whole, whatever part of it was looked for.
            items = next(items for line_top, items in paper.lines(page) if line_top == top)
            left, right = min(t.left for t in items), max(t.left + t.width for t in items)
        where = {"left": right <= middle + 1, "right": left >= middle - 1,
                 "centre": abs((left + right) / 2 - middle) < first["width"] * 0.06}[side]
        check(where, f"{name}: “{words}” is not in the {side} of page 1 ({left:.0f}–{right:.0f} pt of {first['width']:.0f})")
        return top
    issuer_top = None
    for line in parts["issuer"]:
        top = place(line, "left")
        issuer_top = issuer_top if issuer_top is not None else top
    party_top = place(parts["party"][0] if parts["party"] else "ĐẢNG CỘNG SẢN VIỆT NAM", "right")
    if issuer_top is not None and party_top is not None:
        check(abs(issuer_top - party_top) < 4, f"{name}: the issuing body and “ĐẢNG CỘNG SẢN VIỆT NAM” do not share the first line")
    for number in parts["number"]:
        place(number, "left")
    for date in [d for d in parts["date"] if d]:
        place(date, "right")
    for kind in parts["kind"]:
        place(kind, "centre")
    for title in parts["title"][:1]:
        # A long title wraps: its first words stand centred.
        place(" ".join(title.split()[:4]), "centre")


def check_closing(name, html, paper):
    signer = re.search(r'<div class="doc-signature">(.*?)</div>', html, re.S)
    if signer:
        lines = [htmlparser.unescape(re.sub(r"<[^>]+>", "", m)).strip()
                 for m in re.findall(r"<p[^>]*>(.*?)</p>", signer.group(1), re.S)]
        for line in [l for l in lines if l]:
            found = paper.find(line)
            check(found is not None, f"{name}: the signature line “{line}” is not printed")
            if found:
                check(found[3] >= found[1]["width"] / 2 - 1, f"{name}: the signature line “{line}” is not in the right half")
    role = re.search(r'<p class="doc-role">(.*?)</p>', html)
    found = paper.find(htmlparser.unescape(role.group(1))) if role else None
    if found:
        number, page, top, _, _ = found
        above = "".join(t.text.strip() for t in page["texts"] if t.top < top - 30)
        check(len(above) > 100, f"{name}: the signature is alone on page {number}")
    label = re.search(r'<p class="doc-recipients-label">(.*?)</p>', html)
    if label:
        label = htmlparser.unescape(label.group(1))
        found = paper.find(label)
        check(found is not None, f"{name}: “{label}” is not printed")
        if found:
            number, page, top, left, right = found
            check(right <= page["width"] / 2 + 1, f"{name}: “{label}” is not in the left half")
            size = min(t.size for t in page["texts"] if abs(t.top - top) < 2)
            check(size < BODY_POINTS, f"{name}: “{label}” is not in smaller type ({size:.1f} pt)")


def measure(pdf_path, page_file):
    name = str(page_file.relative_to(site))
    html = page_file.read_text(encoding="utf-8")
    paper = Paper(pdf_path)
    pages = paper.pages
    figures = {"pages": len(pages), "blank": 0, "sizes": []}
    scaled = [int(p) for p in set(re.findall(r"table-scale-(\d+)", html))]
    check(len(pages) > 0, f"{name}: the PDF has no page")
    for number, page in enumerate(pages, 1):
        portrait = abs(page["width"] - 595.3) < 1.5 and abs(page["height"] - 841.9) < 1.5
        landscape = abs(page["width"] - 841.9) < 1.5 and abs(page["height"] - 595.3) < 1.5
        check(portrait or landscape, f"{name}: page {number} is {page['width']:.1f} x {page['height']:.1f} pt, not A4")
        words = [t for t in page["texts"] if t.text.strip()]
        numbers = [t for t in words if t.text.strip() == str(number)]
        foot = [t for t in numbers if t.top > page["height"] * 0.9]
        check(bool(foot) and foot[-1].left > page["width"] / 2,
              f"{name}: page {number} has no number at the foot on the right")
        text = "".join(t.text.strip() for t in words if t not in foot)
        if not text:
            figures["blank"] += 1
        size = paper.body_size({"texts": [t for t in words if t not in foot]})
        figures["sizes"].append(size)
        if len(text) >= TEXT_OF_A_PAGE:
            # A table too wide for a landscape page prints alone there, smaller.
            allowed = [BODY_POINTS] + ([BODY_POINTS * p / 100 for p in scaled] if landscape else [])
            check(size is not None and any(abs(size - a) < 0.4 for a in allowed),
                  f"{name}: page {number}'s text prints at {size} pt, not {BODY_POINTS:g} pt")
    check(figures["blank"] == 0, f"{name}: {figures['blank']} blank pages")
    printed_lines = [line_text(items) for p in pages for _, items in paper.lines(p)]
    flat = re.sub(r"\s+", " ", " ".join(printed_lines))
    for screen_only in ["Bỏ qua, đến nội dung chính", "Trang chủ", "Các loại hình khác trong tháng",
                        "Được trích dẫn tại", "↩", "Mục lục trang"]:
        check(screen_only not in flat, f"{name}: the paper shows the screen's “{screen_only}”")
    check(re.search(r"\bdòng \d+", flat) is None, f"{name}: a source line number (“dòng N”) is printed")
    check(re.search(r"(^|\s)#(\s|$)", flat) is None, f"{name}: a heading's # anchor is printed")

    if name.startswith("packs/") or 'class="doc-header' in html:
        check_header(name, html, paper)
        check_closing(name, html, paper)
    if name.startswith("packs/") and not name.endswith("chung.html"):
        part = re.search(r'<h2 id="_phan-rieng"[^>]*>(.*?)</h2>', html, re.S)
        part = htmlparser.unescape(re.sub(r"<[^>]+>", "", part.group(1))).strip() if part else "Phần dành cho"
        found = paper.find(" ".join(part.split()[:3]))
        check(found is not None, f"{name}: the type's part (“{part}”) is not printed")
        if found and found[0] > 1:
            previous = pages[found[0] - 2]
            lowest = max((t.top for t in previous["texts"] if t.top < previous["height"] * 0.9), default=0)
            check(found[2] > 150 or lowest > previous["height"] * 0.75,
                  f"{name}: the type's part starts a new page after a page left {100 - lowest * 100 // previous['height']:.0f} % empty")
    if name == "stats.html":
        # A totals row prints once per table, at its end: not at each page's foot.
        label = re.search(r"<tfoot>\s*<tr><td>([^<]+)</td>", html)
        if label:
            totals = [l for l in printed_lines if re.fullmatch(rf"\s*{re.escape(label.group(1))}(\s+[\d.,]+)+\s*", l)]
            check(len(totals) == html.count("<tfoot>"),
                  f"stats.html: {len(totals)} totals rows print for {html.count('<tfoot>')} tables")
        first_text = "".join(t.text.strip() for t in pages[0]["texts"]) if pages else ""
        check(len(first_text) > 400, f"stats.html: page 1 is almost blank ({len(first_text)} characters)")
    return figures


def check_print_button(driver, page_file):
    """The page's "In tài liệu" button shows where scripts run and opens the
    print dialog (window.print, stubbed here: headless has no dialog)."""
    name = str(page_file.relative_to(site))
    driver.get(page_file.as_uri())
    buttons = driver.find_elements("css selector", ".print-button")
    check(len(buttons) == 1 and buttons[0].is_displayed(), f"{name}: no visible “In tài liệu” button")
    if buttons and buttons[0].is_displayed():
        driver.execute_script("window.__printed = 0; window.print = function () { window.__printed += 1; };")
        buttons[0].click()
        check(driver.execute_script("return window.__printed") == 1, f"{name}: “In tài liệu” does not open the print dialog")


results = {}
driver = chromium()
try:
    printable = [p for p in documents() if p.name not in ("stats.html", "chung.html")]
    for page_file in printable[:1] + [p for p in printable if p.parts[-3] == "guidance"][:1]:
        check_print_button(driver, page_file)
    with tempfile.TemporaryDirectory() as work:
        for number, page_file in enumerate(documents()):
            driver.get(page_file.as_uri())
            printed = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
            pdf = pathlib.Path(work) / f"{number}.pdf"
            pdf.write_bytes(base64.b64decode(printed["data"]))
            results[str(page_file.relative_to(site))] = measure(pdf, page_file)
finally:
    driver.quit()

check(len(results) > 0, "the site has no pack, guidance page or statistics page to print")
print(f"{'document':<70} {'pages':>11} {'blank':>7}  body text (pt) per page")
for name, figures in results.items():
    earlier = before.get(name)
    pages = f"{earlier['pages']} → {figures['pages']}" if earlier else str(figures["pages"])
    blank = f"{earlier['blank']} → {figures['blank']}" if earlier else str(figures["blank"])
    sizes = sorted({s for s in figures["sizes"] if s is not None})
    shown = ", ".join(f"{s:g}" for s in sizes)
    if earlier:
        shown = ", ".join(f"{s:g}" for s in sorted({s for s in earlier["sizes"] if s is not None})) + " → " + shown
    print(f"{name[:70]:<70} {pages:>11} {blank:>7}  {shown}")
total = sum(f["pages"] for f in results.values())
blank = sum(f["blank"] for f in results.values())
summary = f" ({len(results)} documents, {total} pages, {blank} blank"
if before:
    summary += f"; before: {sum(f['pages'] for f in before.values())} pages, {sum(f['blank'] for f in before.values())} blank"
if json_out:
    pathlib.Path(json_out).write_text(json.dumps(results, ensure_ascii=False, indent=1))
tally.finish("print: ", summary + ")")
