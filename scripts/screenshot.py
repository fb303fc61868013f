#!/usr/bin/python3
"""Takes a screenshot of a page of the built site, opened from disk in
headless Chromium: python3 scripts/screenshot.py _site/index.html out.png [width]"""
import pathlib
import sys

from tally import chromium

page, out = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
driver = chromium(f"--window-size={width},1000")
try:
    driver.get(pathlib.Path(page).resolve().as_uri())
    driver.save_screenshot(out)
finally:
    driver.quit()
