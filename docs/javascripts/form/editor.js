// The draft as an editor: the findings of the last check marked in the draft, and per finding "Show in
// draft", "Apply" (its fix, undoable with Ctrl+Z) and "Ignore" (for this draft). The caret in a mark
// names its finding under the draft and picks it out in the list.

import { byId } from "./dom.js";
import { announce, draftInput, findingsList } from "./elements.js";
import { markAt, markRange, selectRange, setMarks } from "./marks.js";
import { utf16Index } from "./text.js";

/** @typedef {import("./types.js").Finding} Finding */
/** @typedef {import("./types.js").Plan} Plan */
/** @typedef {import("./marks.js").Range} Range */
/**
 * What the page knows of a finding besides what the checker said.
 * @typedef {object} Entry
 * @property {string} key the same finding in the next check of the same draft
 * @property {Finding} finding
 * @property {boolean} marked its span is in the draft box
 * @property {{range: Range, original: string, replacement: string} | null} fix
 */

const here = byId("atl-here", HTMLElement);
/** @type {Set<string>} the findings the reader chose to ignore, for this draft */
export const ignored = new Set();
/** @type {Map<string, Entry>} */
let entries = new Map();
/** Dispatches "ignored" when the reader ignores a finding or shows them again. */
export const editorEvents = new EventTarget();

/**
 * The entries for a check's findings, with marks for those in the draft (except the ignored ones).
 * @param {Finding[]} findings
 * @param {string} draft the draft box's text as it was checked
 * @param {number} draftIndex the follow-up the draft is for
 * @returns {Entry[]}
 */
export function markFindings(findings, draft, draftIndex) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  const made = findings.map((finding) => {
    const inDraft = finding.follow_up === draftIndex && finding.span !== null && draft !== "";
    const [start, end] = inDraft && finding.span ? finding.span.map((at) => utf16Index(draft, at)) : [0, 0];
    const base = [finding.rule, finding.message, draft.slice(start, end)].join("\u241f");
    const repeat = seen.get(base) ?? 0; // the same words flagged twice are two findings
    seen.set(base, repeat + 1);
    const key = `${base}\u241f${repeat}`;
    let fix = null;
    if (inDraft && finding.fix) {
      const [from, to] = finding.fix.span.map((at) => utf16Index(draft, at));
      fix = { range: { start: from, end: to }, original: draft.slice(from, to), replacement: finding.fix.replacement };
    }
    return { key, finding, marked: inDraft && end > start, fix, start, end };
  });
  entries = new Map(made.map((entry) => [entry.key, entry]));
  const shown = made.filter((entry) => entry.marked && !ignored.has(entry.key));
  setMarks(
    draft,
    shown.map(({ start, end, finding, key }) => ({ start, end, severity: finding.severity, key })),
    made.flatMap((entry) => (entry.fix ? [entry.fix.range] : [])),
  );
  return made;
}

/** Select a finding's mark in the draft. @param {string} key */
export function showInDraft(key) {
  const range = markRange(key);
  if (range) selectRange(range);
  else announce("That part of your draft has changed since the check.");
}

/** Make a finding's fix in the draft, as typing would, so that Ctrl+Z undoes it. @param {string} key */
export function applyFix(key) {
  const fix = entries.get(key)?.fix;
  if (!fix) return;
  const { range, original, replacement } = fix;
  if (range.start < 0 || draftInput.value.slice(range.start, range.end) !== original) {
    announce("That part of your draft has changed since the check, so the fix was not made.");
    return;
  }
  draftInput.focus({ preventScroll: true });
  draftInput.setSelectionRange(range.start, range.end);
  // execCommand keeps the change in the textarea's undo history; where it is missing, setRangeText
  // makes the change without it, and the input event tells the form, as typing would.
  const made = replacement
    ? document.execCommand("insertText", false, replacement)
    : document.execCommand("delete", false);
  if (!made) {
    draftInput.setRangeText(replacement, range.start, range.end, "end");
    draftInput.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
  }
  announce(
    replacement
      ? `Replaced “${original}” with “${replacement}”. Press Control Z to undo.`
      : `Removed “${original}”. Press Control Z to undo.`,
  );
}

/** @param {string} key */
export function ignore(key) {
  ignored.add(key);
  editorEvents.dispatchEvent(new Event("ignored"));
}

export function showIgnored() {
  ignored.clear();
  editorEvents.dispatchEvent(new Event("ignored"));
}

/** A finding's fix in words, for its button: what goes and what comes. @param {string} key */
export function fixOf(key) {
  return entries.get(key)?.fix ?? null;
}

/** Name the finding under the caret, below the draft, and pick it out in the list. */
function followCaret() {
  if (document.activeElement !== draftInput) return;
  const key = markAt(draftInput.selectionStart, draftInput.selectionEnd);
  const finding = key ? entries.get(key)?.finding : null;
  here.replaceChildren(finding ? `At the cursor: ${finding.message}` : "");
  here.hidden = !finding;
  for (const item of findingsList.children) {
    if (item instanceof HTMLElement) item.classList.toggle("atl-checker-finding--current", item.dataset.key === key);
  }
}

export function followSelection() {
  document.addEventListener("selectionchange", followCaret);
  // Browsers that fire no selectionchange for a textarea's caret still fire these.
  for (const type of ["keyup", "pointerup", "focus"]) draftInput.addEventListener(type, followCaret);
}

/** The draft box was emptied: what was ignored in the old draft does not carry over to a new one. */
export function forgetIgnoredIfEmpty() {
  if (draftInput.value === "" && ignored.size) ignored.clear();
}
