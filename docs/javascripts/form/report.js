// The report: the summary line, and one item per finding with what to change.

import { h, plural, siteUrl } from "./dom.js";
import { formatDate } from "./dates.js";
import { beforeNote, findingsList, report, reportIntro, staleNote, summary } from "./elements.js";
import { characterBoundary, utf16Index } from "./text.js";
import { rowLabel } from "./rows.js";

/** @typedef {import("./types.js").Finding} Finding */
/** @typedef {import("./types.js").Plan} Plan */
/** @typedef {import("./types.js").Report} Report */

const SEVERITIES = {
  error: { rank: 0, word: "Error", plural: "errors" },
  warning: { rank: 1, word: "Warning", plural: "warnings" },
  suggestion: { rank: 2, word: "Suggestion", plural: "suggestions" },
};
const EXCERPT_CONTEXT = 60; // UTF-16 units of draft shown on each side of a problem
const EXCERPT_LONGEST_MARK = 160; // longer problems show their start and end only

/** @param {string} text @param {string} state @param {...(string | Node)} children */
export function setSummary(text, state, ...children) {
  summary.dataset.state = state;
  summary.replaceChildren(text, ...children);
}

/** @param {Report["summary"]} counts */
function summaryText(counts) {
  if (counts.total === 0) return "No findings. Your plan and your draft follow the advice in this guide.";
  const parts = Object.entries(SEVERITIES)
    .map(([severity, { word, plural: many }]) => {
      const count = /** @type {Record<string, unknown>} */ (counts)[`${severity}s`];
      return /** @type {[number, string, string]} */ ([Number(count ?? 0), word.toLowerCase(), many]);
    })
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => plural(count, one, many));
  return `${plural(counts.total, "finding", "findings")}: ${parts.join(", ")}.`;
}

/** @param {Finding} finding */
function findingOrder(finding) {
  return [SEVERITIES[finding.severity]?.rank ?? 3, finding.follow_up ?? -1, finding.span?.[0] ?? -1];
}

/** Most important first: by severity, then follow-up, then place in the draft. @param {Finding} a @param {Finding} b */
export function compareFindings(a, b) {
  const [left, right] = [findingOrder(a), findingOrder(b)];
  const index = left.findIndex((value, i) => value !== right[i]);
  return index === -1 ? 0 : left[index] - right[index];
}

/**
 * @typedef {object} Actions what the reader can do with a finding (editor.js)
 * @property {(key: string) => void} show select its mark in the draft
 * @property {(key: string) => void} apply make its fix
 * @property {(key: string) => void} ignore hide it for this draft
 * @property {() => void} showIgnored bring the ignored ones back
 */

/**
 * Show a check's findings; the timeline is drawn by the caller, once the report is visible. A check made
 * while the reader types (`live`) moves neither the focus nor the page, and the summary (a polite live
 * region) changes, and so is read out, only when the counts do.
 * @param {Plan} plan
 * @param {import("./editor.js").Entry[]} entries the findings, with what the page knows of each
 * @param {{live: boolean, ignored: Set<string>, actions: Actions}} options
 */
export function showReport(plan, entries, { live, ignored, actions }) {
  const shown = entries.filter((entry) => !ignored.has(entry.key));
  shown.sort((a, b) => compareFindings(a.finding, b.finding));
  const hiddenCount = entries.length - shown.length;
  const focused = findingsList.contains(document.activeElement) ? focusedPlace() : null;
  findingsList.replaceChildren(...shown.map((entry) => findingItem(entry, plan, actions)));
  findingsList.hidden = shown.length === 0;
  reportIntro.hidden = shown.length === 0;
  report.querySelector(".atl-checker-results__clear")?.remove();
  report.querySelector(".atl-checker-results__ignored")?.remove();
  const drafted = plan.follow_ups.some((followUp) => followUp.draft);
  let note = null;
  if (shown.length === 0) {
    note = drafted
      ? "Nothing to change. Read your note once more, out loud, before you send it."
      : "Nothing to change in your dates. Paste a draft above to check its wording too.";
  } else if (!drafted) {
    // Said every time, so that an empty draft box is never taken for a note that passed.
    note = "Only your dates were checked: the “Draft note” box is empty. Paste your note to check its wording too.";
  }
  if (note) findingsList.before(h("p", { class: "atl-checker-results__clear" }, note));
  if (hiddenCount) {
    const again = h("button", { type: "button", class: "atl-checker-button atl-checker-button--small" }, "Show them");
    again.addEventListener("click", actions.showIgnored);
    findingsList.after(
      h(
        "p",
        { class: "atl-checker-results__ignored" },
        `${plural(hiddenCount, "finding", "findings")} ignored for this draft. `,
        again,
      ),
    );
  }
  report.hidden = false;
  beforeNote.hidden = true;
  staleNote.hidden = true;
  if (focused) restoreFocus(focused);
  const counted = summaryText(countsOf(shown.map((entry) => entry.finding)));
  const state = shown.length ? "results" : "clear";
  if (live) {
    if (summary.textContent !== counted) setSummary(counted, state);
    return;
  }
  // Clear first, so that a screen reader announces the summary even when the text is unchanged.
  setSummary("", "results");
  requestAnimationFrame(() => {
    setSummary(counted, state);
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    summary.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  });
}

/** @param {Finding[]} findings @returns {Report["summary"]} */
function countsOf(findings) {
  const count = (/** @type {string} */ severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    errors: count("error"),
    warnings: count("warning"),
    suggestions: count("suggestion"),
    total: findings.length,
    policy: "",
  };
}

/** Which finding's control had the focus, to give it back after the list is drawn again. */
function focusedPlace() {
  const active = document.activeElement;
  const item = active?.closest("[data-key]");
  return item instanceof HTMLElement && active instanceof HTMLElement
    ? { key: item.dataset.key ?? "", action: active.dataset.action ?? "" }
    : null;
}

/** @param {{key: string, action: string}} place */
function restoreFocus({ key, action }) {
  const item = [...findingsList.children].find((child) => child instanceof HTMLElement && child.dataset.key === key);
  const control = item?.querySelector(`[data-action="${action}"]`) ?? item?.querySelector("h3");
  if (control instanceof HTMLElement) control.focus({ preventScroll: true });
  else focusFindings();
}

/** Focus the list's heading: where the reader goes on when the finding they were on is gone. */
export function focusFindings() {
  const first = findingsList.querySelector("h3");
  const target = first instanceof HTMLElement ? first : document.getElementById("atl-findings-heading");
  target?.focus({ preventScroll: true });
}

/** @param {Finding} finding @param {Plan} plan */
function where(finding, plan) {
  const index = finding.follow_up;
  if (index === null || index === undefined || !plan.follow_ups[index]) return "Your plan";
  const followUp = plan.follow_ups[index];
  return `${rowLabel(index, followUp.kind)}, ${formatDate(followUp.date)}`;
}

/**
 * @param {import("./editor.js").Entry} entry
 * @param {Plan} plan
 * @param {Actions} actions
 */
function findingItem({ key, finding, marked, fix }, plan, actions) {
  const severity = SEVERITIES[finding.severity] ?? SEVERITIES.suggestion;
  const draft = plan.follow_ups[finding.follow_up ?? -1]?.draft;
  /** @param {string} action @param {string} label @param {(key: string) => void} run @param {string} [extra] */
  const button = (action, label, run, extra = "") => {
    const made = h(
      "button",
      { type: "button", class: `atl-checker-button atl-checker-button--small ${extra}`, "data-action": action },
      label,
    );
    made.addEventListener("click", () => run(key));
    return made;
  };
  const fixWords = fix
    ? fix.replacement
      ? `Apply: “${fix.original}” to “${fix.replacement}”`
      : `Apply: remove “${fix.original.trim()}”`
    : "";
  return h(
    "li",
    { class: `atl-checker-finding atl-checker-finding--${finding.severity}`, "data-rule": finding.rule, "data-key": key },
    // The severity inside the heading, so a reader who jumps from heading to heading hears it.
    h(
      "h3",
      { class: "atl-checker-finding__message", tabindex: "-1" },
      h("span", { class: "atl-checker-badge" }, severity.word),
      h("span", { class: "atl-checker-sr-only" }, ": "),
      " ",
      finding.message,
    ),
    h("p", { class: "atl-checker-finding__meta" }, h("span", { class: "atl-checker-finding__where" }, where(finding, plan))),
    finding.span && draft ? excerpt(draft, finding.span) : null,
    h("p", { class: "atl-checker-finding__suggestion" }, h("strong", {}, "What to do: "), finding.suggestion),
    h(
      "p",
      { class: "atl-checker-finding__actions" },
      fix ? button("apply", fixWords, actions.apply, "atl-checker-button--apply") : null,
      marked ? button("show", "Show in draft", actions.show) : null,
      draft && finding.follow_up !== null ? button("ignore", "Ignore", actions.ignore) : null,
    ),
    finding.guide
      ? h(
          "p",
          { class: "atl-checker-finding__guide" },
          // A new tab, so reading the guide never costs the reader their draft and results.
          h("a", { href: siteUrl(finding.guide), target: "_blank", rel: "noopener" }, "Read more in the guide (new tab)"),
        )
      : null,
  );
}

/** Where to cut context so that it ends on a word boundary and never splits a character. @param {string} text @param {number} start @param {number} lineStart @returns {[number, boolean]} */
function contextBefore(text, start, lineStart) {
  if (start - lineStart <= EXCERPT_CONTEXT) return [lineStart, false];
  const space = text.indexOf(" ", start - EXCERPT_CONTEXT);
  const cut = space !== -1 && space < start ? space + 1 : characterBoundary(text, start - EXCERPT_CONTEXT);
  return [cut, true];
}

/** @param {string} text @param {number} end @param {number} lineEnd @returns {[number, boolean]} */
function contextAfter(text, end, lineEnd) {
  if (lineEnd - end <= EXCERPT_CONTEXT) return [lineEnd, false];
  const space = text.lastIndexOf(" ", end + EXCERPT_CONTEXT);
  const cut = space > end ? space : characterBoundary(text, end + EXCERPT_CONTEXT);
  return [cut, true];
}

/** The line of the draft around a problem, with the problem in <mark>. @param {string} draft @param {[number, number]} span */
function excerpt(draft, span) {
  const start = utf16Index(draft, span[0]);
  const end = utf16Index(draft, span[1]);
  if (end <= start) return null;
  const lineStart = draft.lastIndexOf("\n", start - 1) + 1;
  const lineEndAt = draft.indexOf("\n", end);
  const lineEnd = lineEndAt === -1 ? draft.length : lineEndAt;
  const [from, cutBefore] = contextBefore(draft, start, lineStart);
  const [to, cutAfter] = contextAfter(draft, end, lineEnd);
  const marked =
    end - start <= EXCERPT_LONGEST_MARK
      ? [h("mark", {}, draft.slice(start, end))]
      : [
          // Its first and last words, cut between words as the context around it is.
          h("mark", {}, draft.slice(start, contextAfter(draft, start, end)[0])),
          " […] ",
          h("mark", {}, draft.slice(contextBefore(draft, end, start)[0], end)),
        ];
  return h(
    "blockquote",
    { class: "atl-checker-finding__excerpt" },
    h("span", { class: "atl-checker-sr-only" }, "In your draft: "),
    cutBefore ? "…" : "",
    draft.slice(from, start),
    ...marked,
    draft.slice(end, to),
    cutAfter ? "…" : "",
  );
}
