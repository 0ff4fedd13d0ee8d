// The checker's status line: loading, ready, or why it cannot start (in the classic entry's words).

import { statusLine } from "./elements.js";

/** @typedef {import("./types.js").Status} Status */

const STAGES = {
  idle: "The checker starts in a moment.",
  "loading-python": "Loading Python… The first time can take a few seconds.",
  "loading-checker": "Loading the checker…",
  ready: "Ready. Nothing you type leaves this device.",
};

export const engine = window.followupChecker;
const fallback = window.followupCheckerForm;
/** @type {{message?: string} | null} the Error `ready` rejected with, once it has */
let engineFailure = null;

export function engineFailed() {
  return engineFailure !== null;
}

/** @param {Status | undefined} detail */
export function showStage(detail) {
  if (!detail || engineFailure) return;
  if (detail.stage === "failed") {
    showFailure(detail);
    return;
  }
  statusLine.dataset.stage = detail.stage;
  statusLine.replaceChildren(STAGES[detail.stage] ?? detail.message ?? "");
}

/** @param {{message?: string}} error */
export function showFailure(error) {
  engineFailure = error;
  fallback.showFailure(error);
}

let started = false;
export function startEngine() {
  if (!engine) return;
  // Once started, only a failure calls for another start: the engine retries what a second try may cure.
  if (started && engine.status?.stage !== "failed") return;
  started = true;
  engine.start();
  // The engine retries only what a second try may cure (a dropped download); otherwise its failure stands.
  if (engineFailure && engine.status?.stage !== "failed") {
    engineFailure = null;
    showStage(engine.status);
  }
}

/** Resolves once the checker is ready; false (after saying why) when it cannot start. */
export async function engineReady() {
  if (!engine) {
    showFailure({ message: "The checker's files could not be loaded." });
  } else {
    startEngine();
    try {
      await engine.ready;
      return true;
    } catch (error) {
      showFailure(/** @type {Error} */ (error));
    }
  }
  fallback.showFailedSummary();
  return false;
}

/** Show the engine's stages as they come. */
export function followStatus() {
  if (!engine) {
    showFailure({ message: "The checker's files could not be loaded." });
    return;
  }
  showStage(engine.status);
  engine.events.addEventListener("status", (event) => showStage(/** @type {CustomEvent<Status>} */ (event).detail));
  engine.ready.catch(showFailure);
}
