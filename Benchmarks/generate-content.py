#!/usr/bin/env python3
"""Synthetic content for benchmarking `chibo check` at scale.

    python3 Benchmarks/generate-content.py --pages N --out DIR [--seed S] [--faults K]

Writes DIR/content/ (replacing it if present):

  site.yml            copied from the repository's content/site.yml
  directives/         the real registry entries (content/directives/*.md), plus
                      about 2% of N synthetic entries numbered from 9000 up
                      (`9012-CT/TW`, `9013-HD/BTCTW`, `9014-KH/TU`), some of
                      which `replaces:` an older entry or `implements:` one
  guidance/dNNNN/pNNN.md
                      N guidance pages, 100 to a folder, each about 1.5-2 KB of
                      Vietnamese prose shuffled from the real guidance pages, with
                      2-4 `##` headings, a bullet list, a GFM table, 3-5 citations
                      written in the forms of docs/citations.md (with the
                      registry's exact date and issuing body) and 2-3 links to
                      headings of other generated pages

A page is dated after everything it cites, and never cites a directive that was
replaced on or before its date, so with `--faults 0` the corpus must check
clean (no errors, no warnings). `--faults K` plants exactly K errors, spread
over the pages, cycling through link.broken, link.anchor,
citation.date-mismatch and citation.unknown; DIR/faults.json lists where.

Prints a JSON summary on stdout. Deterministic for a given seed; standard
library only.
"""

import argparse
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


def write_page(rng, plan, plans, registry, pool, faults):
    """The Markdown of one page; `faults` lists the (number, code) of the faults to plant in it.
    Returns (text, planted) where planted lists (code, snippet)."""
    current = [e for e in registry if e.is_current(plan.date)]
    # A page cites the centre and its own province (others only when short).
    local = [e for e in current if "Tỉnh ủy" not in e.issuer or e.issuer.endswith(plan.province)]
    if len(local) >= 5:
        current = local
    synthetic = [e for e in current if not e.real]
    real = [e for e in current if e.real]

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
    others = [p for p in plans if p.index != plan.index]
    link_targets = rng.sample(others, min(len(others), rng.randint(2, 3)))

    short = [s for s in pool if len(s) <= 130]

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


# MARK: Main

def main():
    parser = argparse.ArgumentParser(description="Synthetic content for benchmarking chibo check.")
    parser.add_argument("--pages", type=int, required=True, help="number of guidance pages")
    parser.add_argument("--out", required=True, help="output folder (DIR/content is replaced)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--faults", type=int, default=0, help="errors to plant (default 0)")
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

    total = 0
    for folder, _, files in os.walk(content):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
    counts = {code: sum(1 for m in manifest if m["code"] == code) for code in FAULT_CODES}
    with open(os.path.join(args.out, "faults.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(json.dumps({"pages": args.pages, "directives": len(real_files) - (1 if "index.md" in real_files else 0)
                      + len(synthetic), "bytes": total, "faults": counts}))


if __name__ == "__main__":
    main()
