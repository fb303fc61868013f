#!/usr/bin/python3
"""Search relevance: how often the right page comes first.

Usage: /usr/bin/python3 Benchmarks/search-relevance.py SITE [QUERIES] [--min SHARE]

SITE is content/ built (`chibo build --content content --output SITE`);
QUERIES is a tab-separated list of query, the page that must come first and
what the query exercises (default: Benchmarks/search-queries.tsv). Each
query is typed into search.html opened from disk (file://) in headless
Chromium, as a reader would; the script prints the share of queries whose
page comes first and in the top 3, and every query whose page does not come
first, with what came instead. Exit 1 if the share first is below SHARE
(default 0.95).
"""
import pathlib
import sys
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))
from tally import chromium  # noqa: E402

arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 0.95
if "--min" in sys.argv:
    arguments.remove(sys.argv[sys.argv.index("--min") + 1])
site = pathlib.Path(arguments[0]).resolve()
listing = pathlib.Path(arguments[1] if len(arguments) > 1 else pathlib.Path(__file__).parent / "search-queries.tsv")

queries = []
for number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    fields = line.split("\t")
    if len(fields) != 3:
        raise SystemExit(f"{listing}:{number}: expected query, page and note, tab-separated")
    queries.append(fields)

driver = chromium()
first = top3 = 0
misses = []
try:
    for query, expected, note in queries:
        # A fresh page for each query, as when the reader types it in.
        driver.get("about:blank")
        driver.get((site / "search.html").as_uri() + "?q=" + urllib.parse.quote(query))
        deadline = time.time() + 10
        while time.time() < deadline and not driver.execute_script("return window.chiboSearch && window.chiboSearch.last"):
            time.sleep(0.02)
        found = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('#search-results li > a'),"
            " function (a) { return a.getAttribute('href').split('#')[0]; })")
        if found[:1] == [expected]:
            first += 1
        else:
            place = found.index(expected) + 1 if expected in found else None
            misses.append((query, expected, note, place, found[:3]))
        if expected in found[:3]:
            top3 += 1
finally:
    driver.quit()

count = len(queries)
for query, expected, note, place, found in misses:
    where = f"at {place}" if place else "not shown"
    print(f"miss: “{query}” ({note}): {expected} {where}; first: {', '.join(found) or 'nothing'}")
print(f"{count} queries: right page first {first}/{count} ({first / count:.1%}), "
      f"in the top 3 {top3}/{count} ({top3 / count:.1%}) (minimum first: {minimum:.0%})")
sys.exit(0 if first / count >= minimum else 1)
