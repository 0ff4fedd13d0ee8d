// The "Check your draft" form, started by checker-form.js: reads the reader's plan from labelled fields,
// asks window.followupChecker (checker-client.js, Python in a Web Worker) to check it, and shows the
// report. Everything the reader typed and everything the checker says reaches the page as text nodes
// only, never as HTML.

import { h, plural } from "./dom.js";
import { setDaysOff } from "./dates.js";
import {
  addButton,
  announce,
  decisionInput,
  form,
  icsButton,
  interviewInput,
  rememberBox,
  report,
  staleNote,
} from "./elements.js";
import { policy } from "./policy.js";
import { recheckCorrections, showError, validPlan } from "./read.js";
import { setSummary, showReport } from "./report.js";
import { addRow, refreshProposedDates, rowEvents, rows } from "./rows.js";
import { engine, engineFailed, engineReady, followStatus, startEngine } from "./status.js";
import { forgetForm, restoreForm, saveForm, savedForm } from "./storage.js";
import { drawTimeline, followWidth } from "./timeline.js";

/** @typedef {import("./types.js").Plan} Plan */

let checkNumber = 0; // a newer check makes older answers stale

async function runCheck() {
  if (engineFailed()) {
    await engineReady(); // says again why nothing can be checked here, and where to go instead
    return;
  }
  const plan = validPlan();
  if (!plan) return;
  const thisCheck = ++checkNumber;
  if (engine?.status?.stage !== "ready") setSummary("Checking as soon as the checker is ready…", "waiting");
  if (!(await engineReady())) return;
  let answer;
  let steps = null;
  try {
    answer = await engine.check(plan);
    steps = await engine.timeline(plan.interview_date ?? "", plan.decision_date ?? null).catch(() => null);
  } catch (error) {
    if (thisCheck === checkNumber) {
      setSummary(/** @type {Error} */ (error)?.message ?? "The checker could not read the plan.", "problem");
    }
    return;
  }
  if (thisCheck !== checkNumber) return;
  showReport(plan, answer);
  drawTimeline(plan, steps); // after the report is shown, so that the picture is drawn at the width it will have
}

async function downloadCalendar() {
  if (engineFailed()) {
    await engineReady();
    return;
  }
  const plan = validPlan();
  if (!plan) return;
  if (plan.follow_ups.length === 0) {
    announce("Your plan has no follow-ups yet, so there is nothing to put in a calendar.");
    addButton.focus();
    return;
  }
  if (!(await engineReady())) return;
  let text;
  try {
    text = await engine.ics({ ...plan, follow_ups: plan.follow_ups.map(({ draft, ...rest }) => rest) });
  } catch (error) {
    setSummary(/** @type {Error} */ (error)?.message ?? "The calendar file could not be made.", "problem");
    return;
  }
  saveFile(new Blob([text], { type: "text/calendar;charset=utf-8" }), "after-the-interview.ics");
  announce(`Calendar file saved: after-the-interview.ics, with ${plural(plan.follow_ups.length, "date", "dates")}.`);
}

/** @type {string | null} */
let fileUrl = null;
/** @param {Blob} blob @param {string} name */
function saveFile(blob, name) {
  if (fileUrl) URL.revokeObjectURL(fileUrl); // the previous download has long been handed over
  fileUrl = URL.createObjectURL(blob);
  const link = h("a", { href: fileUrl, download: name, class: "atl-checker-sr-only" }, name);
  document.body.append(link);
  link.click();
  link.remove();
}

/** After any edit: the results on show no longer match the form, and a remembered copy follows it. @param {Event} [event] */
function formChanged(event) {
  if (!report.hidden && event?.target !== rememberBox) staleNote.hidden = false;
  saveForm();
}

function start() {
  const saved = savedForm();
  if (saved) restoreForm(saved);
  else addRow({ kind: "thank-you" });

  form.addEventListener("focusin", startEngine);
  form.addEventListener("pointerdown", startEngine);
  // On input, not change: a change comes when the field loses focus, so a message removed then would
  // move the Check button away from under the reader's pointer, and their click would be lost.
  form.addEventListener("input", (event) => {
    recheckCorrections();
    formChanged(event);
  });
  form.addEventListener("change", formChanged);
  rowEvents.addEventListener("removed", () => formChanged());
  for (const input of [interviewInput, decisionInput]) input.addEventListener("input", refreshProposedDates);
  addButton.addEventListener("click", () => {
    const row = addRow();
    row.kind.focus();
    announce(`Follow-up ${rows.length} added.`);
    formChanged();
  });
  rememberBox.addEventListener("change", () => {
    showError(rememberBox, null);
    if (rememberBox.checked) saveForm();
    else forgetForm();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    runCheck();
  });
  icsButton.addEventListener("click", downloadCalendar);
  followWidth();

  followStatus();
  if (!engine) return;
  engine.policy
    .then((loaded) => {
      Object.assign(policy, loaded);
      refreshProposedDates();
    })
    .catch(() => {}); // the defaults stand; a failure to start is reported through `ready`
  engine.holidays
    ?.then((holidays) => {
      setDaysOff(holidays);
      refreshProposedDates();
    })
    .catch(() => {}); // weekends, New Year's Day and Christmas Day stand
}

start();
