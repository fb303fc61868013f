#!/usr/bin/python3
"""Opens every page of a site built from script-injection attempts
(Tests/ChiboKitTests/Fixtures/injection/) in headless Chromium and checks
that nothing ran: no injected handler or script set `window.__pwned`, no
dialog opened, no link has a script address. Search results for the
payloads' words are shown too, since snippets carry page text.

Usage: /usr/bin/python3 scripts/injection-test.py SITE
Prints 'N passed, M failed'; exit 1 on any failure.
"""
import pathlib
import sys
import time
import urllib.parse

from selenium.common.exceptions import UnexpectedAlertPresentException

from tally import Tally, chromium

site = pathlib.Path(sys.argv[1]).resolve()
tally = Tally()
check = tally.check


driver = chromium(console=True, ignore_dialogs=True)


def inspect(url, name, search_query=None):
    try:
        driver.get(url)
        if search_query is not None:
            # Snippets and titles of results carry page text: wait for them.
            shown = None
            for _ in range(100):
                shown = driver.execute_script(
                    "return window.chiboSearch && window.chiboSearch.last && window.chiboSearch.last.results")
                if shown is not None:
                    break
                time.sleep(0.05)
            check(shown is not None and shown > 0, f"{name}: the search showed no results ({shown})")
        # Let handlers of images that fail to load, and any timer, fire.
        time.sleep(0.15)
        # Hover and click what an injected handler would sit on; never
        # inside a link, which would leave the page.
        driver.execute_script(
            "Array.prototype.forEach.call(document.querySelectorAll('body *'), function (e) {"
            " if (e.closest('a, button, input, form')) { return; }"
            " ['mouseover', 'click'].forEach(function (type) {"
            "  e.dispatchEvent(new MouseEvent(type, {bubbles: false, cancelable: true})); }); });")
        time.sleep(0.05)
        pwned = driver.execute_script("return window.__pwned === undefined ? null : String(window.__pwned)")
        check(pwned is None, f"{name}: injected code ran ({pwned})")
        scripted = driver.execute_script(
            "return Array.prototype.filter.call(document.querySelectorAll('a[href], [src]'), function (e) {"
            " var v = (e.getAttribute('href') || e.getAttribute('src') || '').replace(/\\s/g, '').toLowerCase();"
            " return v.indexOf('javascript:') === 0 || v.indexOf('vbscript:') === 0 || v.indexOf('data:text') === 0; }).length")
        check(scripted == 0, f"{name}: {scripted} links or sources with a script address")
        handlers = driver.execute_script(
            "return Array.prototype.filter.call(document.querySelectorAll('*'), function (e) {"
            " return Array.prototype.some.call(e.attributes, function (a) { return a.name.indexOf('on') === 0; }); }).length")
        check(handlers == 0, f"{name}: {handlers} elements with an event-handler attribute")
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
                  and "net::ERR_FILE_NOT_FOUND" not in entry["message"]]
        check(not errors, f"{name}: errors in the console: {errors}")
    except UnexpectedAlertPresentException:
        check(False, f"{name}: a dialog opened")


try:
    pages = sorted(site.rglob("*.html"))
    check(len(pages) >= 8, f"only {len(pages)} pages built")
    for page in pages:
        inspect(page.as_uri(), page.relative_to(site).as_posix())
    for query in ["onerror pwned", "script", "svg onload", "Đảng bộ", "Chỉ thị 9001"]:
        inspect((site / "search.html").as_uri() + "?q=" + urllib.parse.quote(query), f"search “{query}”", search_query=query)
finally:
    driver.quit()

tally.finish("injection: ")
