// The "Check your draft" form: the classic script that starts its modules (form/main.js).
//
// A page opened from file:// runs no module at all, so this script stays classic: it says there, and
// wherever the modules cannot be loaded, why the checker cannot start and where to go instead; the
// modules use the same words when the checker fails later. What the reader typed stays in the form.

(() => {
  "use strict";

  const script = /** @type {HTMLScriptElement} */ (
    document.currentScript ?? document.querySelector('script[src*="checker-form.js"]')
  );
  const siteRoot = new URL("../", script.src); // this file is <site root>/javascripts/checker-form.js
  const form = /** @type {HTMLFormElement} */ (document.getElementById("atl-form"));
  const statusLine = /** @type {HTMLElement} */ (document.getElementById("atl-status"));
  const summary = /** @type {HTMLElement} */ (document.getElementById("atl-summary"));

  /** Where to go instead, on a line of its own; the engine's message says what went wrong. */
  function advice() {
    const elsewhere = document.createElement("span");
    elsewhere.className = "atl-checker-status__elsewhere";
    const checklist = document.createElement("a");
    checklist.href = new URL("checklist/", siteRoot).href;
    checklist.textContent = "Open the printable checklist";
    const commandLine = document.createElement("a");
    commandLine.href = "#command-line";
    commandLine.textContent = "use the command line";
    elsewhere.append("What you typed stays in the form. ", checklist, " or ", commandLine, ".");
    return [elsewhere];
  }

  /** @param {string} text */
  function strong(text) {
    const element = document.createElement("strong");
    element.textContent = text;
    return element;
  }

  /** @param {{message?: string} | null} error */
  function showFailure(error) {
    statusLine.dataset.stage = "failed";
    const message = error?.message || "The checker could not start in this browser.";
    statusLine.replaceChildren(strong("The checker could not start. "), message, ...advice());
  }

  function showFailedSummary() {
    summary.dataset.state = "failed";
    summary.replaceChildren(strong("The checker could not start, so it cannot check your note here."), ...advice());
  }

  window.followupCheckerForm = { showFailure, showFailedSummary, advice };

  /** Without the modules the form can only say why nothing can be checked here. */
  /** @param {{message?: string} | null} error */
  function explainOnly(error) {
    for (const button of form.querySelectorAll("button")) button.disabled = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      showFailedSummary();
    });
    const engine = window.followupChecker;
    if (!engine) {
      showFailure(error);
      return;
    }
    engine.events.addEventListener("status", (event) => {
      const { detail } = /** @type {CustomEvent<import("./form/types.js").Status>} */ (event);
      if (detail.stage === "failed") showFailure(detail);
    });
    engine.start(); // on file:// the client fails at once, saying why
    if (engine.status.stage === "failed") showFailure(engine.status);
    else if (error) showFailure(error);
  }

  if (location.protocol === "file:") {
    explainOnly(null);
  } else {
    import(new URL("form/main.js", script.src).href).catch(() =>
      explainOnly({ message: "The checker's files could not be loaded." }),
    );
  }
})();
