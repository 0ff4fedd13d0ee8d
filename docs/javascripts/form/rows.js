// The planned follow-ups, one row each, and the "This draft is for" choice that follows them.

import { byId, h, find } from "./dom.js";
import { ISO_DATE, addDays, dateProblem, lastWorkingDay, nextWorkingDay, todayIso } from "./dates.js";
import { addButton, announce, decisionInput, draftFor, form, interviewInput, rowList } from "./elements.js";
import { policy } from "./policy.js";
import { lastInterviewDate } from "./rounds.js";

/** @typedef {import("./types.js").Kind} Kind */
/** @typedef {import("./types.js").Channel} Channel */

/**
 * @typedef {object} Row
 * @property {number} id
 * @property {HTMLLIElement} item
 * @property {HTMLElement} legend
 * @property {HTMLElement} removeName
 * @property {HTMLSelectElement} kind
 * @property {HTMLInputElement} date
 * @property {HTMLSelectElement} channel
 * @property {HTMLInputElement} to the recipient's name, under "More details"
 * @property {HTMLLabelElement} toLabel
 * @property {HTMLLIElement} toItem
 * @property {boolean} autoDate the date is the one the form proposed, and follows the interview date
 */

// The page holds the first row in its HTML, so the form has its final shape before this script
// runs (nothing moves when it starts); every row, that one included, is a copy of it. Its buttons
// are disabled until now, because until now a click on them would do nothing.
for (const button of form.querySelectorAll("button")) button.disabled = false;
const pageRow = find(rowList, "li", HTMLLIElement);
const rowTemplate = /** @type {HTMLLIElement} */ (pageRow.cloneNode(true));

/** A menu's choice if the reader changed it, else "". @param {HTMLSelectElement} select */
function changedChoice(select) {
  const initial = [...select.options].find((option) => option.defaultSelected) ?? select.options[0];
  return select.value !== initial?.value ? select.value : "";
}

/**
 * What the reader typed into the page's own first row before this script ran (on a slow phone the
 * form is there well before its script), so that the row made in its place keeps it.
 */
export const typedEarly = {
  kind: changedChoice(find(pageRow, '[data-part="kind"]', HTMLSelectElement)),
  date: find(pageRow, '[data-part="date"]', HTMLInputElement).value,
  channel: changedChoice(find(pageRow, '[data-part="channel"]', HTMLSelectElement)),
};
rowList.replaceChildren();
const recipientList = byId("atl-recipients", HTMLOListElement);
let nextRowId = 1;
/** @type {Row[]} */
export const rows = [];
/** Dispatches "removed" after the reader removes a row. */
export const rowEvents = new EventTarget();

/** The option for a value in one of the row's own menus, or null. @param {string} part @param {string} value */
function choice(part, value) {
  const option = rowTemplate.querySelector(`[data-part="${part}"] option[value="${value}"]`);
  return option instanceof HTMLOptionElement ? option : null;
}

/** The visible name of a choice ("check-in" is "Check-in"). @param {string} part @param {string} value */
export function choiceLabel(part, value) {
  return choice(part, value)?.textContent ?? null;
}

/** "by LinkedIn message", "in person": the checker's own words for a channel, put on each option by the build. @param {string} value */
export function channelWords(value) {
  return choice("channel", value)?.dataset.how ?? value;
}

/**
 * The date a new or untouched row proposes, from the interview and decision dates and the policy, and
 * never a day already past: a reader checking a draft has not sent it yet, and the checker should say
 * so if the recommended day has gone by.
 * @param {string} kind
 */
function proposedDate(kind) {
  if (!interviewInput.value || dateProblem(interviewInput)) return ""; // propose nothing from a date that cannot be
  const interview = lastInterviewDate(); // a check-in follows the last round
  let checkIn = addDays(interview, policy.check_in_after_days);
  const decision = decisionInput.value;
  if (ISO_DATE.test(decision) && decision >= checkIn) checkIn = addDays(decision, 1);
  let proposed = nextWorkingDay(checkIn);
  // A thank-you the morning after, or on the day itself when the office's policy asks for that (or when
  // the morning after is no working day), of the last round
  // the reader has had (a later round's thank-you waits for that round).
  if (kind === "thank-you") {
    const had = lastInterviewDate(todayIso());
    proposed = lastWorkingDay(had, addDays(had, Math.min(1, policy.thank_you_within_days)));
  }
  // News of another offer, or a withdrawal, goes out when it is true: the form cannot know that day, so it
  // proposes the first working day after the interview (and then today, as every proposal).
  else if (kind === "offer-update" || kind === "withdrawal") {
    proposed = nextWorkingDay(addDays(interview, 1));
  }
  // A reply to a rejection goes out the day the news comes: at the earliest, the day after their date.
  else if (kind !== "check-in" && ISO_DATE.test(decision) && decision > interview) {
    proposed = nextWorkingDay(addDays(decision, 1));
  }
  const today = todayIso();
  return proposed < today ? today : proposed;
}

export function refreshProposedDates() {
  for (const row of rows) {
    if (row.autoDate) row.date.value = proposedDate(row.kind.value) || row.date.value;
  }
}

/**
 * @param {{kind?: string, date?: string, channel?: string, to?: string, autoDate?: boolean}} [values]
 * @returns {Row}
 */
export function addRow({ kind = "check-in", date = "", channel = "email", to = "", autoDate = true } = {}) {
  const id = nextRowId++;
  const toInput = h("input", {
    class: "atl-checker-field__input",
    type: "text",
    id: `atl-to-${id}`,
    autocomplete: "off",
    spellcheck: "false",
  });
  toInput.value = to;
  const toLabel = h("label", { class: "atl-checker-field__label", for: toInput.id });
  const toItem = h("li", { class: "atl-checker-field" }, toLabel, toInput);
  const item = /** @type {HTMLLIElement} */ (rowTemplate.cloneNode(true));
  /** @template {Element} T @param {string} name @param {new (...args: never[]) => T} type */
  const part = (name, type) => find(item, `[data-part="${name}"]`, type);
  /** @type {Row} */
  const row = {
    id,
    item,
    autoDate,
    kind: part("kind", HTMLSelectElement),
    date: part("date", HTMLInputElement),
    channel: part("channel", HTMLSelectElement),
    legend: part("legend", HTMLElement),
    removeName: part("remove-name", HTMLElement),
    to: toInput,
    toLabel,
    toItem,
  };
  for (const name of /** @type {const} */ (["kind", "date", "channel"])) {
    row[name].id = `atl-${name}-${id}`;
    find(item, `label[for="atl-${name}-1"]`, HTMLLabelElement).htmlFor = row[name].id;
  }
  row.kind.value = choiceLabel("kind", kind) ? kind : "check-in";
  row.channel.value = choiceLabel("channel", channel) ? channel : "email";
  row.date.value = autoDate ? proposedDate(kind) || date : date;
  row.date.addEventListener("input", () => {
    row.autoDate = false;
  });
  row.kind.addEventListener("change", () => {
    if (row.autoDate) row.date.value = proposedDate(row.kind.value) || row.date.value;
    refreshDraftChoices();
    refreshRecipientLabels();
  });
  part("remove", HTMLButtonElement).addEventListener("click", () => removeRow(row));
  rows.push(row);
  rowList.append(row.item);
  recipientList.append(row.toItem);
  renumberRows();
  return row;
}

/** @param {Row} row */
function removeRow(row) {
  const index = rows.indexOf(row);
  rows.splice(index, 1);
  row.item.remove();
  row.toItem.remove();
  renumberRows();
  const next = rows[index] ?? rows[index - 1];
  (next ? next.kind : addButton).focus();
  announce(`Follow-up ${index + 1} removed.`);
  rowEvents.dispatchEvent(new Event("removed"));
}

function renumberRows() {
  rows.forEach((row, index) => {
    row.legend.textContent = `Follow-up ${index + 1}`;
    row.removeName.textContent = ` follow-up ${index + 1}`;
  });
  refreshRecipientLabels();
  refreshDraftChoices();
}

/** "Follow-up 2: check-in". @param {number} index @param {string} kind */
export function rowLabel(index, kind) {
  return `Follow-up ${index + 1}: ${(choiceLabel("kind", kind) ?? kind).toLowerCase()}`;
}

function refreshRecipientLabels() {
  rows.forEach((row, index) => {
    row.toLabel.textContent = `To (${rowLabel(index, row.kind.value)})`;
  });
}

/** Keep the "This draft is for" choices in step with the rows, holding on to the chosen row. */
function refreshDraftChoices() {
  const chosen = draftFor.value;
  if (rows.length === 0) {
    draftFor.replaceChildren(h("option", { value: "" }, "No follow-up yet: add one above"));
    return;
  }
  draftFor.replaceChildren(
    ...rows.map((row, index) => h("option", { value: String(row.id) }, rowLabel(index, row.kind.value))),
  );
  if (rows.some((row) => String(row.id) === chosen)) draftFor.value = chosen;
}

/** The index of the row the draft is for (the first when none is chosen). */
export function draftRowIndex() {
  return Math.max(0, rows.findIndex((row) => String(row.id) === draftFor.value));
}
