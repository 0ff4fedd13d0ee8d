// Remembering the form on this device, only when the reader asks ("Remember my draft").

import { SITE_PATH } from "./dom.js";
import { decisionInput, draftFor, draftInput, interviewInput, rememberBox } from "./elements.js";
import { companyInput, moreDetails, roleInput, showError } from "./read.js";
import { addRound, rounds } from "./rounds.js";
import { ignored } from "./editor.js";
import { addRow, rows } from "./rows.js";

const STORAGE_KEY = `atl-checker:${SITE_PATH}`; // one saved form per published copy of the site

/**
 * @typedef {object} SavedForm
 * @property {unknown} interview
 * @property {unknown} decision
 * @property {{kind?: unknown, date?: unknown, channel?: unknown, to?: unknown, autoDate?: unknown}[]} rows
 * @property {unknown} [company]
 * @property {unknown} [role]
 * @property {unknown} [rounds] the names of the first round, then the date and names of each later one
 * @property {unknown} [more] whether "More details" was open
 * @property {unknown} [ignored] the findings ignored for this draft
 * @property {unknown} draftFor
 * @property {unknown} draft
 */

export function saveForm() {
  if (!rememberBox.checked) return;
  const saved = {
    interview: interviewInput.value,
    decision: decisionInput.value,
    company: companyInput.value,
    role: roleInput.value,
    rounds: rounds.map((round) => ({ date: round.date.value, names: round.names.value })),
    more: moreDetails.open,
    rows: rows.map((row) => ({
      kind: row.kind.value,
      date: row.date.value,
      channel: row.channel.value,
      to: row.to.value,
      autoDate: row.autoDate,
    })),
    draftFor: rows.findIndex((row) => String(row.id) === draftFor.value),
    draft: draftInput.value,
    ignored: [...ignored],
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    rememberBox.checked = false;
    showError(
      rememberBox,
      "This browser does not let the page keep your draft. Your text stays in the form until you close the page.",
    );
  }
}

export function forgetForm() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage that cannot be read holds nothing of ours.
  }
}

/** The saved form, or null when there is none (or it is not one of ours). @returns {SavedForm | null} */
export function savedForm() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    return saved && typeof saved === "object" && Array.isArray(saved.rows) ? saved : null;
  } catch {
    return null;
  }
}

/** @param {unknown} value */
const text = (value) => (typeof value === "string" ? value : "");

/** Fill the form from what was saved; values that are not ours are left out. @param {SavedForm} saved */
export function restoreForm(saved) {
  interviewInput.value = text(saved.interview);
  decisionInput.value = text(saved.decision);
  companyInput.value = text(saved.company);
  roleInput.value = text(saved.role);
  const [first, ...later] = Array.isArray(saved.rounds) ? saved.rounds : [];
  rounds[0].names.value = text(first?.names);
  for (const round of later) addRound({ date: text(round?.date), names: text(round?.names) });
  moreDetails.open = saved.more === true;
  for (const row of saved.rows) {
    const values = { kind: text(row.kind), channel: text(row.channel), date: text(row.date), to: text(row.to) };
    addRow({ ...values, autoDate: row.autoDate === true });
  }
  const chosen = typeof saved.draftFor === "number" ? rows[saved.draftFor] : undefined;
  if (chosen) draftFor.value = String(chosen.id);
  draftInput.value = text(saved.draft);
  for (const key of Array.isArray(saved.ignored) ? saved.ignored : []) if (typeof key === "string") ignored.add(key);
  rememberBox.checked = true;
}
