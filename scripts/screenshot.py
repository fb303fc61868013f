#!/usr/bin/python3
"""Takes a screenshot of a page of the built site, opened from disk in
headless Chromium: python3 scripts/screenshot.py _site/index.html out.png [width]"""
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

page, out = sys.argv[1], sys.argv[2]
width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},1000"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(pathlib.Path(page).resolve().as_uri())
    driver.save_screenshot(out)
finally:
    driver.quit()
