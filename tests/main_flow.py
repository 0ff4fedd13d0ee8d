"""The steps of tests/main_flow.json, run through a small driver: Playwright and Selenium each give one.

The same steps run in Firefox from tests/main_flow.mjs (puppeteer-core, in Node).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any, Protocol

FLOW = json.loads((Path(__file__).resolve().parent / "main_flow.json").read_text(encoding="utf-8"))
POLL_S = 0.05


class Driver(Protocol):
    """What a step needs of a browser: run a JavaScript expression, set a field, type, click, undo."""

    def evaluate(self, expression: str) -> Any: ...
    def set_value(self, selector: str, value: str) -> None: ...
    def type(self, selector: str, text: str) -> None: ...
    def click(self, selector: str) -> None: ...
    def undo(self, selector: str) -> None: ...


def interview_date() -> str:
    return (dt.date.today() - dt.timedelta(days=1)).isoformat()


def run_main_flow(driver: Driver) -> None:
    """Every step in order; a step that fails raises AssertionError with its reason."""
    for number, step in enumerate(FLOW["steps"], start=1):
        what = f"step {number} ({step.get('why', step['do'])})"
        if step["do"] in ("script", "check"):
            assert driver.evaluate(step["js"]), f"{what}: {step['js']} is false"
        elif step["do"] == "wait":
            deadline = time.monotonic() + FLOW["ready_ms"] / 1000
            while not driver.evaluate(step["js"]):
                assert time.monotonic() < deadline, f"{what}: still waiting for {step['js']}"
                time.sleep(POLL_S)
        elif step["do"] == "set":
            driver.set_value(step["selector"], step["value"].replace("{interview}", interview_date()))
        elif step["do"] == "type":
            driver.type(step["selector"], step["text"])
        elif step["do"] == "click":
            driver.click(step["selector"])
        elif step["do"] == "undo":
            driver.undo(step["selector"])
        else:
            raise AssertionError(f"{what}: unknown step")


# Sets a field as a reader's typing would end: the value, then the input event the page listens for.
SET_VALUE = "([selector, value]) => { const field = document.querySelector(selector); field.value = value;"
SET_VALUE += " field.dispatchEvent(new Event('input', {bubbles: true})); }"
