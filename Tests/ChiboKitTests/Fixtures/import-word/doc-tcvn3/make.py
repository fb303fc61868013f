#!/usr/bin/env python3
"""Makes document.doc, the old-Word fixture of WordReaderTests: a .docx
written here with its text in TCVN3 bytes in the .VnTime fonts (the title in
.VnTimeH, the capitals font), saved as Word 97 (.doc) by LibreOffice, as an
office's old files are. Needs Debian's libreoffice-writer. The .doc is
committed; run this only to change it."""
import os, re, subprocess, sys, tempfile, unicodedata, zipfile
here = os.path.dirname(os.path.abspath(sys.argv[0]))
root = os.path.abspath(os.path.join(here, *[os.pardir] * 5))
source = open(root + '/Sources/ChiboKit/Citations/LegacyEncoding.swift', encoding='utf-8').read()
table = source[source.index('static let tcvn3:'):]
table = table[:table.index('var table')]
byte_of = {letter: int(code, 16) for code, letter in re.findall(r'\((0x[0-9A-F]{2}), "(.)"\)', table)}

def tcvn3(text):
    """The text as TCVN3 bytes, shown as the Latin-1 letters a .VnTime run holds."""
    out = []
    for ch in unicodedata.normalize('NFC', text):
        code = byte_of.get(ch) or byte_of.get(ch.lower())
        out.append(chr(code) if code else ch)
    return ''.join(out)

def run(text, font):
    text = text.replace('&', '&amp;').replace('<', '&lt;')
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')

def paragraph(*runs, centred=False):
    look = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ''
    return f'<w:p>{look}{"".join(runs)}</w:p>'

body = [
    paragraph(run(tcvn3('ĐẢNG BỘ XÃ HƯNG ĐẠO'), '.VnTimeH')),
    paragraph(run('Số 07-HD/ĐU', 'Times New Roman')),
    paragraph(run(tcvn3('Hưng Đạo, ngày 5 tháng 3 năm 2026'), '.VnTime')),
    paragraph(run(tcvn3('HƯỚNG DẪN'), '.VnTimeH'), centred=True),
    paragraph(run(tcvn3('về sinh hoạt chi bộ thôn năm 2026'), '.VnTime'), centred=True),
    paragraph(run(tcvn3('Các chi bộ thôn sinh hoạt định kỳ mỗi tháng một lần, do đồng chí bí thư chủ trì; '
                        'nội dung bám sát nghị quyết của Đảng ủy xã và tình hình của thôn.'), '.VnTime')),
]
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{"".join(body)}</w:body></w:document>')
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
with tempfile.TemporaryDirectory() as work:
    docx = os.path.join(work, 'document.docx')
    with zipfile.ZipFile(docx, 'w') as z:
        z.writestr('[Content_Types].xml', types)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', document)
    subprocess.run(['soffice', f'-env:UserInstallation=file://{work}/profile', '--headless',
                    '--convert-to', 'doc:MS Word 97', '--outdir', here, docx], check=True, capture_output=True)
