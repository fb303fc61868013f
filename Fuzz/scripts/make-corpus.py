#!/usr/bin/env python3
"""Writes the seed corpora of Fuzz/corpus/<target>/ from the real content
folder: whole Markdown pages, their front-matter blocks, the CSV records
(and each of its rows under the header), and titles and headings for slugs.
Run from anywhere: python3 Fuzz/scripts/make-corpus.py"""
import hashlib, os, re, pathlib

root = pathlib.Path(__file__).resolve().parents[2]
content = root / "content"
out = root / "Fuzz" / "corpus"
MAX = 64 * 1024

def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = data[:MAX]
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)

pages = sorted(content.rglob("*.md"))
for page in pages:
    text = page.read_text(encoding="utf-8")
    put("fuzz-markdown-citations", text)
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    if m:
        put("fuzz-front-matter", m.group(0))
    for line in text.splitlines():
        h = re.match(r"#{1,6}\s+(.*)", line)
        if h:
            put("fuzz-slug", h.group(1))
        t = re.match(r"(title|symbol|issuer):\s*(.*)", line)
        if t:
            put("fuzz-slug", t.group(2).strip().strip('"'))

for csv in sorted(content.rglob("*.csv")):
    text = csv.read_text(encoding="utf-8")
    put("fuzz-csv-records", text)
    lines = text.splitlines(keepends=True)
    for row in lines[1:]:
        put("fuzz-csv-records", lines[0] + row)
