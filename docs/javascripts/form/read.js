// Reading the form into a plan, and each problem beside the field it belongs to.

import { h } from "./dom.js";
import { dateProblem, formatDate } from "./dates.js";
import { byId } from "./dom.js";
import { decisionInput, draftInput, form, interviewInput, summary } from "./elements.js";
import { setSummary } from "./report.js";
import { namesIn, rounds } from "./rounds.js";
import { draftRowIndex, rows } from "./rows.js";

/** @typedef {import("./types.js").Plan} Plan */
/** @typedef {import("./types.js").FollowUp} FollowUp */
/** @typedef {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} Control */

const MAX_DRAFT_CHARACTERS = 50_000; // checker/_input.py refuses longer drafts
const MAX_NAME_CHARACTERS = 200; // and longer names (MAX_NAME_CHARACTERS there)
export const companyInput = byId("atl-company", HTMLInputElement);
export const roleInput = byId("atl-role", HTMLInputElement);
export const moreDetails = byId("atl-more", HTMLDetailsElement);

/** A name as the checker reads it: spaces squeezed. @param {string} text */
function squeezed(text) {
  return text.split(/\s+/).filter(Boolean).join(" ");
}

/** @param {string[]} names @param {string} what */
function namesProblem(names, what) {
  const long = names.find((name) => name.length > MAX_NAME_CHARACTERS);
  return long ? `${what} is longer than ${MAX_NAME_CHARACTERS} characters. Keep only the name.` : null;
}

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
    // Above the draft's box, not inside it with the layer of marks.
    (control.closest(".atl-checker-draft") ?? control).before(h("p", { class: "atl-checker-field__error", id: errorId }, message));
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

  /** @type {[Control, string | null][]} problems under "More details", after the rows as the page has them */
  const more = [];
  const company = squeezed(companyInput.value);
  const role = squeezed(roleInput.value);
  more.push([companyInput, namesProblem([company], "The company's name")]);
  more.push([roleInput, namesProblem([role], "The role's name")]);
  /** @type {import("./types.js").Round[]} */
  const interviews = [];
  /** @type {Map<string, number>} */
  const roundOn = new Map();
  rounds.forEach((round, index) => {
    const names = namesIn(round.names.value);
    if (index > 0) {
      let problem = dateProblem(round.date, `Enter the date of round ${index + 1}, or remove it.`);
      if (!problem && interviewKnown && round.date.value < interview) {
        problem = `Round ${index + 1} is before your first interview on ${formatDate(interview)}. Check both dates.`;
      }
      if (!problem && roundOn.has(round.date.value)) {
        problem = `Round ${roundOn.get(round.date.value)} is on this day too. List everyone you met that day in one round.`;
      }
      more.push([round.date, problem]);
    }
    more.push([round.names, namesProblem(names, "A name")]);
    roundOn.set(round.date.value, index + 1);
    interviews.push(names.length ? { date: round.date.value, interviewers: names } : { date: round.date.value });
  });
  const lastRound = interviews.map((round) => round.date).reduce((last, date) => (date > last ? date : last), "");
  if (!decisionProblem && decisionInput.value && interviews.length > 1 && decisionInput.value < lastRound) {
    decisionProblem = `The decision date is before your last interview, on ${formatDate(lastRound)}. Check both dates.`;
  }
  problems.push([decisionInput, decisionProblem]);

  /** @type {[Control, string | null][]} */
  const recipients = [];
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
    const to = squeezed(row.to.value);
    recipients.push([row.to, namesProblem([to], "The name")]);
    /** @type {FollowUp} */
    const followUp = {
      kind: /** @type {FollowUp["kind"]} */ (row.kind.value),
      date: row.date.value,
      channel: /** @type {FollowUp["channel"]} */ (row.channel.value),
    };
    if (to) followUp.to = to;
    return followUp;
  });

  problems.push(...more, ...recipients);
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
  // A problem under "More details" must be in view, or the reader would never find it.
  if (more.some(([, message]) => message) || recipients.some(([, message]) => message)) moreDetails.open = true;
  errorsShown = problems.some(([control]) => control.hasAttribute("aria-invalid"));
  // One round with no names is the plan of old, as `followup-check` has always read it.
  const oneRound = interviews.length === 1 && !interviews[0].interviewers;
  const plan = /** @type {Plan} */ ({});
  if (company) plan.company = company;
  if (role) plan.role = role;
  if (oneRound) plan.interview_date = interview;
  else plan.interviews = interviews;
  if (decisionInput.value) plan.decision_date = decisionInput.value;
  plan.follow_ups = followUps;
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
