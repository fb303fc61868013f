#!/usr/bin/python3
"""`chibo serve` through the real command, in headless Chromium: a page
opened from the server reloads itself after its source is edited; a change
that breaks the content shows its diagnostic over the page while the last
good page stays; fixing it takes the overlay away; no script error and no
Content-Security-Policy violation on the way.

Usage: /usr/bin/python3 scripts/serve-test.py CHIBO CONTENT THEME WORKDIR
(CONTENT is edited in place: give it a copy). Prints 'N passed, M failed'.
"""
import pathlib
import re
import subprocess
import sys
import time

from tally import Tally, chromium

chibo, content, theme, work = sys.argv[1:5]
content = pathlib.Path(content)
tally = Tally()
check = tally.check

log = open(pathlib.Path(work) / "serve.log", "w+")
server = subprocess.Popen([chibo, "serve", "--content", str(content), "--theme", theme,
                           "--output", str(pathlib.Path(work) / "served"), "--port", "0"],
                          stderr=log, stdout=log)


def wait_for(predicate, seconds):
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def served_address():
    log.seek(0)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", log.read())
    return match and match.group(0)


driver = None
try:
    base = None
    if wait_for(lambda: served_address() is not None, 60) is not None:
        base = served_address()
    check(base is not None, "chibo serve never said where it serves")
    if base is None:
        raise SystemExit(tally.finish("serve: "))
    page = sorted((content / "guidance").rglob("*.md"))
    page = next(p for p in page if p.name != "index.md")
    url = base + page.relative_to(content).with_suffix(".html").as_posix()
    driver = chromium("--window-size=1280,900", console=True)
    driver.get(url)
    text = lambda: driver.execute_script("return document.querySelector('main').innerText")
    overlay = lambda: driver.execute_script(
        "var o = document.querySelector('.chibo-overlay'); return o ? o.innerText : null")
    check(overlay() is None, "an overlay shows over a clean build")
    original = page.read_text(encoding="utf-8")
    # Long enough for the script to be waiting on the server.
    time.sleep(0.5)

    page.write_text(original + "\nĐoạn thêm khi đang xem trang.\n", encoding="utf-8")
    took = wait_for(lambda: "Đoạn thêm khi đang xem trang." in text(), 2)
    check(took is not None, "the open page did not reload with the edit within 2 seconds")
    if took is not None:
        print(f"edit shown in the open page after {took:.2f} s")

    # A link one letter off its page's own name: the finding has a help line.
    mistyped = page.stem[:-1] + "x.md"
    page.write_text(original + f"\nXem [trang không có]({mistyped}).\n", encoding="utf-8")
    took = wait_for(lambda: (overlay() or "").find("link.broken") >= 0, 3)
    check(took is not None, f"no overlay naming link.broken after a broken edit: {overlay()!r}")
    shown = overlay() or ""
    check(page.name in shown, f"the overlay does not name the file: {shown!r}")
    check("Đoạn thêm khi đang xem trang." in text(), "the last good page is not what is shown under the overlay")
    # The site is Vietnamese: so is the overlay, help lines included.
    check("có lỗi" in shown.split("\n")[1] and "lỗi: " in shown,
          f"the overlay's heading or severity is not Vietnamese: {shown!r}")
    check("gợi ý: " in shown and page.name in shown.split("gợi ý: ", 1)[-1],
          f"the overlay shows no help line naming the page meant: {shown!r}")
    english = re.findall(r"\b(error|warning|help|there is no|did you mean|does not|link to)\b", shown)
    check(not english, f"English left in the overlay: {english} in {shown!r}")

    page.write_text(original + "\nĐã sửa xong.\n", encoding="utf-8")
    took = wait_for(lambda: "Đã sửa xong." in text() and overlay() is None, 3)
    check(took is not None, "the page did not recover after the fix")

    problems = [entry["message"] for entry in driver.get_log("browser")
                if entry["level"] == "SEVERE" or "Content Security Policy" in entry["message"]]
    check(not problems, f"console problems: {problems}")
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait(10)
tally.finish("serve in Chromium: ")
