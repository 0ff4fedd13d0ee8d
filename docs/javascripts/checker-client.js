// window.followupChecker: the checker's JavaScript API. It runs the Python checker in a Web Worker
// (checker-worker.js) and answers with exactly what `followup-check PLAN --format json` prints.
//
// This file has no import or export, so it runs both as a module and as a classic script: a page
// opened from file:// runs no module at all, and can still say why the checker cannot start there.

(() => {
  "use strict";

  const script = document.currentScript ?? document.querySelector('script[src*="checker-client.js"]');
  const SITE_ROOT = new URL("../", script.src); // this file is <site root>/javascripts/checker-client.js
  const WORKER_URL = new URL("javascripts/checker-worker.js", SITE_ROOT);
  const POLICY_URL = new URL("assets/checker/policy.json", SITE_ROOT);
  const HOLIDAYS_URL = new URL("assets/checker/holidays.json", SITE_ROOT);
  const LOAD_TIMEOUT_MS = 180_000; // a last resort: a load that fails says so long before this
  // A slow or broken connection may do better on a second try; a missing feature will not.
  const RETRYABLE = new Set(["timeout", "asset", "internal"]);
  const ELSEWHERE =
    "You can still check your note with the printable checklist, or run the same checker on your computer " +
    "(followup-check).";

  const FAILURES = {
    "no-wasm":
      "This browser does not run WebAssembly (for example in iOS Lockdown Mode or a hardened browser), " +
      "and the checker needs it.",
    "file-protocol":
      "This page was opened as a file from your disk. The checker runs only when the site is served by a web server.",
    asset: "A file the checker needs is missing or damaged on this website.",
    mime: "The web server sends a file the checker needs with the wrong type (its Content-Type header).",
    worker: "This browser could not start the checker in the background (a Web Worker).",
    timeout: "The checker took too long, so it was stopped.",
    internal: "The checker stopped with an unexpected error.",
  };

  class CheckerError extends Error {
    constructor(code, detail) {
      super([FAILURES[code], detail, code === "input" ? "" : ELSEWHERE].filter(Boolean).join(" "));
      this.name = "CheckerError";
      this.code = code;
    }
  }

  const events = new EventTarget();
  const api = {
    ready: null,
    policy: null,
    holidays: null,
    events,
    status: { stage: "idle", message: "The checker starts when the page is idle or when you use the form." },
    timeoutMs: 10_000, // a check that takes longer is stopped and the worker replaced
    start,
    check: async (plan) => request("check", [planJson(plan)]),
    ics: async (plan) => request("ics", [planJson(plan)]),
    timeline: async (interviewDate, decisionDate = null) => request("timeline", [interviewDate, decisionDate]),
    planTimeline: async (plan) => request("planTimeline", [planJson(plan)]),
    debug: {
      memory: () => request("memory", []),
      stall: (ms) => request("stall", [ms]),
    },
  };

  let settleReady;
  function newReady() {
    api.ready = new Promise((resolve, reject) => {
      settleReady = { resolve, reject };
    });
    api.ready.catch(() => {}); // a failure is reported through status; a page need not await ready
  }
  newReady();

  function setStatus(detail) {
    api.status = detail;
    events.dispatchEvent(new CustomEvent("status", { detail }));
  }

  // What stops the checker before it starts, if anything.
  function obstacle() {
    if (location.protocol === "file:") return new CheckerError("file-protocol");
    if (typeof WebAssembly !== "object") return new CheckerError("no-wasm");
    if (typeof Worker !== "function") return new CheckerError("worker");
    return null;
  }
  const unavailable = obstacle();

  api.policy = unavailable
    ? Promise.reject(unavailable)
    : fetch(POLICY_URL, { cache: "no-cache" }).then((response) => {
        if (!response.ok) throw new CheckerError("asset", `(policy.json: HTTP ${response.status})`);
        return response.json();
      });
  api.policy.catch(() => {});
  // The office's public holidays, as the build wrote them: the days the checker never proposes.
  api.holidays = unavailable
    ? Promise.reject(unavailable)
    : fetch(HOLIDAYS_URL, { cache: "no-cache" }).then((response) => {
        if (!response.ok) throw new CheckerError("asset", `(holidays.json: HTTP ${response.status})`);
        return response.json();
      });
  api.holidays.catch(() => {});

  // One worker at a time; `current` is {worker, ready} or a failure that ends the checker for this page.
  let current = null;
  let failure = null;

  function fail(error) {
    if (failure) return;
    failure = error;
    setStatus({ stage: "failed", message: error.message, code: error.code });
    settleReady.reject(error);
  }

  function spawn() {
    setStatus({ stage: "loading-python", message: "Loading Python…" });
    let worker;
    try {
      // A reader who asked their browser to save data gets the smaller download (see checker-worker.js).
      const url = new URL(WORKER_URL);
      if (navigator.connection?.saveData) url.hash = "save-data";
      worker = new Worker(url, { type: "module" });
    } catch (error) {
      const attempt = { worker: null, ready: Promise.reject(new CheckerError("worker", `(${error.message})`)) };
      attempt.ready.catch((failed) => current === attempt && fail(failed));
      return attempt;
    }
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new CheckerError("timeout", "(while loading)")), LOAD_TIMEOUT_MS);
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        clearTimeout(timer);
        reject(new CheckerError("worker", event.message ? `(${event.message})` : ""));
      });
      worker.addEventListener("message", ({ data }) => {
        if (data.status) {
          const { stage, code, message } = data.status;
          if (stage === "failed") {
            clearTimeout(timer);
            reject(new CheckerError(code, message));
            return;
          }
          setStatus(data.status);
          if (stage === "ready") {
            clearTimeout(timer);
            resolve(worker);
          }
        } else {
          answer(data);
        }
      });
    });
    const attempt = { worker, ready };
    // A worker given up on (after a retry) must not settle the newer attempt's `ready`.
    ready.then(
      () => current === attempt && settleReady.resolve(),
      (error) => current === attempt && fail(error),
    );
    return attempt;
  }

  // After a failure that a second try may cure, start() tries again with a fresh worker and `ready`.
  function retry() {
    current?.worker?.terminate();
    current = null;
    failure = null;
    newReady();
  }

  function start() {
    if (failure && RETRYABLE.has(failure.code)) retry();
    if (current || failure) return;
    if (unavailable) fail(unavailable);
    else current = spawn();
  }

  // Requests go to the worker one at a time, so a timer measures only the request it belongs to.
  const pending = new Map();
  let lastId = 0;
  let queue = Promise.resolve();

  function request(op, args) {
    const run = queue.then(() => send(op, args));
    queue = run.catch(() => {});
    return run;
  }

  async function send(op, args) {
    start();
    if (failure) throw failure;
    const worker = await current.ready;
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        worker.terminate();
        current = spawn(); // a fresh worker for the next request
        reject(new CheckerError("timeout", `It is starting again; try once more in a moment.`));
      }, api.timeoutMs);
      pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, op, args });
    });
  }

  function answer({ id, ok, result, error }) {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    if (ok) waiting.resolve(result);
    else waiting.reject(new CheckerError(error.code, error.message));
  }

  // Like the command line, a plan without "today" is checked as of today where the reader is
  // (Python in the worker would take the date in UTC).
  function planJson(plan) {
    if (plan === null || typeof plan !== "object" || Array.isArray(plan)) {
      throw new CheckerError("input", "A plan is an object with at least interview_date (or interviews).");
    }
    return JSON.stringify("today" in plan ? plan : { ...plan, today: localDate() });
  }

  function localDate() {
    const now = new Date();
    const pad = (number) => String(number).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  window.followupChecker = api;
  if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 1000);
})();
