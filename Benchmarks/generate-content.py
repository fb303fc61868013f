#!/usr/bin/env python3
"""Synthetic content for benchmarking `chibo check` and `chibo build` at scale.

    python3 Benchmarks/generate-content.py --pages N --out DIR [--seed S] [--faults K] [--hugo HDIR]

Writes DIR/content/ (replacing it if present):

  site.yml, types.yml, stats.yml
                      copied from the repository's content/ (the 8 cell types,
                      the labels and totals of the figures)
  rules.yml           the real rules, with bases this corpus has
  orgs/<province>/dang-bo.csv, chi-bo.csv
                      about N/3 organisation records in CSV: provinces of at
                      most 120 commune and ward committees (level
                      cap-tren-co-so, with the stats.yml figures, adding up as
                      its totals require), each with 12-30 hamlet or
                      residential-group cells and cells of the 7 other types;
                      Vietnamese names, never two under one parent that differ
                      only in diacritics
  packs/YYYY-MM/chung.md, <type-id>.md
                      packs for 24 months (2024-01 to 2025-12) and every type,
                      about 1.5 KB each, with headings, a numbered list, 2-3
                      citations of directives current that month and a link to
                      a heading of a guidance page
  directives/         the real registry entries (content/directives/*.md), plus
                      about 2% of N synthetic entries numbered from 9000 up
                      (`9012-CT/TW`, `9013-HD/BTCTW`, `9014-KH/TU`), some of
                      which `replaces:` an older entry or `implements:` one
  guidance/dNNNN/pNNN.md
                      N guidance pages, 100 to a folder, each about 1.5-2 KB of
                      Vietnamese prose shuffled from the real guidance pages, with
                      2-4 `##` headings, a bullet list, a GFM table, 3-5 citations
                      written in the forms of docs/en/content-model.md
                      ("Citations in the text", with the registry's exact
                      date and issuing body) and 2-3 links to
                      headings of other generated pages

Records, packs and rules come from a random generator of their own, so the
directives and guidance pages are the same as before they existed.

With --hugo HDIR, the guidance, pack and directive Markdown files are also
laid out as a Hugo site in HDIR (hugo.toml, minimal single and list templates,
content/ holding copies of the same files; directives/index.md becomes
_index.md) for Benchmarks/performance.sh.

A page is dated after everything it cites, and never cites a directive that was
replaced on or before its date, so with `--faults 0` the corpus must check
clean (no errors, no warnings). `--faults K` plants exactly K errors, spread
over the pages, cycling through link.broken, link.anchor,
citation.date-mismatch and citation.unknown; DIR/faults.json lists where.
Records and packs never hold a fault.

Prints a JSON summary on stdout. Deterministic for a given seed; standard
library only.
"""

import argparse
import collections.abc
import csv
import datetime
import json
import os
import random
import re
import shutil
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL_CONTENT = os.path.join(REPO, "content")

FAULT_CODES = ["link.broken", "link.anchor", "citation.date-mismatch", "citation.unknown"]

KIND_BY_CODE = {
    "CT": "Chỉ thị",
    "HD": "Hướng dẫn",
    "QĐ": "Quy định",
    "NQ": "Nghị quyết",
    "KL": "Kết luận",
    "KH": "Kế hoạch",
}

PROVINCES = [
    "Bắc Giang", "Cao Bằng", "Lạng Sơn", "Thái Nguyên", "Tuyên Quang", "Phú Thọ", "Yên Bái",
    "Nghệ An", "Quảng Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Hà Tĩnh", "Quảng Trị",
    "Lâm Đồng", "Gia Lai", "Đồng Tháp", "An Giang", "Vĩnh Long", "Cà Mau",
]

# (issuing body, issuer code of the symbol, the kind codes it issues, has a term)
CENTRAL_ISSUERS = [
    ("Ban Bí thư", "TW", ["CT", "KL", "QĐ"], True),
    ("Bộ Chính trị", "TW", ["NQ", "KL", "QĐ", "CT"], True),
    ("Ban Chấp hành Trung ương", "TW", ["NQ", "KL"], True),
    ("Ban Tổ chức Trung ương", "BTCTW", ["HD"], False),
    ("Ban Tuyên giáo Trung ương", "BTGTW", ["HD", "KH"], False),
    ("Ủy ban Kiểm tra Trung ương", "UBKTTW", ["HD", "QĐ"], False),
]

# Terms (khóa) of the Central Committee, by the date each began.
TERMS = [
    (datetime.date(1996, 7, 1), "VIII"),
    (datetime.date(2001, 4, 22), "IX"),
    (datetime.date(2006, 4, 25), "X"),
    (datetime.date(2011, 1, 19), "XI"),
    (datetime.date(2016, 1, 28), "XII"),
    (datetime.date(2021, 2, 1), "XIII"),
]

SUBJECTS = [
    "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ",
    "Tăng cường công tác quản lý đảng viên ở cơ sở",
    "Nâng cao chất lượng công tác kiểm tra, giám sát của chi bộ",
    "Đổi mới công tác phát triển đảng viên trong tình hình mới",
    "Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng",
    "Tổ chức sinh hoạt chuyên đề ở chi bộ",
    "Đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm",
    "Tăng cường mối quan hệ mật thiết giữa Đảng với nhân dân",
    "Ứng dụng công nghệ thông tin trong sinh hoạt chi bộ",
    "Xây dựng đội ngũ bí thư chi bộ đáp ứng yêu cầu nhiệm vụ",
    "Đảng viên đang công tác giữ mối liên hệ với chi ủy nơi cư trú",
    "Nâng cao chất lượng tự phê bình và phê bình trong chi bộ",
    "Củng cố, kiện toàn tổ chức cơ sở đảng ở thôn, tổ dân phố",
    "Thực hiện quy chế dân chủ ở cơ sở",
    "Công tác tư tưởng trong chi bộ khu dân cư",
]

PLACES = [
    "chi bộ khu dân cư", "chi bộ cơ quan xã", "chi bộ thôn", "chi bộ tổ dân phố", "chi bộ trường học",
    "chi bộ doanh nghiệp", "chi bộ quân sự xã", "chi bộ công an xã", "đảng bộ xã", "đảng bộ phường",
]

TITLE_TOPICS = [
    "Sinh hoạt chi bộ", "Công tác kiểm tra, giám sát", "Quản lý đảng viên", "Phát triển đảng viên",
    "Sinh hoạt chuyên đề", "Công tác dân vận", "Tự phê bình và phê bình", "Công tác tư tưởng",
    "Đánh giá, xếp loại đảng viên", "Hồ sơ, sổ sách của chi bộ", "Thông tin, báo cáo",
    "Giữ mối liên hệ với nơi cư trú", "Xây dựng chi bộ trong sạch, vững mạnh",
]

# Heading texts: their slugs are certain (letters, spaces and commas only).
HEADINGS = [
    "Mục đích, yêu cầu", "Nội dung chủ yếu", "Tổ chức thực hiện", "Nhiệm vụ và giải pháp",
    "Kết quả đạt được", "Hạn chế, nguyên nhân", "Bài học kinh nghiệm", "Phương hướng thời gian tới",
    "Kiến nghị, đề xuất", "Công tác chuẩn bị", "Trình tự sinh hoạt", "Đánh giá chất lượng",
    "Quản lý đảng viên", "Công tác kiểm tra, giám sát", "Phát triển đảng viên", "Sinh hoạt chuyên đề",
    "Vai trò của chi ủy", "Trách nhiệm của bí thư chi bộ", "Ứng dụng công nghệ thông tin",
    "Tự phê bình và phê bình", "Mối liên hệ với nhân dân", "Công tác tư tưởng",
    "Chế độ thông tin, báo cáo", "Hồ sơ, sổ sách", "Mục tiêu cụ thể", "Quan điểm chỉ đạo",
    "Yêu cầu đối với đảng viên", "Nội dung sinh hoạt thường kỳ", "Lãnh đạo nhiệm vụ chính trị",
    "Xây dựng chi bộ trong sạch, vững mạnh",
]

TABLE_HEADERS = [
    ("Nội dung", "Thời gian", "Phụ trách"),
    ("Công việc", "Thời hạn", "Người thực hiện"),
    ("Hoạt động", "Thời điểm", "Chủ trì"),
]
TABLE_TASKS = [
    "Chuẩn bị nội dung sinh hoạt", "Thông báo tình hình thời sự", "Kiểm điểm việc thực hiện nghị quyết",
    "Phân công nhiệm vụ đảng viên", "Thu đảng phí", "Kiểm tra hồ sơ đảng viên", "Sinh hoạt chuyên đề",
    "Gặp gỡ quần chúng ưu tú", "Báo cáo cấp ủy cấp trên", "Tổng hợp ý kiến nhân dân",
    "Lập biên bản sinh hoạt", "Rà soát đảng viên cao tuổi",
]
TABLE_TIMES = ["Hằng tháng", "Hằng quý", "Đầu năm", "Cuối năm", "Trước kỳ sinh hoạt", "Sau kỳ sinh hoạt",
               "Thường xuyên", "Sáu tháng một lần"]
TABLE_OWNERS = ["Chi ủy", "Bí thư chi bộ", "Phó bí thư", "Tổ đảng", "Đảng viên được phân công",
                "Chi bộ", "Ủy viên phụ trách"]

# Sentences around a citation `{c}` (or two, `{c}` and `{d}`). Each ends the
# issuing body with punctuation or a lower-case word the recogniser stops at.
CITE_ONE = [
    "Thực hiện {c}, chi bộ xây dựng kế hoạch triển khai phù hợp với tình hình thực tế.",
    "Căn cứ {c}, cấp ủy cơ sở chỉ đạo các chi bộ trực thuộc tổ chức quán triệt đến từng đảng viên.",
    "Theo tinh thần {c}, nội dung sinh hoạt cần thiết thực, tránh hình thức.",
    "Các chi bộ tiếp tục quán triệt và thực hiện nghiêm túc {c}.",
    "{c} đã xác định rõ trách nhiệm của cấp ủy và bí thư chi bộ.",
    "Chi ủy phân công đảng viên theo dõi việc thực hiện {c} và báo cáo tại kỳ sinh hoạt.",
    "Quán triệt {c} về nâng cao chất lượng sinh hoạt, chi ủy phân công đảng viên phụ trách từng nội dung.",
]
CITE_TWO = [
    "Thực hiện {c} và {d}, chi bộ rà soát lại quy chế làm việc.",
    "Căn cứ {c}; {d}, đảng ủy hướng dẫn các chi bộ trực thuộc thực hiện.",
]
CITE_ITEM = [
    "Quán triệt {c} đến toàn thể đảng viên.",
    "Thực hiện đúng {c}.",
]
LINK_SENTENCES = [
    "Nội dung này được trình bày cụ thể tại mục [{h}]({u}).",
    "Xem thêm phần [{h}]({u}) của tài liệu cùng chủ đề.",
    "Cách làm tương tự đã được nêu ở [{h}]({u}).",
]


# MARK: Text helpers

def nfc(text):
    return unicodedata.normalize("NFC", text)


def slug(text):
    """content-model.md's slug: đ → d, diacritics stripped, lower-case, runs outside [a-z0-9] → `-`."""
    out = []
    for ch in unicodedata.normalize("NFD", nfc(text)):
        if ch in "đĐ":
            ch = "d"
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch.lower() if ch.isascii() else "-")
    return re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")


def fold(text):
    return slug(text).replace("-", " ")


def vn_date(date, style):
    d, m, y = date.day, date.month, date.year
    if style == 0:
        return f"ngày {d}/{m}/{y}"
    if style == 1:
        return f"ngày {d:02d}/{m:02d}/{y}"
    if style == 2:
        return f"ngày {d} tháng {m} năm {y}"
    return f"ngày {d}-{m}-{y}"


def term_of(date):
    term = None
    for start, name in TERMS:
        if date >= start:
            term = name
    return term


def random_date(rng, start, end):
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def quote(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# MARK: Sentences from the real guidance pages

ALLOWED_PUNCTUATION = set(" ,.;:()-\"“”'!?")
# Named resolutions (citations.md: `Điều lệ Đảng`, `Nghị quyết Trung ương 4 khóa XII`) the registry may not know.
RISKY_WORDS = [" dieu le ", " nghi quyet dai hoi ", " nghi quyet trung uong "]


def sentence_pool():
    """Sentences of the real guidance pages that cannot be read as citations:
    no digits (so no symbol, short form or date), no Markdown, no named resolutions."""
    pool = []
    seen = set()
    root = os.path.join(REAL_CONTENT, "guidance")
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                text = nfc(handle.read())
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                text = text[end + 5:] if end >= 0 else text
            for line in text.splitlines():
                line = line.strip()
                if not line or line[0] in "#|>[`<":
                    continue
                line = re.sub(r"^([-*+]|\d+(\.\d+)*\.?)\s+", "", line)
                line = line.replace("\u00a0", " ")
                pieces = []
                for sentence in re.split(r"(?<=[.!?])\s+", line):
                    sentence = sentence.strip()
                    if len(sentence) <= 220:
                        pieces.append(sentence)
                        continue
                    # A long sentence gives its clauses, each made a sentence.
                    for clause in re.split(r"[;:]\s+", sentence):
                        clause = clause.strip().rstrip(".;:, ")
                        if clause:
                            pieces.append(clause[0].upper() + clause[1:] + ".")
                for sentence in pieces:
                    if not (50 <= len(sentence) <= 220) or sentence[-1] != "." or not sentence[0].isupper():
                        continue
                    if any(ch.isdigit() for ch in sentence):
                        continue
                    if any(not (ch.isalpha() or ch in ALLOWED_PUNCTUATION) for ch in sentence):
                        continue
                    if "..." in sentence or "  " in sentence:
                        continue
                    folded = " " + fold(sentence) + " "
                    if any(word in folded for word in RISKY_WORDS):
                        continue
                    if sentence not in seen:
                        seen.add(sentence)
                        pool.append(sentence)
    if len(pool) < 40:
        sys.exit(f"generate-content: only {len(pool)} usable sentences in {root}")
    return pool


# MARK: The registry

class Directive:
    def __init__(self, symbol, date, kind, issuer, title=None, term=None, real=False):
        self.symbol = symbol
        self.date = date
        self.kind = kind
        self.issuer = issuer
        self.title = title
        self.term = term
        self.real = real
        self.replaces = []      # Directive
        self.implements = []    # Directive
        self.replaced_on = None  # date of the earliest entry that replaces it

    @property
    def reference(self):
        return f"{self.symbol}@{self.date.isoformat()}"

    def is_current(self, on):
        """Citable on a page dated `on`: issued before it, not yet replaced."""
        return self.date < on and (self.replaced_on is None or self.replaced_on > on)


def read_front_matter(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    fields = {}
    if not text.startswith("---\n"):
        return fields
    for line in text[4:].split("\n---", 1)[0].splitlines():
        match = re.match(r"^([a-z_]+):\s*(.*)$", line)
        if not match:
            continue
        key, value = match.groups()
        if value.startswith('"') and value.endswith('"'):
            value = json.loads(value)
        fields[key] = value
    return fields


def real_directives():
    result = []
    folder = os.path.join(REAL_CONTENT, "directives")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        fields = read_front_matter(os.path.join(folder, name))
        if "symbol" not in fields or "date" not in fields:
            continue
        if fields.get("replaces") or "issuer" not in fields or "kind" not in fields:
            continue
        # Issuing bodies the recogniser cannot read whole from running text
        # (`… Cao Bằng lần thứ XX`: `lần` ends the name) are left uncited.
        if " lần " in fields["issuer"]:
            continue
        result.append(Directive(fields["symbol"], datetime.date.fromisoformat(fields["date"]), fields["kind"],
                                fields["issuer"], real=True))
    return result


def synthetic_directives(rng, count):
    issuers = list(CENTRAL_ISSUERS)
    for province in PROVINCES:
        issuers.append((f"Ban Thường vụ Tỉnh ủy {province}", "TU", ["KH", "HD", "CT", "NQ"], False))
    # Six in ten from the centre, the rest spread over the provinces.
    weights = [0.6 / len(CENTRAL_ISSUERS)] * len(CENTRAL_ISSUERS) + [0.4 / len(PROVINCES)] * len(PROVINCES)
    drafts = []
    for _ in range(count):
        body, issuer_code, codes, has_term = rng.choices(issuers, weights)[0]
        code = rng.choice(codes)
        date = random_date(rng, datetime.date(2000, 1, 1), datetime.date(2025, 6, 30))
        drafts.append((date, body, issuer_code, code, has_term))
    drafts.sort(key=lambda d: d[0])
    entries = []
    for number, (date, body, issuer_code, code, has_term) in enumerate(drafts, start=9000):
        entries.append(Directive(f"{number}-{code}/{issuer_code}", date, KIND_BY_CODE[code], body,
                                 title=rng.choice(SUBJECTS), term=term_of(date) if has_term else None))
    # replaces: an older entry of the same kind and issuing body, not yet replaced.
    for index, entry in enumerate(entries):
        if rng.random() >= 0.15:
            continue
        older = [e for e in entries[:index]
                 if e.kind == entry.kind and e.issuer == entry.issuer and e.replaced_on is None and e.date < entry.date]
        if older:
            target = rng.choice(older)
            entry.replaces.append(target)
            target.replaced_on = entry.date
    # implements: guidance and plans implementing a directive of the centre (or
    # of their own province) still current on their date.
    central_bodies = [body for body, code, _, _ in CENTRAL_ISSUERS if code == "TW"]
    for index, entry in enumerate(entries):
        if entry.kind not in ("Hướng dẫn", "Kế hoạch") or entry.replaces or rng.random() >= 0.4:
            continue
        central = [e for e in entries[:index]
                   if e.kind in ("Chỉ thị", "Nghị quyết", "Kết luận", "Quy định") and e.is_current(entry.date)
                   and (e.issuer in central_bodies or e.issuer == entry.issuer)]
        if central:
            target = rng.choice(central)
            entry.implements.append(target)
            entry.title = f"Thực hiện {target.kind} số {target.symbol}, {vn_date(target.date, 0)} của {target.issuer}"
    return entries


def directive_file(entry, rng, pool):
    lines = ["---", f"symbol: {quote(entry.symbol)}", f"date: {entry.date.isoformat()}", f"kind: {quote(entry.kind)}",
             f"issuer: {quote(entry.issuer)}"]
    if entry.term:
        lines.append(f"term: {quote(entry.term)}")
    if entry.title:
        lines.append(f"title: {quote(entry.title)}")
    if entry.replaces:
        lines.append("replaces: [" + ", ".join(quote(t.reference) for t in entry.replaces) + "]")
    if entry.implements:
        lines.append("implements: [" + ", ".join(quote(t.reference) for t in entry.implements) + "]")
    lines.append("---")
    lines.append("")
    lines.append("Văn bản tổng hợp dùng cho thử nghiệm hiệu năng; không phải văn bản thật. " + rng.choice(pool))
    return "\n".join(lines) + "\n"


# MARK: Citations as written

def citation_text(rng, entry, dated=True, date=None, allow_break=False):
    """`Chỉ thị số 9012-CT/TW, ngày 23/7/2025 của Ban Bí thư` in one of the written forms."""
    number, _, rest = entry.symbol.partition("-")
    if "/" in number or not rest:          # state documents: 114/2003/NĐ-CP
        symbol = entry.symbol
    else:
        symbol = rng.choice([entry.symbol, entry.symbol, entry.symbol, f"{number}- {rest}", f"{number} - {rest}"])
    kind = entry.kind
    text = f"{kind} số {symbol}" if rng.random() < 0.85 else f"{kind} {symbol}"
    if dated:
        separator = ",\n" if allow_break and rng.random() < 0.15 else rng.choice([", ", ", ", " "])
        text += separator + vn_date(date or entry.date, rng.randrange(4))
    if not dated or rng.random() < 0.9:
        text += f" của {entry.issuer}"
        if entry.term and rng.random() < 0.2:
            text += f" (khóa {entry.term})"
    return text


# MARK: Pages

class PagePlan:
    def __init__(self, index, date, province, title, headings):
        self.index = index
        self.date = date
        self.province = province
        self.title = title
        self.headings = headings

    @property
    def folder(self):
        return f"d{self.index // 100:04d}"

    @property
    def name(self):
        return f"p{self.index % 100:03d}.md"

    @property
    def path(self):
        return f"guidance/{self.folder}/{self.name}"

    def link_from(self, other):
        return self.name if self.folder == other.folder else f"../{self.folder}/{self.name}"


def plan_pages(rng, count, citable_dates):
    plans = []
    # Dated after at least six synthetic directives, so that a few are current.
    start = sorted(citable_dates)[min(5, len(citable_dates) - 1)] + datetime.timedelta(days=1)
    for index in range(count):
        date = random_date(rng, start, datetime.date(2025, 12, 31))
        topic = rng.choice(TITLE_TOPICS)
        place = rng.choice(PLACES)
        province = rng.choice(PROVINCES)
        title = f"{topic} ở {place}, tỉnh {province}"
        headings = rng.sample(HEADINGS, rng.randint(2, 4))
        plans.append(PagePlan(index, date, province, title, headings))
    return plans


class AllBut(collections.abc.Sequence):
    """`[p for p in plans if p.index != index]` without copying the list: the
    same length and items, so `rng.sample` and `rng.choice` pick exactly
    what they would from the copy (which made generation quadratic)."""

    def __init__(self, items, index):
        self.items = items
        self.index = index

    def __len__(self):
        return len(self.items) - 1

    def __getitem__(self, position):
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self.items[position + (1 if position >= self.index else 0)]


_CITABLE = {}
_SHORT = {}


def citable(registry, date, province):
    """The entries a page of `date` in `province` may cite: (current, synthetic, real)."""
    key = (id(registry), date)
    if key not in _CITABLE:     # one list per date: a few thousand dates at most
        _CITABLE[key] = [e for e in registry if e.is_current(date)]
    current = _CITABLE[key]
    # A page cites the centre and its own province (others only when short).
    local = [e for e in current if "Tỉnh ủy" not in e.issuer or e.issuer.endswith(province)]
    if len(local) >= 5:
        current = local
    return current, [e for e in current if not e.real], [e for e in current if e.real]


def write_page(rng, plan, plans, registry, pool, faults):
    """The Markdown of one page; `faults` lists the (number, code) of the faults to plant in it.
    Returns (text, planted) where planted lists (code, snippet)."""
    current, synthetic, real = citable(registry, plan.date, plan.province)

    def pick_entries(n):
        chosen = []
        while len(chosen) < n:
            source = real if (real and rng.random() < 0.15) else (synthetic or real)
            candidates = [e for e in source if e not in chosen]
            if not candidates:
                candidates = [e for e in current if e not in chosen]
            if not candidates:
                break
            chosen.append(rng.choice(candidates))
        return chosen

    def cite(entry, allow_break=False):
        return citation_text(rng, entry, dated=rng.random() < 0.85, allow_break=allow_break)

    cited = pick_entries(rng.randint(3, 5))
    others = AllBut(plans, plan.index)
    link_targets = rng.sample(others, min(len(others), rng.randint(2, 3)))

    if id(pool) not in _SHORT:
        _SHORT[id(pool)] = [s for s in pool if len(s) <= 130]
    short = _SHORT[id(pool)]

    def sentences(n):
        return rng.sample(short, n)

    planted = []

    # Citations: the first in the introduction, one perhaps in a list item,
    # one perhaps in a table cell, the rest in paragraphs (sometimes two in one sentence).
    queue = list(cited)
    intro = sentences(1) + [rng.choice(CITE_ONE).format(c=cite(queue.pop(0), allow_break=True))]
    item_citation = rng.choice(CITE_ITEM).format(c=cite(queue.pop(0))) if queue and rng.random() < 0.5 else None
    table_citation = None
    if queue and rng.random() < 0.3:
        entry = queue.pop(0)
        table_citation = f"{entry.kind} số {entry.symbol}"   # undated, symbol only
    paragraph_citations = []
    while queue:
        if len(queue) >= 2 and rng.random() < 0.3:
            paragraph_citations.append(rng.choice(CITE_TWO).format(c=cite(queue.pop(0)), d=cite(queue.pop(0))))
        else:
            paragraph_citations.append(rng.choice(CITE_ONE).format(c=cite(queue.pop(0), allow_break=True)))

    link_sentences = []
    for target in link_targets:
        heading = rng.choice(target.headings)
        url = f"{target.link_from(plan)}#{slug(heading)}"
        link_sentences.append(rng.choice(LINK_SENTENCES).format(h=heading, u=url))

    fault_sentences = []
    for number, code in faults:
        if code == "link.broken":
            missing = f"../d{9000 + number % 1000:04d}/p{number % 100:03d}.md"
            sentence = f"Tham khảo thêm [tài liệu đã lưu trữ]({missing})."
        elif code == "link.anchor":
            target = rng.choice(others)
            sentence = f"Xem thêm phần [phụ lục]({target.link_from(plan)}#phu-luc-khong-co-{number})."
        elif code == "citation.date-mismatch":
            entry = rng.choice(synthetic or current)
            wrong = entry.date - datetime.timedelta(days=rng.randint(1, 60))
            sentence = rng.choice(CITE_ONE).format(c=citation_text(rng, entry, dated=True, date=wrong))
        else:
            number_text = 8999 - (number // 4) % 1000
            fake = Directive(f"{number_text}-CT/TW", plan.date - datetime.timedelta(days=rng.randint(30, 900)),
                             "Chỉ thị", "Ban Bí thư")
            sentence = rng.choice(CITE_ONE).format(c=citation_text(rng, fake, dated=True))
        planted.append((code, sentence))
        fault_sentences.append(sentence)

    # Sections: headings, each with a paragraph; the list and table go in the
    # first two sections, the extra sentences are spread over the rest.
    sections = [[] for _ in plan.headings]
    extras = paragraph_citations + link_sentences + fault_sentences
    rng.shuffle(extras)
    for i, sentence in enumerate(extras):
        sections[i % len(sections)].append(sentence)

    items = [s[0].upper() + s[1:] for s in sentences(3)]
    if item_citation:
        items[rng.randrange(len(items))] = item_citation
    header = rng.choice(TABLE_HEADERS)
    rows = []
    for task in rng.sample(TABLE_TASKS, 3):
        rows.append([task, rng.choice(TABLE_TIMES), rng.choice(TABLE_OWNERS)])
    if table_citation:
        rows[rng.randrange(len(rows))][0] = f"Quán triệt {table_citation}"

    target_size = rng.randint(1500, 1850)

    def render():
        out = ["---", f"title: {quote(plan.title)}", f"date: {plan.date.isoformat()}", "---", "",
               " ".join(intro), ""]
        for i, heading in enumerate(plan.headings):
            out += [f"## {heading}", "", " ".join(sections[i]), ""]
            if i == 0:
                out += [f"- {item}" for item in items] + [""]
            if i == 1 or (i == 0 and len(plan.headings) == 1):
                out += ["| " + " | ".join(header) + " |", "|---|---|---|"]
                out += ["| " + " | ".join(row) + " |" for row in rows]
                out.append("")
        return "\n".join(out)

    text = render()
    # Fill up to the page size with more prose, never past ~2 KB.
    spare = [s for s in pool if s not in intro]
    rng.shuffle(spare)
    turn = 0
    while len(text.encode()) < target_size and spare:
        sentence = spare.pop()
        if len(text.encode()) + len(sentence.encode()) > 2000:
            continue
        sections[turn % len(sections)].insert(0, sentence)
        turn += 1
        text = render()
    return text, planted


# MARK: Organisation records

# Syllables of place names; two make a name (`Hưng Đạo`, `Quảng Lâm`). Names
# that fold alike (`Quang Lâm`/`Quảng Lâm`) are never both used under one
# parent, so no `name.variant` arises.
PLACE_SYLLABLES = [
    "An", "Bình", "Cẩm", "Đông", "Đức", "Hòa", "Hưng", "Hồng", "Kim", "Lạc", "Lâm", "Long", "Minh", "Nam",
    "Nghĩa", "Ngọc", "Phú", "Phúc", "Quang", "Quảng", "Sơn", "Tân", "Thạch", "Thanh", "Thành", "Thịnh",
    "Thuận", "Tiến", "Trung", "Trường", "Vĩnh", "Xuân", "Yên", "Hà", "Hải", "Hiệp", "Khánh", "Lợi", "Mỹ",
    "Phong", "Tây", "Bắc", "Hoàng", "Lương", "Định", "Đạo", "Thái", "Hạnh", "Chiến", "Thắng", "Lộc", "Thọ",
    "Cường", "Hợp", "Hoa", "Mai", "Đào", "Liên", "Thủy", "Tường",
]
# Hamlet names of the northern uplands (`Nà Rạ`, `Lũng Nặm`, `Khuổi Lầy`).
HAMLET_FIRST = ["Nà", "Lũng", "Khuổi", "Bản", "Pác", "Cốc", "Phja", "Nặm", "Khau", "Pò", "Slam", "Bó", "Đông",
                "Hồng", "Tân", "Na", "Roỏng", "Vò", "Kéo", "Thôm"]
HAMLET_SECOND = ["Rạ", "Nặm", "Lầy", "Gà", "Quẩy", "Bè", "Vàng", "Mạ", "Pàn", "Sáng", "Luông", "Khoang",
                 "Tẩu", "Chang", "Mu", "Cáy", "Đeng", "Lìn", "Pồng", "Cải", "Thin", "Mòn", "Riềng", "Tổng"]
SCHOOLS = ["Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở", "Trạm Y tế",
           "Trường Phổ thông dân tộc bán trú"]
COMPANY_FORMS = ["Công ty cổ phần", "Công ty TNHH", "Công ty TNHH một thành viên"]
COMPANY_TRADES = ["Xây dựng", "Thương mại", "Chè", "Vật liệu xây dựng", "Vận tải", "Nông sản", "Môi trường",
                  "Khoáng sản", "Lâm nghiệp"]
COOPERATIVE_TRADES = ["nông nghiệp", "dịch vụ nông nghiệp", "chè", "dược liệu", "thủy sản", "chăn nuôi"]
RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"]
RATING_WEIGHTS = [0.15, 0.6, 0.2, 0.05]
RATING_YEARS = [2023, 2024, 2025]
INTERNET = ["stable", "unstable", "none"]


def load_stats_keys():
    """The `stats` keys of the real content/stats.yml, in order, and its totals as (whole, parts)."""
    keys, totals = [], []
    with open(os.path.join(REAL_CONTENT, "stats.yml"), encoding="utf-8") as handle:
        text = handle.read()
    for match in re.finditer(r"^\s*- key: ([a-z0-9-]+)\s*$", text, re.M):
        keys.append(match.group(1))
    for match in re.finditer(r"^\s*- whole: ([a-z0-9-]+)\s*\n\s*parts: \[([^\]]*)\]", text, re.M):
        totals.append((match.group(1), [p.strip() for p in match.group(2).split(",")]))
    return keys, totals


class NamePicker:
    """Names never folding alike within one scope."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}

    def pick(self, scope, make):
        used = self.used.setdefault(scope, set())
        for _ in range(200):
            name = make()
            key = fold(name)
            if key not in used:
                used.add(key)
                return name
        sys.exit(f"generate-content: ran out of names in {scope}")


def organisation_records(rng, target):
    """About `target` records: provinces of at most 120 commune and ward
    committees, each with 12-30 hamlet cells and cells of the seven other types.
    Returns a list of provinces: (province row, committee rows, cell rows)."""
    stats_keys, totals = load_stats_keys()
    names = NamePicker(rng)
    total_parts = {part: whole for whole, parts in totals for part in parts}

    def place():
        return rng.choice(PLACE_SYLLABLES) + " " + rng.choice(PLACE_SYLLABLES).lower().capitalize()

    def hamlet():
        return rng.choice(HAMLET_FIRST) + " " + rng.choice(HAMLET_SECOND)

    def cell(commune, name, type_id, parent_id, is_hamlet=False):
        members = rng.randint(5, 60) if is_hamlet else rng.randint(3, 40)
        row = {"id": f"{parent_id}-{slug(name.split(' ', 2)[2])}", "name": f"Chi bộ {name.split(' ', 2)[2]}",
               "level": "chi-bo", "type": type_id, "parent": parent_id, "members": members}
        if is_hamlet or rng.random() < 0.5:
            # Every hamlet cell keeps the Đề án's 3 members on site (rules.yml).
            row["members_on_site"] = rng.randint(3, max(3, members)) if is_hamlet else rng.randint(1, members)
        row["internet"] = rng.choices(INTERNET, [0.6, 0.3, 0.1])[0]
        row["computer"] = rng.choice(["true", "false"])
        for year in RATING_YEARS:
            if rng.random() < 0.9:
                row[f"ratings.{year}"] = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        return row

    provinces = []
    count = 0
    province_names = list(PROVINCES)
    rng.shuffle(province_names)
    while count < target:
        if len(provinces) == len(province_names):
            sys.exit("generate-content: more records than the provinces hold")
        province = province_names[len(provinces)]
        province_id = "tinh-" + slug(province)
        province_row = {"id": province_id, "name": f"Đảng bộ tỉnh {province}", "level": "tinh"}
        committees, cells = [], []
        count += 1
        while count < target and len(committees) < 120:
            ward = rng.random() < 0.2
            unit = "phường" if ward else "xã"
            where = names.pick("communes", place)
            commune_id = ("phuong-" if ward else "xa-") + slug(where)
            row = {"id": commune_id, "name": f"Đảng bộ {unit} {where}", "level": "cap-tren-co-so",
                   "parent": province_id, "members": 0}
            if rng.random() < 0.05:
                row["aliases"] = f"Đảng ủy {unit} {where}"
            for year in RATING_YEARS:
                row[f"ratings.{year}"] = rng.choices(RATINGS, RATING_WEIGHTS)[0]
            scope = commune_id
            own = []
            hamlets = rng.randint(12, 30)
            prefix = "tổ dân phố" if ward else rng.choice(["xóm", "thôn", "bản"])
            for number in range(1, hamlets + 1):
                label = f"số {number}" if ward else names.pick(scope, hamlet)
                own.append(cell(commune_id, f"Chi bộ {prefix} {label}", "xom-to-dan-pho", commune_id, True))
            own.append(cell(commune_id, f"Chi bộ cơ quan {unit} {where}", "co-quan-xa", commune_id))
            if rng.random() < 0.5:
                own.append(cell(commune_id, f"Chi bộ Mặt trận và các đoàn thể {unit} {where}",
                                "co-quan-dang-doan-the", commune_id))
            if rng.random() < 0.5:
                own.append(cell(commune_id, f"Chi bộ Trung tâm phục vụ hành chính công {unit} {where}",
                                "co-quan-nha-nuoc", commune_id))
            for school in rng.sample(SCHOOLS, rng.randint(1, 4)):
                own.append(cell(commune_id, f"Chi bộ {school} {where}", "don-vi-su-nghiep", commune_id))
            own.append(cell(commune_id, f"Chi bộ Quân sự {unit} {where}", "luc-luong-vu-trang", commune_id))
            own.append(cell(commune_id, f"Chi bộ Công an {unit} {where}", "luc-luong-vu-trang", commune_id))
            for _ in range(rng.randint(0, 3)):
                company = names.pick(scope, lambda: f"{rng.choice(COMPANY_FORMS)} {rng.choice(COMPANY_TRADES)} "
                                                    f"{place()}")
                own.append(cell(commune_id, f"Chi bộ {company}", "doanh-nghiep", commune_id))
            for _ in range(rng.randint(0, 2)):
                cooperative = names.pick(scope, lambda: f"Hợp tác xã {rng.choice(COOPERATIVE_TRADES)} {place()}")
                own.append(cell(commune_id, f"Chi bộ {cooperative}", "hop-tac-xa", commune_id))
            row["members"] = sum(c["members"] for c in own)
            # Biểu số 05 and 06 of the Đề án, adding up as stats.yml's totals require.
            stats = {}
            for key in stats_keys:
                if key in ("chi-bo-xom", "bi-thu-chi-bo-xom"):
                    stats[key] = hamlets
                elif key == "chi-bo-xom-duoi-3-dv":
                    stats[key] = 0
                elif key not in total_parts and rng.random() < 0.15:
                    continue  # not given
                else:
                    stats[key] = rng.randint(0, hamlets)
            for whole, parts in totals:
                rest = stats[whole]
                for part in parts[:-1]:
                    stats[part] = min(stats.get(part, 0), rest)
                    rest -= stats[part]
                stats[parts[-1]] = rest
            for key in stats_keys:
                if key in stats:
                    row[f"stats.{key}"] = stats[key]
            committees.append(row)
            cells += own
            count += 1 + len(own)
        provinces.append((province_row, committees, cells))
    return provinces, stats_keys


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)   # what Excel exports: CRLF, quoted only when needed
        writer.writerow(header)
        for row in rows:
            writer.writerow([nfc(str(row.get(key, ""))) for key in header])


def write_organisations(rng, content, target):
    provinces, stats_keys = organisation_records(rng, target)
    committee_header = (["id", "name", "aliases", "level", "parent", "members"]
                        + [f"ratings.{y}" for y in RATING_YEARS] + [f"stats.{k}" for k in stats_keys])
    cell_header = (["id", "name", "level", "type", "parent", "members", "members_on_site", "internet", "computer"]
                   + [f"ratings.{y}" for y in RATING_YEARS])
    records = 0
    for province_row, committees, cells in provinces:
        folder = os.path.join(content, "orgs", province_row["id"])
        os.makedirs(folder)
        province_row["members"] = sum(c["members"] for c in committees)
        write_csv(os.path.join(folder, "dang-bo.csv"), committee_header, [province_row] + committees)
        write_csv(os.path.join(folder, "chi-bo.csv"), cell_header, cells)
        records += 1 + len(committees) + len(cells)
    return records


RULES_YML = """\
# Rules records must satisfy (as the real content/rules.yml), each with its basis.

# Every hamlet cell has at least 3 members on site (Đề án 03-ĐA/TU in the real
# content, which is a page; here a registry entry of the real registry).
- id: chi-bo-xom-it-nhat-3-dang-vien-tai-cho
  message: "Chi bộ xóm cần có ít nhất 3 đảng viên tại chỗ"
  basis: "21-NQ/TW"
  where: {level: chi-bo, type: xom-to-dan-pho}
  field: members_on_site
  min: 3
- id: khong-con-chi-bo-xom-duoi-3-dang-vien-tai-cho
  message: "Đảng bộ xã, phường còn chi bộ xóm có dưới 3 đảng viên tại chỗ"
  basis: "21-NQ/TW@2022-06-16"
  where: {level: cap-tren-co-so}
  field: stats.chi-bo-xom-duoi-3-dv
  max: 0
# Each commune or ward sets up only one commune-office cell (the basis here is
# a generated page, to exercise a page basis with an anchor).
- id: mot-chi-bo-co-quan-xa
  message: "Mỗi xã, phường, thị trấn chỉ lập một chi bộ cơ quan"
  basis: "guidance/d0000/p000.md#{anchor}"
  where: {level: cap-tren-co-so}
  children: {type: co-quan-xa}
  max: 1
"""


# MARK: Packs

PACK_MONTHS = 24
PACK_LAST_MONTH = (2025, 12)
PACK_TOPICS = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Công tác kiểm tra, giám sát của chi bộ",
    "Phát triển đảng viên ở cơ sở",
    "Quản lý đảng viên và giữ mối liên hệ với nơi cư trú",
    "Thực hiện quy chế dân chủ ở cơ sở",
    "Tự phê bình và phê bình trong chi bộ",
    "Công tác dân vận của chi bộ",
    "Đánh giá, xếp loại chất lượng đảng viên cuối năm",
    "Phòng, chống tham nhũng, lãng phí, tiêu cực",
    "Ứng dụng công nghệ thông tin trong sinh hoạt chi bộ",
    "Chuẩn bị đại hội chi bộ",
]
PACK_ITEMS = [
    "Thông tin thời sự, quán triệt các nội dung lãnh đạo, chỉ đạo mới của cấp trên.",
    "Đánh giá kết quả thực hiện nghị quyết tháng trước; biểu dương đảng viên hoàn thành tốt nhiệm vụ.",
    "Tự phê bình và phê bình; kiểm tra, giám sát đảng viên trong thực hiện nhiệm vụ.",
    "Thảo luận, thống nhất nghị quyết tháng sau, phân công đảng viên thực hiện.",
    "Chi ủy báo cáo tình hình thu, nộp đảng phí và quản lý hồ sơ đảng viên.",
    "Đảng viên phụ trách địa bàn báo cáo tình hình ở khu dân cư.",
]
PACK_QUESTIONS = [
    "Chi bộ đã làm được gì để nội dung sinh hoạt thiết thực hơn?",
    "Đảng viên nào còn ngại phát biểu, và chi ủy giúp đỡ thế nào?",
    "Việc nào của nghị quyết tháng trước chưa hoàn thành, vì sao?",
    "Nhân dân ở địa bàn đang quan tâm nhất đến điều gì?",
    "Chi bộ cần kiến nghị gì với cấp ủy cấp trên?",
]


def pack_months():
    year, month = PACK_LAST_MONTH
    months = []
    for _ in range(PACK_MONTHS):
        months.append((year, month))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(months))


def month_end(year, month):
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def read_types():
    """(id, name) of the real content/types.yml."""
    types = []
    with open(os.path.join(REAL_CONTENT, "types.yml"), encoding="utf-8") as handle:
        text = handle.read()
    for match in re.finditer(r'^- id: ([a-z0-9-]+)\s*\n\s*name: "([^"]+)"', text, re.M):
        types.append(match.groups())
    return types


def write_pack(rng, pool, registry, plans, year, month, type_id, type_name, kind, topic):
    """One pack file's text: about 1.5 KB with headings, a list, two or three
    citations of directives current that month and a link to a page's heading."""
    start, end = datetime.date(year, month, 1), month_end(year, month)
    current = [e for e in registry if e.is_current(start) and (e.replaced_on is None or e.replaced_on > end)]
    real = [e for e in current if e.real]
    synthetic = [e for e in current if not e.real] or real
    cited = []
    for _ in range(rng.randint(2, 3)):
        source = real if real and rng.random() < 0.15 else synthetic
        choices = [e for e in source if e not in cited] or [e for e in current if e not in cited]
        if choices:
            cited.append(rng.choice(choices))
    short = [s for s in pool if len(s) <= 130]
    target = rng.choice(plans)
    heading = rng.choice(target.headings)
    link = rng.choice(LINK_SENTENCES).format(h=heading, u=f"../../{target.path}#{slug(heading)}")
    mm = f"{month:02d}/{year}"

    if type_id is None:
        title = f"Định hướng chung sinh hoạt chi bộ tháng {mm}: {topic[0].lower() + topic[1:]}"
        headings = [f"Định hướng tháng {mm}", "Nội dung sinh hoạt định kỳ", "Yêu cầu đối với chi ủy"]
    else:
        title = (f"Chuyên đề: {topic}" if kind == "chuyen-de" else f"Sinh hoạt định kỳ: {topic}")
        headings = ["Vì sao chọn nội dung này", "Nội dung sinh hoạt", "Gợi ý thảo luận"]
    paragraphs = [[rng.choice(CITE_ONE).format(c=citation_text(rng, cited[0], dated=rng.random() < 0.85,
                                                              allow_break=True))],
                  [], [link]]
    for extra in cited[2:]:
        paragraphs[2].insert(0, rng.choice(CITE_ONE).format(c=citation_text(rng, extra)))
    items = rng.sample(PACK_ITEMS, 4)
    if len(cited) > 1:
        items[2] = rng.choice(CITE_ITEM).format(c=citation_text(rng, cited[1]))
    questions = rng.sample(PACK_QUESTIONS, 3) if type_id else []
    spare = rng.sample(short, 12)
    front = ["---", f"title: {quote(title)}", f"month: {year}-{month:02d}"]
    if type_id:
        front.append(f"type: {type_id}")
    front += [f"kind: {kind}", f"summary: {quote(rng.choice(short))}", "---", ""]
    size = rng.randint(1400, 1700)

    def render():
        out = list(front)
        if type_id:
            out += [f"Tài liệu dành cho {type_name[0].lower() + type_name[1:]}.", ""]
        out += [f"## {headings[0]}", "", " ".join(paragraphs[0]), "", f"## {headings[1]}", ""]
        out += [f"{i}. {item}" for i, item in enumerate(items, start=1)] + [""]
        if paragraphs[1]:
            out += [" ".join(paragraphs[1]), ""]
        out += [f"## {headings[2]}", ""]
        if questions:
            out += [f"- {q}" for q in questions] + [""]
        out += [" ".join(paragraphs[2]), "", "## Văn bản tham khảo", ""]
        out += [f"- {citation_text(rng_refs, e, dated=True)}" for e in cited] + [""]
        return "\n".join(out)

    # The reference list is drawn from its own generator, so that re-rendering
    # while filling up gives the same list.
    refs_seed = rng.random()
    rng_refs = random.Random(refs_seed)
    text = render()
    turn = 0
    while len(text.encode()) < size and spare:
        paragraphs[turn % 3].insert(1 if turn % 3 == 0 else 0, spare.pop())
        turn += 1
        rng_refs = random.Random(refs_seed)
        text = render()
    return text


def write_packs(rng, pool, content, registry, plans):
    types = read_types()
    count = 0
    for year, month in pack_months():
        folder = os.path.join(content, "packs", f"{year}-{month:02d}")
        os.makedirs(folder)
        kind = "chuyen-de" if month % 3 == 0 else "dinh-ky"
        topic = PACK_TOPICS[(year * 12 + month) % len(PACK_TOPICS)]
        files = [("chung", None, None, kind, topic)]
        for type_id, type_name in types:
            type_kind = kind if rng.random() < 0.8 else ("dinh-ky" if kind == "chuyen-de" else "chuyen-de")
            files.append((type_id, type_id, type_name, type_kind, rng.choice(PACK_TOPICS)))
        for name, type_id, type_name, file_kind, file_topic in files:
            text = write_pack(rng, pool, registry, plans, year, month, type_id, type_name, file_kind, file_topic)
            with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as handle:
                handle.write(nfc(text))
            count += 1
    return count


# MARK: The same Markdown as a Hugo site

HUGO_TOML = """\
# The guidance, pack and directive Markdown of the chibo benchmark corpus as a
# Hugo site (Benchmarks/generate-content.py --hugo): every page rendered with
# a minimal template, nothing else.
baseURL = "http://localhost/"
languageCode = "vi"
title = "Tài liệu sinh hoạt chi bộ"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
# Real directives carry `aliases:` (names they are cited by), which Hugo
# would take for redirect paths.
disableAliases = true
# Files, as chibo writes them (guidance/d0000/p000.html).
uglyURLs = true
buildFuture = true
[markup.goldmark.renderer]
unsafe = false
"""
HUGO_SINGLE = """\
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
{{ .Content }}
</body></html>
"""


def write_hugo_site(content, hugo):
    """Lays out the Markdown files of `content` (guidance, packs, directives) as
    a Hugo site in `hugo`. Returns the number of pages Hugo should render
    (the Markdown files) and of list pages (home and one per top section)."""
    for name in ("content", "public", "resources", "layouts"):
        path = os.path.join(hugo, name)
        if os.path.exists(path):
            shutil.rmtree(path)
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    with open(os.path.join(hugo, "hugo.toml"), "w", encoding="utf-8") as handle:
        handle.write(HUGO_TOML)
    for template in ("single.html", "list.html"):
        with open(os.path.join(hugo, "layouts", "_default", template), "w", encoding="utf-8") as handle:
            handle.write(HUGO_SINGLE)
    pages = 0
    sections = 0
    for section in ("guidance", "packs", "directives"):
        source = os.path.join(content, section)
        if not os.path.isdir(source):
            continue
        sections += 1
        for folder, dirs, files in os.walk(source):
            dirs.sort()
            target = os.path.join(hugo, "content", os.path.relpath(folder, content))
            os.makedirs(target, exist_ok=True)
            for name in sorted(files):
                if not name.endswith(".md"):
                    continue
                # `index.md` would make its folder a leaf bundle, hiding the
                # other pages: Hugo calls a section's own page `_index.md`.
                copy = "_index.md" if name == "index.md" else name
                shutil.copyfile(os.path.join(folder, name), os.path.join(target, copy))
                if copy != "_index.md":
                    pages += 1
    return pages, sections + 1


# MARK: Main

def main():
    parser = argparse.ArgumentParser(description="Synthetic content for benchmarking chibo check.")
    parser.add_argument("--pages", type=int, required=True, help="number of guidance pages")
    parser.add_argument("--out", required=True, help="output folder (DIR/content is replaced)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--faults", type=int, default=0, help="errors to plant (default 0)")
    parser.add_argument("--hugo", metavar="DIR",
                        help="also lay out the guidance, pack and directive Markdown as a Hugo site in DIR")
    args = parser.parse_args()
    if args.pages < 2:
        parser.error("--pages must be at least 2")
    if args.faults < 0:
        parser.error("--faults must be 0 or more")

    rng = random.Random(args.seed)
    pool = sentence_pool()

    content = os.path.join(args.out, "content")
    if os.path.exists(content):
        shutil.rmtree(content)
    os.makedirs(os.path.join(content, "directives"))
    os.makedirs(os.path.join(content, "guidance"))
    shutil.copyfile(os.path.join(REAL_CONTENT, "site.yml"), os.path.join(content, "site.yml"))

    # The registry: real entries copied as they are, synthetic ones written.
    real_folder = os.path.join(REAL_CONTENT, "directives")
    real_files = sorted(n for n in os.listdir(real_folder) if n.endswith(".md"))
    for name in real_files:
        shutil.copyfile(os.path.join(real_folder, name), os.path.join(content, "directives", name))
    synthetic = synthetic_directives(rng, max(8, round(args.pages * 0.02)))
    for entry in synthetic:
        path = os.path.join(content, "directives", slug(entry.symbol) + ".md")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(nfc(directive_file(entry, rng, pool)))
    registry = real_directives() + synthetic

    # Faults: spread evenly over the pages, cycling through the four codes.
    faults_by_page = {}
    if args.faults:
        offset = rng.randrange(args.pages)
        for number in range(args.faults):
            page = (number * args.pages // args.faults + offset) % args.pages
            faults_by_page.setdefault(page, []).append((number, FAULT_CODES[number % len(FAULT_CODES)]))

    plans = plan_pages(rng, args.pages, [e.date for e in synthetic])
    manifest = []
    for plan in plans:
        text, planted = write_page(rng, plan, plans, registry, pool, faults_by_page.get(plan.index, []))
        folder = os.path.join(content, "guidance", plan.folder)
        if plan.index % 100 == 0:
            os.makedirs(folder, exist_ok=True)
        text = nfc(text)
        with open(os.path.join(folder, plan.name), "w", encoding="utf-8") as handle:
            handle.write(text)
        lines = text.splitlines()
        for code, sentence in planted:
            line = next((i + 1 for i, l in enumerate(lines) if nfc(sentence).split("\n")[0] in l), None)
            manifest.append({"file": "content/" + plan.path, "line": line, "code": code, "text": nfc(sentence)})

    # Cell types, statistics, rules, records and packs, from a generator of
    # their own: the pages above are the same as without them.
    side = random.Random(f"records-{args.seed}")
    for name in ("types.yml", "stats.yml"):
        shutil.copyfile(os.path.join(REAL_CONTENT, name), os.path.join(content, name))
    with open(os.path.join(content, "rules.yml"), "w", encoding="utf-8") as handle:
        handle.write(RULES_YML.replace("{anchor}", slug(plans[0].headings[0])))
    records = write_organisations(side, content, max(3, round(args.pages / 3)))
    packs = write_packs(side, pool, content, registry, plans)

    hugo = None
    if args.hugo:
        hugo_pages, hugo_lists = write_hugo_site(content, args.hugo)
        hugo = {"dir": args.hugo, "pages": hugo_pages, "lists": hugo_lists}

    total = 0
    for folder, _, files in os.walk(content):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
    counts = {code: sum(1 for m in manifest if m["code"] == code) for code in FAULT_CODES}
    with open(os.path.join(args.out, "faults.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(json.dumps({"pages": args.pages, "directives": len(real_files) - (1 if "index.md" in real_files else 0)
                      + len(synthetic), "orgs": records, "packs": packs, "bytes": total, "faults": counts,
                      "hugo": hugo}, ensure_ascii=False))


if __name__ == "__main__":
    main()
