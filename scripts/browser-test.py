#!/usr/bin/python3
"""Opens a built site from disk (file://) in headless Chromium, the way a
commune PC opens it from a USB stick, and checks what a reader sees:

- the home page lists the guidance pages and its stylesheet is applied;
- every page reachable from the home page loads, has a title and a <h1>;
- every internal link points at a file that exists, and every #fragment at
  an element on the target page;
- no page loads anything from another host;
- a directive page lists where it is cited, and following such a link lands
  on the citation itself, which links back to the directive page.

Usage: /usr/bin/python3 scripts/browser-test.py _site
Prints 'N passed, M failed' and exits 1 on any failure.
"""
import pathlib
import sys
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "_site").resolve()
passed, failures = 0, []


def check(condition, message):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(message)


def file_of(url):
    parsed = urllib.parse.urlparse(url)
    return pathlib.Path(urllib.parse.unquote(parsed.path)), urllib.parse.unquote(parsed.fragment)


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    home = (site / "index.html").as_uri()
    driver.get(home)
    listed = driver.execute_script(
        "return Array.from(document.querySelectorAll('main a')).map(a => a.getAttribute('href'))")
    guidance = sorted(p.relative_to(site).as_posix() for p in (site / "guidance").rglob("*.html")
                      if p.name != "index.html")
    check(len(guidance) >= 4, f"expected at least 4 guidance pages, found {guidance}")
    for page in guidance:
        check(page in listed, f"home page does not list {page}")
    header = driver.execute_script(
        "return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    check(header not in ("", "rgba(0, 0, 0, 0)"), "the stylesheet is not applied (header has no background)")

    queue, seen, fragments = [home], {home}, []
    while queue:
        url = queue.pop()
        driver.get(url)
        path, _ = file_of(url)
        name = path.relative_to(site).as_posix()
        check(bool(driver.title.strip()), f"{name}: no <title>")
        check(len(driver.find_elements("css selector", "h1")) == 1, f"{name}: expected one <h1>")
        resources = driver.execute_script(
            "return performance.getEntriesByType('resource').map(r => r.name)")
        for resource in resources:
            check(resource.startswith("file://"), f"{name}: loads {resource} from another host")
        links = driver.execute_script(
            "return Array.from(document.querySelectorAll('a[href], img[src], link[href]'))"
            ".map(e => e.href || e.src)")
        for link in links:
            if not link.startswith("file://"):
                continue
            target, fragment = file_of(link)
            check(target.is_file(), f"{name}: link to {target} which is not a file")
            if fragment:
                fragments.append((name, target, fragment))
            page_url = target.as_uri()
            if target.suffix == ".html" and target.is_file() and page_url not in seen:
                seen.add(page_url)
                queue.append(page_url)
    for name, target, fragment in fragments:
        driver.get(target.as_uri())
        found = driver.execute_script("return document.getElementById(arguments[0]) !== null", fragment)
        check(found, f"{name}: {target.name}#{fragment} does not exist")
    check(len(seen) >= 10, f"only {len(seen)} pages reached from the home page")

    directive = (site / "directives" / "50-ct-tw.html")
    if directive.is_file():
        driver.get(directive.as_uri())
        # Citations in a title or summary link to the page itself; those in
        # the body to their anchor.
        places = driver.find_elements("css selector", ".cited-at .places a[href*='#']")
        check(len(places) >= 3, f"50-ct-tw.html lists {len(places)} places where it is cited")
        if places:
            places[0].click()
            target = driver.execute_script(
                "const t = document.querySelector(':target');"
                "return t ? [t.tagName, t.className, t.getAttribute('href') || ''] : null")
            check(target is not None and "citation" in target[1],
                  f"following a 'cited at' link does not land on a citation: {target}")
            if target:
                back = urllib.parse.unquote(target[2])
                check(back.endswith("directives/50-ct-tw.html"), f"the citation links to {back}, not back")
    else:
        check(False, "directives/50-ct-tw.html was not built")
finally:
    driver.quit()

for failure in failures:
    print("FAIL:", failure)
print(f"browser: {passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
