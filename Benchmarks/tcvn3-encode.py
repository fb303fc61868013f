#!/usr/bin/env python3
"""Writes a UTF-8 text as a TCVN3 (ABC) 8-bit file, as Word saves text typed
in the .VnTime fonts: the fixture generator of `Benchmarks/import.sh`'s TCVN3
round trip. The letter table is read from chibo's own decoder
(Sources/ChiboKit/Citations/LegacyEncoding.swift), so the two cannot drift;
capitals with a tone are written with the small letter's byte, as the
.VnTimeH capital fonts draw them; typographic punctuation takes its Windows
byte. usage: tcvn3-encode.py IN.md OUT.txt"""
import re, sys, unicodedata
import os
root = os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[0])))
source = open(root + '/Sources/ChiboKit/Citations/LegacyEncoding.swift', encoding='utf-8').read()
table = source[source.index('static let tcvn3:'):]
table = table[:table.index('var table')]
byte_of = {letter: int(code, 16) for code, letter in re.findall(r'\((0x[0-9A-F]{2}), "(.)"\)', table)}
windows = {'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85, '•': 0x95}
out = bytearray()
for ch in unicodedata.normalize('NFC', open(sys.argv[1], encoding='utf-8').read()):
    if ch in byte_of:
        out.append(byte_of[ch])
    elif ch.lower() in byte_of and ch.lower() != ch:
        out.append(byte_of[ch.lower()])
    elif ord(ch) < 0x80:
        out.append(ord(ch))
    elif ch in windows:
        out.append(windows[ch])
    else:
        base = unicodedata.normalize('NFD', ch)[0]
        out.append(ord(base) if ord(base) < 0x80 else ord('?'))
open(sys.argv[2], 'wb').write(bytes(out))
