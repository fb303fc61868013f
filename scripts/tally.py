"""What the browser, print and injection tests share: a tally of checks
that prints 'FAIL: …' lines and the closing 'N passed, M failed' line, and
headless Chromium as they (and screenshot.py) drive it."""
import sys


class Tally:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)

    def finish(self, label, detail=""):
        """Prints the failures and the closing line; exits 1 on any failure."""
        for failure in self.failures:
            print("FAIL:", failure)
        print(f"{label}{self.passed} passed, {len(self.failures)} failed{detail}")
        sys.exit(1 if self.failures else 0)


def chromium(*flags, console=False, ignore_dialogs=False, javascript=True):
    """Headless Chromium under chromedriver, from Debian's packages. With
    `console`, the browser's console (script errors, Content-Security-Policy
    violations) can be read with driver.get_log("browser")."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu") + flags:
        options.add_argument(flag)
    if ignore_dialogs:
        options.set_capability("unhandledPromptBehavior", "ignore")
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
