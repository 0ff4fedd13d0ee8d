// Reading the form into a plan, and each problem beside the field it belongs to.

import { h } from "./dom.js";
import { dateProblem, formatDate } from "./dates.js";
import { decisionInput, draftInput, form, interviewInput, summary } from "./elements.js";
import { setSummary } from "./report.js";
import { draftRowIndex, rows } from "./rows.js";

/** @typedef {import("./types.js").Plan} Plan */
/** @typedef {import("./types.js").FollowUp} FollowUp */
/** @typedef {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} Control */

const MAX_DRAFT_CHARACTERS = 50_000; // checker/_input.py refuses longer drafts

/** Show a control's problem above it, or remove it. @param {Control} control @param {string | null} message */
export function showError(control, message) {
  const container = control.closest(".atl-checker-field");
  if (!container) return;
  const errorId = `${control.id}-error`;
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== errorId);
  container.querySelector(".atl-checker-field__error")?.remove();
  container.classList.toggle("atl-checker-field--invalid", Boolean(message));
  if (!message) {
    control.removeAttribute("aria-invalid");
  } else {
    control.before(h("p", { class: "atl-checker-field__error", id: errorId }, message));
    control.setAttribute("aria-invalid", "true");
    described.push(errorId);
  }
  if (described.length) control.setAttribute("aria-describedby", described.join(" "));
  else control.removeAttribute("aria-describedby");
}

let errorsShown = false;

/**
 * The plan the form describes, and each problem beside the control it belongs to. With `onlyUpdate`
 * (while the reader corrects the form, or types with the checker following) a field that had no
 * message does not get one mid-typing.
 * @param {{onlyUpdate?: boolean}} [options]
 * @returns {{plan: Plan, invalid: Control[]}}
 */
export function readForm({ onlyUpdate = false } = {}) {
  /** @type {[Control, string | null][]} */
  const problems = [];
  const interview = interviewInput.value;
  const interviewProblem = dateProblem(interviewInput, "Enter the date of your interview.");
  problems.push([interviewInput, interviewProblem]);
  const interviewKnown = !interviewProblem;

  let decisionProblem = decisionInput.value || decisionInput.validity.badInput ? dateProblem(decisionInput) : null;
  if (!decisionProblem && decisionInput.value && interviewKnown && decisionInput.value < interview) {
    decisionProblem = "The decision date is before the interview. Check both dates.";
  }
  problems.push([decisionInput, decisionProblem]);

  /** @type {FollowUp[]} */
  const followUps = rows.map((row, index) => {
    // An untouched row gets its date from the interview date: its message would only repeat that one.
    const waitsForInterview = row.autoDate && !row.date.value && !interviewKnown;
    let problem = waitsForInterview
      ? null
      : dateProblem(row.date, `Enter the date you plan to send follow-up ${index + 1}.`);
    if (!problem && interviewKnown && row.date.value < interview) {
      problem = `This is before your interview on ${formatDate(interview)}. Choose that day or a later one.`;
    }
    problems.push([row.date, problem]);
    return {
      kind: /** @type {FollowUp["kind"]} */ (row.kind.value),
      date: row.date.value,
      channel: /** @type {FollowUp["channel"]} */ (row.channel.value),
    };
  });

  const draft = draftInput.value;
  let draftProblem = null;
  if (draft.trim()) {
    const length = Array.from(draft).length;
    if (rows.length === 0) {
      draftProblem = "Add a follow-up above, so that the checker knows what kind of note this is.";
    } else if (length > MAX_DRAFT_CHARACTERS) {
      const [found, limit] = [length, MAX_DRAFT_CHARACTERS].map((count) => count.toLocaleString("en-GB"));
      draftProblem = `Your draft has ${found} characters. The checker reads up to ${limit}.`;
    } else {
      followUps[draftRowIndex()].draft = draft;
    }
  }
  problems.push([draftInput, draftProblem]);

  for (const [control, message] of problems) {
    if (!onlyUpdate || control.hasAttribute("aria-invalid")) showError(control, message);
  }
  errorsShown = problems.some(([control]) => control.hasAttribute("aria-invalid"));
  /** @type {Plan} */
  const plan = { interview_date: interview, follow_ups: followUps };
  if (decisionInput.value) plan.decision_date = decisionInput.value;
  return { plan, invalid: problems.filter(([, message]) => message).map(([control]) => control) };
}

/** The plan, or null after pointing the reader at the first field to correct. */
export function validPlan() {
  const { plan, invalid } = readForm();
  if (invalid.length === 0) return plan;
  // The field's label and message first: focus alone would show only the end of a long draft.
  invalid[0].focus({ preventScroll: true });
  invalid[0].closest(".atl-checker-field")?.scrollIntoView({ block: "start" });
  showProblemCount(invalid.length);
  return null;
}

/** @param {number} count */
function showProblemCount(count) {
  if (count) {
    const problems = count === 1 ? "There is 1 problem" : `There are ${count} problems`;
    setSummary(`${problems} in the form. Each one is explained beside its field.`, "problem");
  } else {
    setSummary("The form has no problems now. Press Check to check your plan.", "");
  }
}

/** While the reader corrects the form, messages go as soon as a field is right, before any click. */
export function recheckCorrections() {
  if (!errorsShown) return;
  readForm({ onlyUpdate: true });
  if (summary.dataset.state === "problem") {
    showProblemCount(form.querySelectorAll('[aria-invalid="true"]').length);
  }
}
