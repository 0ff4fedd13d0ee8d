// Marks in the draft: a layer over the textarea, with the same text in the same place but transparent,
// that underlines each finding's span (a solid line for an error, wavy for a warning, dotted for a
// suggestion). The textarea stays a textarea, with its undo history and its spellcheck; the layer
// ignores the pointer and follows its text, scrolling and size. Between two checks an edit moves the
// marks after it, so they stay on their words while the checker catches up.

import { byId, h } from "./dom.js";
import { draftInput } from "./elements.js";

/** @typedef {import("./types.js").Severity} Severity */

/**
 * A stretch of the draft, in UTF-16 units of its current text; `start` is -1 once an edit went through it.
 * @typedef {{start: number, end: number}} Range
 */
/** @typedef {{range: Range, severity: Severity, key: string}} Mark */

const RANK = { error: 0, warning: 1, suggestion: 2 };
const layer = byId("atl-marks", HTMLElement);
/** @type {Mark[]} */
let marks = [];
/** @type {Range[]} every range that follows the edits: the marks' and the fixes' */
let tracked = [];
let text = draftInput.value; // the text the ranges belong to

/**
 * Marks for the findings of a check of `checkedText` (the ranges in UTF-16 units of it), drawn at once.
 * @param {string} checkedText
 * @param {{start: number, end: number, severity: Severity, key: string}[]} found
 * @param {Range[]} [extra] other ranges to keep in step with edits (the fixes)
 */
export function setMarks(checkedText, found, extra = []) {
  text = checkedText;
  marks = found
    .filter(({ start, end }) => end > start)
    .map(({ start, end, severity, key }) => ({ range: { start, end }, severity, key }));
  tracked = [...marks.map((mark) => mark.range), ...extra];
  followEdit();
}

export function clearMarks() {
  setMarks(draftInput.value, []);
}

/** A range of the current text that moves with edits until the next check. @param {number} start @param {number} end */
export function trackRange(start, end) {
  const range = { start, end };
  tracked.push(range);
  return range;
}

/** After an edit of the draft: move the ranges after it, drop those it went through, and draw again. */
export function followEdit() {
  const now = draftInput.value;
  if (now !== text) {
    let before = 0; // the length of the unchanged start
    const shortest = Math.min(now.length, text.length);
    while (before < shortest && now.charCodeAt(before) === text.charCodeAt(before)) before++;
    let after = 0; // and of the unchanged end
    while (
      after < shortest - before &&
      now.charCodeAt(now.length - 1 - after) === text.charCodeAt(text.length - 1 - after)
    ) {
      after++;
    }
    const oldEnd = text.length - after;
    const shift = now.length - text.length;
    for (const range of tracked) {
      if (range.start < 0 || oldEnd <= range.start) {
        if (range.start >= 0) Object.assign(range, { start: range.start + shift, end: range.end + shift });
      } else if (before >= range.end) {
        // before the edit: stays
      } else if (before > range.start && oldEnd < range.end) {
        range.end += shift; // inside a mark: the mark grows or shrinks with it
      } else {
        Object.assign(range, { start: -1, end: -1 });
      }
    }
    text = now;
  }
  draw();
}

/** The layer's text: plain text between marks, a span per stretch under one or more marks. */
function draw() {
  const bounds = new Set([0, text.length]);
  const live = marks.filter((mark) => mark.range.start >= 0);
  for (const { range } of live) bounds.add(range.start).add(range.end);
  const points = [...bounds].sort((a, b) => a - b);
  /** @type {(string | Node)[]} */
  const parts = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const under = live.filter(({ range }) => range.start <= from && range.end >= to);
    const piece = text.slice(from, to);
    if (under.length === 0) {
      parts.push(piece);
      continue;
    }
    const worst = under.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
    parts.push(h("span", { class: `atl-mark atl-mark--${worst.severity}`, "data-start": from }, piece));
  }
  // A last line break needs a character after it to take up its line, as it does in the textarea.
  parts.push("\u200b");
  layer.replaceChildren(...parts);
  followScroll();
}

/** The layer wraps where the textarea does: the same width, less the textarea's scroll bar if it has one. */
export function followSize() {
  const style = getComputedStyle(draftInput);
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  const scrollBar = Math.max(0, draftInput.offsetWidth - draftInput.clientWidth - borders);
  layer.style.setProperty("padding-right", `calc(${style.paddingRight} + ${scrollBar}px)`);
  followScroll();
}

function followScroll() {
  layer.scrollTop = draftInput.scrollTop;
  layer.scrollLeft = draftInput.scrollLeft;
}

/**
 * The key of the most severe mark around the caret or the selection from start to end, or null.
 * @param {number} start
 * @param {number} [end]
 */
export function markAt(start, end = start) {
  // A selection ("Show in draft" makes one) is in the mark that holds all of it, not in one it only touches.
  const around = marks.filter(({ range }) => range.start >= 0 && range.start <= start && end <= range.end);
  if (around.length === 0) return null;
  return around.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).key;
}

/** The current range of a finding's mark, or null when an edit went through it. @param {string} key */
export function markRange(key) {
  const range = marks.find((mark) => mark.key === key)?.range;
  return range && range.start >= 0 ? range : null;
}

/** Select a stretch of the draft and scroll the textarea (and the page, if need be) to it. @param {Range} range */
export function selectRange(range) {
  draftInput.focus({ preventScroll: true });
  draftInput.setSelectionRange(range.start, range.end);
  const piece = layer.querySelector(`[data-start="${range.start}"]`);
  if (piece instanceof HTMLElement) {
    draftInput.scrollTop = Math.max(0, piece.offsetTop - draftInput.clientHeight / 3);
  }
  followScroll();
  draftInput.scrollIntoView({ block: "nearest" });
}

export function followDraft() {
  draftInput.addEventListener("scroll", followScroll);
  new ResizeObserver(followSize).observe(draftInput);
  followSize();
  draw();
}
