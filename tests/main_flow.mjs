// The steps of tests/main_flow.json in Firefox, over WebDriver BiDi with puppeteer-core.
// Usage: node tests/main_flow.mjs FIREFOX URL INTERVIEW_DATE; prints one JSON line: {ok, error?, external}.
import { readFile } from "node:fs/promises";
import puppeteer from "puppeteer-core";

const [firefox, url, interview] = process.argv.slice(2);
const flow = JSON.parse(await readFile(new URL("main_flow.json", import.meta.url), "utf-8"));
const external = [];
let browser;

async function run() {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefox,
    headless: true,
    extraPrefsFirefox: { "network.captive-portal-service.enabled": false, "app.update.enabled": false },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on("request", (request) => {
    const address = new URL(request.url());
    if (!["127.0.0.1", ""].includes(address.hostname) && !["blob:", "data:"].includes(address.protocol)) {
      external.push(request.url());
    }
  });
  await page.goto(url);
  for (const [index, step] of flow.steps.entries()) {
    const what = `step ${index + 1} (${step.why ?? step.do})`;
    if (step.do === "script" || step.do === "check") {
      if (!(await page.evaluate(step.js))) throw new Error(`${what}: ${step.js} is false`);
    } else if (step.do === "wait") {
      await page.waitForFunction(step.js, { timeout: flow.ready_ms, polling: 50 }).catch(() => {
        throw new Error(`${what}: still waiting for ${step.js}`);
      });
    } else if (step.do === "set") {
      const value = step.value.replace("{interview}", interview);
      await page.evaluate(
        (selector, text) => {
          const field = document.querySelector(selector);
          field.value = text;
          field.dispatchEvent(new Event("input", { bubbles: true }));
        },
        step.selector,
        value,
      );
    } else if (step.do === "type") {
      await page.focus(step.selector);
      await page.evaluate((selector) => {
        const field = document.querySelector(selector);
        field.setSelectionRange(field.value.length, field.value.length); // typing goes on at the end
      }, step.selector);
      await page.keyboard.type(step.text);
    } else if (step.do === "click") {
      await page.click(step.selector);
    } else if (step.do === "undo") {
      await page.focus(step.selector);
      await page.keyboard.down("Control");
      await page.keyboard.press("z");
      await page.keyboard.up("Control");
    } else {
      throw new Error(`${what}: unknown step`);
    }
  }
}

try {
  await run();
  console.log(JSON.stringify({ ok: true, external }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error), external }));
  process.exitCode = 1;
} finally {
  await browser?.close();
}
