"""The checker page's main flow in three engines: Chromium (Playwright), WebKit (WebKitGTK's WebDriver
through Selenium, on a virtual display) and Firefox ESR (puppeteer-core over WebDriver BiDi).

``make setup`` installs Debian's webkit2gtk-driver, xvfb and firefox-esr where it can; a test whose
browser is missing is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.webkitgtk.options import Options
from selenium.webdriver.webkitgtk.service import Service

from tests.conftest import ROOT, Guarded, SiteServer
from tests.main_flow import SET_VALUE, interview_date, run_main_flow
from tests.widget_page import CheckerPage

pytestmark = pytest.mark.browser

SETUP_NOTE = ROOT / ".engines"  # written by scripts/ensure-engines: what make setup installed, or why not
WEBKIT_DRIVER = shutil.which("WebKitWebDriver")
FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox")
XVFB = shutil.which("Xvfb")
FLOW_TIMEOUT_S = 240


class PlaywrightDriver:
    def __init__(self, checker: CheckerPage) -> None:
        self.page = checker.page

    def evaluate(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def set_value(self, selector: str, value: str) -> None:
        self.page.evaluate(SET_VALUE, [selector, value])

    def type(self, selector: str, text: str) -> None:
        field = self.page.locator(selector)
        field.focus()
        field.press("Control+End")  # typing goes on at the end
        field.press_sequentially(text)

    def click(self, selector: str) -> None:
        self.page.locator(selector).click()

    def undo(self, selector: str) -> None:
        self.page.locator(selector).press("Control+z")


def test_the_main_flow_in_chromium(new_context: Callable[..., Guarded], site_server: SiteServer) -> None:
    guarded = new_context(viewport={"width": 1280, "height": 900})
    checker = CheckerPage(guarded.context.new_page(), site_server.url).open()
    run_main_flow(PlaywrightDriver(checker))
    assert guarded.external_requests == []


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A virtual display for WebKitGTK, which has no headless mode."""
    if XVFB is None:
        pytest.skip(f"WebKit: Xvfb is not installed (Debian's xvfb): {setup_note()}")
    number = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen([XVFB, number, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
    try:
        yield number
    finally:
        server.terminate()
        server.wait(timeout=10)


def setup_note() -> str:
    return SETUP_NOTE.read_text(encoding="utf-8").strip() if SETUP_NOTE.is_file() else "make setup has not run"


def test_the_main_flow_in_webkit(display: str, site_server: SiteServer) -> None:
    if WEBKIT_DRIVER is None:
        pytest.skip(f"WebKit: WebKitWebDriver is not installed (Debian's webkit2gtk-driver): {setup_note()}")
    options = Options()
    options.binary_location = _minibrowser()
    options.add_argument("--automation")
    os.environ["DISPLAY"] = display
    # The driver's path is given, so Selenium Manager looks nothing up and downloads nothing.
    browser = webdriver.WebKitGTK(options=options, service=Service(executable_path=WEBKIT_DRIVER))
    try:
        browser.set_window_size(1280, 900)
        browser.get(site_server.url + CheckerPage.path)

        class SeleniumDriver:
            def evaluate(self, expression: str) -> Any:
                return browser.execute_script(f"return ({expression});")

            def set_value(self, selector: str, value: str) -> None:
                browser.execute_script(f"({SET_VALUE})(arguments[0]);", [selector, value])

            def type(self, selector: str, text: str) -> None:
                # Into a field without the focus, WebDriver types at the end of its text.
                browser.execute_script("document.activeElement.blur();")
                browser.find_element("css selector", selector).send_keys(text)

            def click(self, selector: str) -> None:
                browser.find_element("css selector", selector).click()

            def undo(self, selector: str) -> None:
                # WebKitGTK's WebDriver types Ctrl+Z as a key, which its MiniBrowser never turns into the
                # editing command; the command itself undoes what the textarea's history holds.
                undo = "document.querySelector(arguments[0]).focus(); document.execCommand('undo');"
                browser.execute_script(undo, selector)

        run_main_flow(SeleniumDriver())
    finally:
        browser.quit()


def _minibrowser() -> str:
    """Debian's WebKitGTK browser for automation (the driver starts it)."""
    found = sorted(Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser"))
    if not found:
        pytest.skip("WebKit: MiniBrowser is missing (Debian's webkit2gtk-driver installs it)")
    return str(found[-1])


def test_the_main_flow_in_firefox(site_server: SiteServer) -> None:
    if FIREFOX is None:
        pytest.skip(f"Firefox: firefox-esr is not installed: {setup_note()}")
    node = shutil.which("node")
    assert node, "Node.js runs puppeteer-core (make setup)"
    result = subprocess.run(
        [node, str(ROOT / "tests" / "main_flow.mjs"), FIREFOX, site_server.url + CheckerPage.path, interview_date()],
        capture_output=True,
        text=True,
        timeout=FLOW_TIMEOUT_S,
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else {}
    assert result.returncode == 0, f"{report.get('error')}\n{result.stderr[-3000:]}"
    assert report["ok"], report["error"]
    assert report["external"] == [], "the page asked another host for something"
