// Remembering the form on this device, only when the reader asks ("Remember my draft").

import { SITE_PATH } from "./dom.js";
import { decisionInput, draftFor, draftInput, interviewInput, rememberBox } from "./elements.js";
import { showError } from "./read.js";
import { addRow, rows } from "./rows.js";

const STORAGE_KEY = `atl-checker:${SITE_PATH}`; // one saved form per published copy of the site

/**
 * @typedef {object} SavedForm
 * @property {unknown} interview
 * @property {unknown} decision
 * @property {{kind?: unknown, date?: unknown, channel?: unknown, autoDate?: unknown}[]} rows
 * @property {unknown} draftFor
 * @property {unknown} draft
 */

export function saveForm() {
  if (!rememberBox.checked) return;
  const saved = {
    interview: interviewInput.value,
    decision: decisionInput.value,
    rows: rows.map((row) => ({
      kind: row.kind.value,
      date: row.date.value,
      channel: row.channel.value,
      autoDate: row.autoDate,
    })),
    draftFor: rows.findIndex((row) => String(row.id) === draftFor.value),
    draft: draftInput.value,
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
  for (const row of saved.rows) {
    addRow({ kind: text(row.kind), channel: text(row.channel), date: text(row.date), autoDate: row.autoDate === true });
  }
  const chosen = typeof saved.draftFor === "number" ? rows[saved.draftFor] : undefined;
  if (chosen) draftFor.value = String(chosen.id);
  draftInput.value = text(saved.draft);
  rememberBox.checked = true;
}
