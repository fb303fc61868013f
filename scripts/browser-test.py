#!/usr/bin/python3
"""Opens a built site from disk (file://) in headless Chromium, the way a
commune PC opens it from a USB stick, and checks what a reader sees:

- the home page lists the guidance pages and its stylesheet is applied;
- every page reachable from the home page loads, has a title and a <h1>;
- every internal link points at a file that exists, and every #fragment at
  an element on the target page;
- no page loads anything from another host;
- a directive page lists where it is cited, and following such a link lands
  on the citation itself, which links back to the directive page; a
  citation in a guidance page leads to its directive page;
- search from disk: typed into the box on the home page with the keyboard,
  with and without diacritics, in NFD, with old and new tone placement, by
  symbol (`50-CT/TW`, `50 ct tw`, `chỉ thị 50`), by organisation name, by
  a month or a date in any written form (`tháng 1 năm 2027` finds the pack
  headed 01/2027); search.js reads the texts of
  Tests/ChiboKitTests/Fixtures/search/words.tsv into the terms the Swift
  index does; "show more" is a button the keyboard reaches, which shows
  the next results until all are shown, as many as the status line says;
  a query typed with diacritics puts the pages that match only without
  them under their own heading; a directive's result shows its subject
  line; a result opens its page;
- with JavaScript turned off, pages still show their content and the
  search page the lists to browse.

Usage: /usr/bin/python3 scripts/browser-test.py _site
Prints 'N passed, M failed' and exits 1 on any failure.
"""
import pathlib
import sys
import time
import unicodedata
import urllib.parse

from selenium.webdriver.common.keys import Keys

from tally import Tally, chromium

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "_site").resolve()
tally = Tally()
check = tally.check


def file_of(url):
    parsed = urllib.parse.urlparse(url)
    return pathlib.Path(urllib.parse.unquote(parsed.path)), urllib.parse.unquote(parsed.fragment)


# The network is off, as on a commune PC: no host resolves, no proxy answers.
offline = ("--window-size=1280,900", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9")
# Script errors and Content-Security-Policy violations reach the console.
driver = chromium(*offline, console=True)
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
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not errors, f"{name}: errors in the console: {errors}")
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

    # A citation in a guidance page leads to its directive's page.
    plan = site / "guidance" / "cao-bang" / "de-an-03-da-tu-nang-cao-chat-luong-sinh-hoat-chi-bo-2026-2030.html"
    if plan.is_file():
        driver.get(plan.as_uri())
        cited = driver.find_elements("css selector", "main a.citation[href*='directives/']")
        check(len(cited) > 0, "the Đề án page links no citation to a directive page")
        if cited:
            href = cited[0].get_attribute("href")
            cited[0].click()
            check(driver.current_url.split("#")[0] == href.split("#")[0], f"a citation click opened {driver.current_url}")
            check(bool(driver.find_elements("css selector", ".cited-at")), "the directive page has no 'cited at' list")

    def search_results(timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            last = driver.execute_script("return window.chiboSearch && window.chiboSearch.last")
            if last:
                links = driver.execute_script(
                    "return Array.prototype.map.call(document.querySelectorAll('#search-results a'),"
                    " function (a) { return [a.textContent, a.getAttribute('href')]; })")
                return last, links
            time.sleep(0.05)
        return None, []

    def search(query):
        driver.get((site / "search.html").as_uri() + "?q=" + urllib.parse.quote(query))
        return search_results()

    # Typed with the keyboard into the box every page has, then Enter.
    driver.get(home)
    box = driver.find_element("css selector", "#site-search-q")
    box.send_keys("sinh hoat chi bo")
    box.send_keys(Keys.ENTER)
    last, links = search_results()
    check(last is not None and last["results"] > 0, f"the home page's search box found nothing: {last}")
    check(bool(links) and "sinh hoạt chi bộ" in links[0][0].lower(), f"no diacritics: first result {links[:1]}")
    marks = driver.find_elements("css selector", "#search-results mark")
    check(len(marks) > 0, "results show no highlighted words")
    timings = []
    if last:
        timings.append(last["milliseconds"])
    # Down arrow from the box reaches the first result; Enter opens it.
    field = driver.find_element("css selector", "#search-input")
    field.send_keys(Keys.ARROW_DOWN)
    focused = driver.execute_script("return document.activeElement && document.activeElement.getAttribute('href')")
    check(bool(links) and focused == links[0][1], f"arrow down focuses {focused}, not the first result")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    time.sleep(0.3)
    check(driver.current_url.startswith((site / links[0][1].split("#")[0]).as_uri()) if links else False,
          f"Enter on a result opened {driver.current_url}")

    def first(query, expected_path, expected_title=None):
        last, links = search(query)
        if last:
            timings.append(last["milliseconds"])
        check(bool(links) and links[0][1].split("#")[0] == expected_path,
              f"“{query}”: first result {links[:1]}, expected {expected_path}")
        if expected_title and links:
            check(expected_title in links[0][0], f"“{query}”: first result is titled {links[0][0]}")
        return links

    for query in ["50-CT/TW", "50 ct tw", "chỉ thị 50", "chi thi 50", "CHỈ THỊ 50"]:
        first(query, "directives/50-ct-tw.html")
    # A directive's result shows its subject line, whole, as its snippet.
    search("50-CT/TW")
    snippet = driver.execute_script(
        "var s = document.querySelector('#search-results li .search-snippet'); return s && s.textContent")
    check(snippet == "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
          f"the directive's result shows “{snippet}”, not its subject line")
    first("Tổng Cột", "orgs/xa-tong-cot.html")
    first("tong cot", "orgs/xa-tong-cot.html")
    first("Ngâm Vàng", "orgs/xa-hung-dao-xom-ngam-vang.html")
    first("xa hung dao", "orgs/xa-hung-dao.html")
    # A number matches whatever its leading zeros: the month written 01/2027.
    first("định hướng chung tháng 1/2027", "packs/2027-01/chung.html")
    first("dinh huong chung thang 001/2027", "packs/2027-01/chung.html")
    # A month and a date in every written form, whatever the page wrote:
    # "ngày", "tháng", "năm" before a number are not needed.
    for query in ["tháng 1 năm 2027", "01-2027", "tháng 01/2027", "1/2027", "thang 1 nam 2027"]:
        first(query, "packs/2027-01/chung.html")
    first("chi bộ hợp tác xã tháng 1/2027", "packs/2027-01/hop-tac-xa.html")
    first("tháng 12 năm 2009", "guidance/bac-giang/chi-bo-co-quan-xa-o-bac-giang.html")
    first("ngày 9/9/2014", "guidance/trung-uong/huong-dan-to-chuc-va-hoat-dong-chi-bo-co-quan-xa-phuong-thi-tran.html")
    first("31/5/2014", "guidance/trung-uong/bao-cao-so-ket-mo-hinh-chi-bo-co-quan-xa-phuong-thi-tran.html")
    first("ngày 23 tháng 7 năm 2025", "directives/50-ct-tw.html")

    # search.js cuts texts into the terms the Swift index holds.
    cases = [line.split("\t") for line in
             (pathlib.Path(__file__).resolve().parent.parent / "Tests/ChiboKitTests/Fixtures/search/words.tsv")
             .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for text, terms in cases:
        for form in {text, unicodedata.normalize("NFD", text)}:
            got = driver.execute_script(
                "return window.chiboSearch.words ? window.chiboSearch.words(arguments[0])"
                ".map(function (w) { return w.term; }).join(' ') : null", form)
            check(got == terms, f"search.js reads “{form}” as “{got}”, the index as “{terms}”")
    check(len(cases) >= 25, f"only {len(cases)} shared texts of search words")
    # In a query, ngày / tháng / năm / số just before a number may be left
    # out by the page, and so may a date's terms; anywhere else, "năm" is a
    # word like any other.
    for query, optional in [("tháng 2 năm 2027", "thang nam 2/2027"), ("ngày 5/3/2026", "ngay 5/3/2026 3/2026"),
                            ("số 42", "so"), ("kế hoạch 5 năm", ""), ("năm học", ""), ("số liệu năm", "")]:
        got = driver.execute_script(
            "return window.chiboSearch.queryWords ? window.chiboSearch.queryWords(arguments[0])"
            ".filter(function (w) { return w.optional; }).map(function (w) { return w.term; }).join(' ') : null", query)
        check(got == optional, f"“{query}”: optional words “{got}”, expected “{optional}”")

    # More results than one batch: the status line gives them all; a button
    # the keyboard reaches shows the next ones, until none is left.
    said = driver.execute_script(
        "var s = document.querySelector('script[data-words]'); return JSON.parse(s && s.getAttribute('data-words') || '{}')")
    check(set(said) == {"results", "noResults", "showMore", "ignoringDiacritics"}, f"the search page gives search.js {said}")
    said = {name: said.get(name, "") for name in ("results", "noResults", "showMore", "ignoringDiacritics")}
    last, _ = search("chi bộ")
    total = last["results"] if last else 0
    status = driver.find_element("css selector", "#search-status").text
    check(total > 24 and status == said["results"].replace("{count}", str(total)).replace("{query}", "chi bộ"),
          f"“chi bộ”: {total} results, the status line says “{status}”")
    shown = len(driver.find_elements("css selector", "#search-results li"))
    check(shown == 12, f"“chi bộ” shows {shown} results at first, not 12")
    field = driver.find_element("css selector", "#search-input")
    field.send_keys(Keys.ARROW_DOWN)
    for _ in range(shown):
        driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    button = driver.switch_to.active_element
    check(button.tag_name == "button" and button.text == said["showMore"].replace("{count}", "12"),
          f"after the 12th result the arrow keys reach <{button.tag_name}> “{button.text}”, not the show-more button")
    presses = 0
    while driver.find_elements("css selector", "#search-results button.search-more") and presses < 20:
        before = len(driver.find_elements("css selector", "#search-results li"))
        driver.find_element("css selector", "#search-results button.search-more").send_keys(Keys.ENTER)
        deadline = time.time() + 5
        while time.time() < deadline and len(driver.find_elements("css selector", "#search-results li")) == before:
            time.sleep(0.05)
        time.sleep(0.1)
        presses += 1
        if presses == 1:
            focused = driver.execute_script("return document.activeElement.getAttribute('href')")
            thirteenth = driver.execute_script(
                "return document.querySelectorAll('#search-results li > a')[12].getAttribute('href')")
            check(focused == thirteenth, f"after “show more” the focus is on {focused}, not the 13th result")
    shown = len(driver.find_elements("css selector", "#search-results li"))
    check(shown == total and presses == (total - 1) // 12, f"“show more” pressed {presses} times shows {shown} of {total}")

    # Typed with diacritics: the pages that spell it so first, then, under
    # a heading of their own, those that match only without diacritics.
    def groups(query):
        last, links = search(query)
        heading = driver.find_elements("css selector", "#search-results h2.search-group")
        after = driver.execute_script(
            "var h = document.querySelector('#search-results h2.search-group');"
            "return h ? h.nextElementSibling.querySelectorAll('li').length : 0")
        return last, links, heading, after
    last, links, heading, after = groups("Tĩnh Túc")
    check(bool(links) and links[0][1] == "orgs/xa-tinh-tuc.html", f"“Tĩnh Túc”: first result {links[:1]}")
    spelled = last["spelled"] if last else 0
    check(len(heading) == 1 and heading[0].text == said["ignoringDiacritics"].replace("{count}", str(after))
          and after > 0 and last is not None and spelled + after == last["results"],
          f"“Tĩnh Túc”: {spelled} spelled as typed, then {[h.text for h in heading]} over {after} of {last and last['results']}")
    last, links, heading, after = groups("tinh tuc")
    check(not heading and bool(links) and links[0][1] == "orgs/xa-tinh-tuc.html",
          f"“tinh tuc” (no diacritics) is grouped or misses: {[h.text for h in heading]}, {links[:1]}")
    with_marks = search("sinh hoạt chi bộ")[1]
    nfd = search(unicodedata.normalize("NFD", "sinh hoạt chi bộ"))[1]
    check(with_marks == nfd and len(with_marks) > 0, "an NFD query finds other pages than its NFC form")
    old_tone, new_tone = search("Hoà An")[1], search("Hòa An")[1]
    check(old_tone == new_tone and bool(old_tone) and old_tone[0][1] == "orgs/xa-hoa-an.html",
          f"old and new tone placement differ: {old_tone[:1]} / {new_tone[:1]}")
    d_plain, d_stroke = search("dang uy")[1], search("đảng ủy")[1]
    check(bool(d_plain) and {l[1] for l in d_plain} == {l[1] for l in d_stroke}, "`đ` and `d` find different pages")
    # Typed with diacritics, pages with that exact spelling come first:
    # `hóa` (văn hóa) and `hòa` (Hoà An) fold to one term.
    def spelling(word):
        tones = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
        decomposed = unicodedata.normalize("NFD", word.lower())
        tone = "".join(tones.get(c, "") for c in decomposed)
        return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones)) + tone
    for query in ["hóa", "hòa"]:
        search(query)
        marked = driver.execute_script(
            "var m = document.querySelectorAll('#search-results li:first-child mark');"
            "return Array.prototype.map.call(m, function (e) { return e.textContent; })")
        check(spelling(query) in [spelling(m) for m in marked],
              f"“{query}”: the first result highlights {marked}, not the spelling typed")
    nothing = search("zzzyyyxxx")
    check(nothing[0] is not None and nothing[0]["results"] == 0, "a query that matches nothing shows results")
    if links:
        driver.get((site / "search.html").as_uri() + "?q=" + urllib.parse.quote("Tổng Cột"))
        search_results()
        driver.find_element("css selector", "#search-results a").click()
        time.sleep(0.2)
        check(driver.find_element("css selector", "h1").text.strip() == "Đảng bộ xã Tông Cọt",
              f"opening a result shows {driver.find_element('css selector', 'h1').text}")
    if timings:
        print(f"search: {len(timings)} queries, slowest {max(timings):.0f} ms to results")
finally:
    driver.quit()

# With JavaScript off, content is all there: it is plain HTML.
driver = chromium(*offline, javascript=False)
try:
    pages = [p for p in ["index.html", "packs/index.html", "directives/50-ct-tw.html", "orgs/index.html", "stats.html"]
             if (site / p).is_file()]
    for page in pages:
        driver.get((site / page).as_uri())
        text = driver.find_element("css selector", "main").text
        check(len(text) > 200, f"without JavaScript {page} shows {len(text)} characters")
    driver.get((site / "search.html").as_uri() + "?q=chi")
    # The search page leads to the lists that reach every page.
    listed = driver.find_elements("css selector", ".site-index a")
    check(len(listed) >= 6, f"without JavaScript the search page offers {len(listed)} lists to browse")
    ran = driver.find_elements("css selector", "#search-results a")
    check(len(ran) == 0, "JavaScript ran although it is turned off")
finally:
    driver.quit()

tally.finish("browser: ")
