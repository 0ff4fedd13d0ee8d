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
  draftInput,
  findingsList,
  form,
  icsButton,
  rememberBox,
  report,
  staleNote,
} from "./elements.js";
import { policy } from "./policy.js";
import { moreDetails, readForm, recheckCorrections, showError, validPlan } from "./read.js";
import { focusFindings, setSummary, showReport } from "./report.js";
import { applyFix, editorEvents, followSelection, forgetIgnoredIfEmpty, ignore, ignored, markFindings, showIgnored, showInDraft } from "./editor.js";
import { followDraft, followEdit } from "./marks.js";
import { addRound, addRoundButton, roundEvents, rounds } from "./rounds.js";
import { addRow, draftRowIndex, refreshProposedDates, rowEvents, rows, typedEarly } from "./rows.js";
import { engine, engineFailed, engineReady, followStatus, startEngine } from "./status.js";
import { forgetForm, restoreForm, saveForm, savedForm } from "./storage.js";
import { drawTimeline, followWidth } from "./timeline.js";

/** @typedef {import("./types.js").Plan} Plan */

const FOLLOW_TYPING_MS = 40; // a pause this long after a keystroke checks again, once a first check is shown

let checkNumber = 0; // a newer check makes older answers stale
let shown = false; // a report is on show
let lastTimelinePlan = ""; // the plan the picture was drawn for, drafts left out
/** @type {ReturnType<typeof setTimeout> | undefined} */
let typingTimer;

/** @type {import("./report.js").Actions} */
const actions = {
  show: showInDraft,
  apply: applyFix,
  ignore: (key) => {
    const items = [...findingsList.children];
    const next = items[items.findIndex((item) => item instanceof HTMLElement && item.dataset.key === key) + 1];
    ignore(key);
    // On to the next finding, or the list's heading when it was the last one.
    const heading = next?.querySelector("h3");
    if (heading instanceof HTMLElement) heading.focus({ preventScroll: true });
    else focusFindings();
  },
  showIgnored: () => {
    showIgnored();
    focusFindings();
  },
};

/**
 * Check the form and show the report. A `live` check (the reader typing, after a first check) gives no
 * new message beside a field, moves neither focus nor caret, and is dropped if the draft changed meanwhile.
 * @param {{live?: boolean}} [options]
 */
async function runCheck({ live = false } = {}) {
  if (engineFailed()) {
    if (!live) await engineReady(); // says again why nothing can be checked here, and where to go instead
    return;
  }
  // The reader's own check answers for what they typed last: the quiet check it was waiting for would overtake it.
  if (!live) clearTimeout(typingTimer);
  const plan = live ? livePlan() : validPlan();
  if (!plan) {
    if (live && shown) staleNote.hidden = false;
    return;
  }
  const checkedDraft = draftInput.value;
  const draftIndex = draftRowIndex();
  const thisCheck = ++checkNumber;
  if (engine?.status?.stage !== "ready") setSummary("Checking as soon as the checker is ready…", "waiting");
  if (!(await engineReady())) return;
  const withoutDrafts = JSON.stringify({ ...plan, follow_ups: plan.follow_ups.map(({ draft, ...rest }) => rest) });
  let answer;
  let steps = null;
  try {
    answer = await engine.check(plan);
    if (!live || withoutDrafts !== lastTimelinePlan) steps = await engine.planTimeline(plan).catch(() => null);
  } catch (error) {
    if (thisCheck === checkNumber && !live) {
      setSummary(/** @type {Error} */ (error)?.message ?? "The checker could not read the plan.", "problem");
    }
    return;
  }
  if (thisCheck !== checkNumber || draftInput.value !== checkedDraft) return; // a newer check is on its way
  const entries = markFindings(answer.findings, plan.follow_ups[draftIndex]?.draft ?? "", draftIndex);
  shown = true;
  showReport(plan, entries, { live, ignored, actions });
  if (steps || !live) {
    lastTimelinePlan = withoutDrafts;
    drawTimeline(plan, steps); // after the report is shown, so that the picture is drawn at the width it will have
  }
}

/** The plan for a check while typing, or null while the form has a problem. */
function livePlan() {
  const { plan, invalid } = readForm({ onlyUpdate: true });
  return invalid.length ? null : plan;
}

/** After an edit, once a report is on show and Python is ready: check again when the typing pauses. */
function followTyping() {
  if (!shown || engine?.status?.stage !== "ready") return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => runCheck({ live: true }), FOLLOW_TYPING_MS);
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
  // While Python is ready the report follows the form; otherwise it says it is out of date.
  const following = engine?.status?.stage === "ready";
  if (!report.hidden && event?.target !== rememberBox && !following) staleNote.hidden = false;
  saveForm();
}

function start() {
  const saved = savedForm();
  if (saved) restoreForm(saved);
  else {
    const { kind, date, channel } = typedEarly;
    addRow({ kind: kind || "thank-you", date, channel: channel || "email", autoDate: !date });
  }

  form.addEventListener("focusin", startEngine);
  form.addEventListener("pointerdown", startEngine);
  // On input, not change: a change comes when the field loses focus, so a message removed then would
  // move the Check button away from under the reader's pointer, and their click would be lost.
  form.addEventListener("input", (event) => {
    if (event.target === draftInput) {
      forgetIgnoredIfEmpty();
      followEdit(); // the marks stay on their words until the next check
    }
    recheckCorrections();
    formChanged(event);
    if (event.target !== rememberBox) followTyping();
  });
  form.addEventListener("change", (event) => {
    formChanged(event);
    if (event.target instanceof HTMLSelectElement) followTyping();
  });
  rowEvents.addEventListener("removed", followTyping);
  editorEvents.addEventListener("ignored", () => {
    saveForm();
    runCheck({ live: true }); // a millisecond's work, and the marks come from the draft as it is now
  });
  followDraft();
  followSelection();
  moreDetails.addEventListener("toggle", () => saveForm());
  rowEvents.addEventListener("removed", () => formChanged());
  roundEvents.addEventListener("changed", () => {
    refreshProposedDates();
    formChanged();
  });
  addRoundButton.addEventListener("click", () => {
    addRound().date.focus();
    announce(`Interview round ${rounds.length} added.`);
  });
  form.addEventListener("input", (event) => {
    const target = event.target;
    if (target === decisionInput || rounds.some((round) => round.date === target)) refreshProposedDates();
  });
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
