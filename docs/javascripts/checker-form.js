// The "Check your draft" form: reads the reader's plan from labelled fields, asks
// window.followupChecker (checker-client.js, Python in a Web Worker) to check it, and shows
// the report. Everything the reader typed and everything the checker says reaches the page
// as text nodes only, never as HTML.
//
// A classic deferred script, like checker-client.js: a page opened from file:// runs no module,
// and the form must still say there why the checker cannot start.

(() => {
  "use strict";

  const script = document.currentScript ?? document.querySelector('script[src*="checker-form.js"]');
  const SITE_ROOT = new URL("../", script.src); // this file is <site root>/javascripts/checker-form.js
  const STORAGE_KEY = `atl-checker:${SITE_ROOT.pathname}`; // one saved form per published copy of the site
  const MAX_DRAFT_CHARACTERS = 50_000; // checker/_input.py refuses longer drafts
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  const DAY_MS = 86_400_000;
  const SVG_NS = "http://www.w3.org/2000/svg";

  const SEVERITIES = {
    error: { rank: 0, word: "Error", plural: "errors" },
    warning: { rank: 1, word: "Warning", plural: "warnings" },
    suggestion: { rank: 2, word: "Suggestion", plural: "suggestions" },
  };
  const STAGES = {
    idle: "The checker starts in a moment.",
    "loading-python": "Loading Python… The first time can take a few seconds.",
    "loading-checker": "Loading the checker…",
    ready: "Ready. Nothing you type leaves this device.",
  };
  const EXCERPT_CONTEXT = 60; // UTF-16 units of draft shown on each side of a problem
  const EXCERPT_LONGEST_MARK = 160; // longer problems show their start and end only

  const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

  // --- Small helpers -------------------------------------------------------------------------

  /** An element with attributes; string children become text nodes (Element.append). */
  function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    setAttributes(element, attributes);
    element.append(...children.filter((child) => child !== null && child !== undefined));
    return element;
  }

  /** The same for SVG. */
  function svg(tag, attributes = {}, ...children) {
    const element = document.createElementNS(SVG_NS, tag);
    setAttributes(element, attributes);
    element.append(...children);
    return element;
  }

  function setAttributes(element, attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
    }
  }

  function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
  }

  /** Day number (days since 1970-01-01) of an ISO date; years below 100 stay literal. */
  function dayNumber(iso) {
    const date = new Date(0);
    date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    return Math.round(date.getTime() / DAY_MS);
  }

  function isoFromDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function addDays(iso, days) {
    return isoFromDay(dayNumber(iso) + days);
  }

  // The days the checker never proposes, as checker/_workdays.py counts them: weekends, and the office's
  // public holidays (holidays.json) in the years they cover; elsewhere, New Year's Day and Christmas Day.
  const daysOff = { dates: new Set(), first: 0, last: -1 };

  function workingDay(iso) {
    const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    const year = Number(iso.slice(0, 4));
    if (year >= daysOff.first && year <= daysOff.last) return !daysOff.dates.has(iso);
    return !["01-01", "12-25"].includes(iso.slice(5));
  }

  function nextWorkingDay(iso) {
    let day = iso;
    for (let tries = 0; tries < 31 && !workingDay(day); tries++) day = addDays(day, 1);
    return workingDay(day) ? day : iso;
  }

  function lastWorkingDay(first, last) {
    let day = last;
    while (day > first && !workingDay(day)) day = addDays(day, -1);
    return day;
  }

  /** Today where the reader is, as an ISO date (the checker gets the same through checker-client.js). */
  function todayIso() {
    const now = new Date();
    return isoFromDay(Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS));
  }

  function formatDate(iso) {
    return LONG_DATE.format(new Date(dayNumber(iso) * DAY_MS));
  }

  function siteUrl(path) {
    return new URL(path, SITE_ROOT).href;
  }

  /** UTF-16 index of a code-point offset: Python counts code points, JavaScript strings count UTF-16 units. */
  function utf16Index(text, codePoints) {
    let index = 0;
    for (let seen = 0; seen < codePoints && index < text.length; seen += 1) {
      index += text.codePointAt(index) > 0xffff ? 2 : 1;
    }
    return index;
  }

  /** Move an index off the second half of a surrogate pair, so a cut never splits a character. */
  function characterBoundary(text, index) {
    const unit = text.charCodeAt(index);
    return unit >= 0xdc00 && unit <= 0xdfff ? index + 1 : index;
  }

  // --- The page's elements ----------------------------------------------------------------------

  const form = document.getElementById("atl-form");
  const statusLine = document.getElementById("atl-status");
  const interviewInput = document.getElementById("atl-interview");
  const decisionInput = document.getElementById("atl-decision");
  const rowList = document.getElementById("atl-rows");
  const addButton = document.getElementById("atl-add");
  const draftFor = document.getElementById("atl-draft-for");
  const draftInput = document.getElementById("atl-draft");
  const rememberBox = document.getElementById("atl-remember");
  const icsButton = document.getElementById("atl-ics");
  const announcer = document.getElementById("atl-announce");
  const summary = document.getElementById("atl-summary");
  const report = document.getElementById("atl-report");
  const staleNote = document.getElementById("atl-stale");
  const reportIntro = document.getElementById("atl-report-intro");
  const findingsList = document.getElementById("atl-findings");
  const timelineFigure = document.getElementById("atl-timeline");

  const engine = window.followupChecker;
  // The checker's defaults until the office's policy.json arrives.
  const policy = { thank_you_within_days: 1, check_in_after_days: 7, silence_after_days: 21 };
  let engineFailure = null; // the Error `ready` rejected with, once it has

  // --- Status of the checker ------------------------------------------------------------------

  function showStage(detail) {
    if (!detail || engineFailure) return;
    if (detail.stage === "failed") {
      showFailure(detail);
      return;
    }
    statusLine.dataset.stage = detail.stage;
    statusLine.replaceChildren(STAGES[detail.stage] ?? detail.message ?? "");
  }

  /** Where to go instead, on a line of its own; the engine's message says what went wrong. */
  function fallbackAdvice() {
    return [
      h(
        "span",
        { class: "atl-checker-status__elsewhere" },
        "What you typed stays in the form. ",
        h("a", { href: siteUrl("checklist/") }, "Open the printable checklist"),
        " or ",
        h("a", { href: "#command-line" }, "use the command line"),
        ".",
      ),
    ];
  }

  function showFailure(error) {
    engineFailure = error;
    statusLine.dataset.stage = "failed";
    const message = error?.message || "The checker could not start in this browser.";
    statusLine.replaceChildren(h("strong", {}, "The checker could not start. "), message, ...fallbackAdvice());
  }

  let started = false;
  function startEngine() {
    if (!engine) return;
    // Once started, only a failure calls for another start: the engine retries what a second try may cure.
    if (started && engine.status?.stage !== "failed") return;
    started = true;
    engine.start();
    // The engine retries only what a second try may cure (a dropped download); otherwise its failure stands.
    if (engineFailure && engine.status?.stage !== "failed") {
      engineFailure = null;
      showStage(engine.status);
    }
  }

  // --- Follow-up rows -------------------------------------------------------------------------

  // The page holds the first row in its HTML, so the form has its final shape before this script
  // runs (nothing moves when it starts); every row, that one included, is a copy of it. Its buttons
  // are disabled until now, because until now a click on them would do nothing.
  for (const button of form.querySelectorAll("button")) button.disabled = false;
  const rowTemplate = rowList.querySelector("li").cloneNode(true);
  rowList.replaceChildren();
  let nextRowId = 1;
  const rows = []; // {id, item, legend, removeName, kind, date, channel, autoDate}

  /** The option for a value in one of the row's own menus, or null. */
  function choice(part, value) {
    return rowTemplate.querySelector(`[data-part="${part}"] option[value="${value}"]`);
  }

  /** The visible name of a choice ("check-in" is "Check-in"). */
  function choiceLabel(part, value) {
    return choice(part, value)?.textContent ?? null;
  }

  /** "by LinkedIn message", "in person": the checker's own words for a channel, put on each option by the build. */
  function channelWords(value) {
    return choice("channel", value)?.dataset.how ?? value;
  }

  /**
   * The date a new or untouched row proposes, from the interview and decision dates and the policy, and
   * never a day already past: a reader checking a draft has not sent it yet, and the checker should say
   * so if the recommended day has gone by.
   */
  function proposedDate(kind) {
    const interview = interviewInput.value;
    if (!interview || dateProblem(interviewInput)) return ""; // propose nothing from a date that cannot be
    let checkIn = addDays(interview, policy.check_in_after_days);
    const decision = decisionInput.value;
    if (ISO_DATE.test(decision) && decision >= checkIn) checkIn = addDays(decision, 1);
    let proposed = nextWorkingDay(checkIn);
    // A thank-you the morning after, or on the day itself when the office's policy asks for that (or when
    // the morning after is no working day).
    if (kind === "thank-you") {
      proposed = lastWorkingDay(interview, addDays(interview, Math.min(1, policy.thank_you_within_days)));
    }
    // A reply to a rejection goes out the day the news comes: at the earliest, the day after their date.
    else if (kind !== "check-in" && ISO_DATE.test(decision) && decision > interview) {
      proposed = nextWorkingDay(addDays(decision, 1));
    }
    const today = todayIso();
    return proposed < today ? today : proposed;
  }

  function refreshProposedDates() {
    for (const row of rows) {
      if (row.autoDate) row.date.value = proposedDate(row.kind.value) || row.date.value;
    }
  }

  function addRow({ kind = "check-in", date = "", channel = "email", autoDate = true } = {}) {
    const id = nextRowId++;
    const item = rowTemplate.cloneNode(true);
    const part = (name) => item.querySelector(`[data-part="${name}"]`);
    const row = {
      id,
      item,
      autoDate,
      kind: part("kind"),
      date: part("date"),
      channel: part("channel"),
      legend: part("legend"),
      removeName: part("remove-name"),
    };
    for (const name of ["kind", "date", "channel"]) {
      row[name].id = `atl-${name}-${id}`;
      item.querySelector(`label[for="atl-${name}-1"]`).htmlFor = row[name].id;
    }
    row.kind.value = kind;
    row.channel.value = channel;
    row.date.value = autoDate ? proposedDate(kind) || date : date;
    const remove = part("remove");
    row.date.addEventListener("input", () => {
      row.autoDate = false;
    });
    row.kind.addEventListener("change", () => {
      if (row.autoDate) row.date.value = proposedDate(row.kind.value) || row.date.value;
      refreshDraftChoices();
    });
    remove.addEventListener("click", () => removeRow(row));
    rows.push(row);
    rowList.append(row.item);
    renumberRows();
    return row;
  }

  function removeRow(row) {
    const index = rows.indexOf(row);
    rows.splice(index, 1);
    row.item.remove();
    renumberRows();
    const next = rows[index] ?? rows[index - 1];
    (next ? next.kind : addButton).focus();
    announce(`Follow-up ${index + 1} removed.`);
    formChanged();
  }

  function renumberRows() {
    rows.forEach((row, index) => {
      row.legend.textContent = `Follow-up ${index + 1}`;
      row.removeName.textContent = ` follow-up ${index + 1}`;
    });
    refreshDraftChoices();
  }

  function rowLabel(index, kind) {
    return `Follow-up ${index + 1}: ${choiceLabel("kind", kind).toLowerCase()}`;
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

  function announce(text) {
    announcer.textContent = text;
  }

  // --- Reading and validating the form ---------------------------------------------------------

  function showError(control, message) {
    const container = control.closest(".atl-checker-field");
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

  /** A problem with a date field's own value, or null. */
  function dateProblem(input, emptyMessage) {
    if (input.validity.badInput) return "This date does not exist. Check the day, the month and the year.";
    if (!input.value) return emptyMessage;
    if (!ISO_DATE.test(input.value)) return "Enter a year with four digits.";
    // Browsers without a date picker accept any text; the checker reads years 1900 to 2999.
    const [year, month, day] = input.value.split("-").map(Number);
    if (year < 1900 || year > 2999) return "Check the year: it should be between 1900 and 2999.";
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return "This date does not exist. Check the day, the month and the year.";
    }
    return null;
  }

  let errorsShown = false;

  /**
   * The plan the form describes, and each problem beside the control it belongs to. With `onlyUpdate`
   * (while the reader corrects the form) a field that had no message does not get one mid-typing.
   */
  function readForm({ onlyUpdate = false } = {}) {
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
      return { kind: row.kind.value, date: row.date.value, channel: row.channel.value };
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
        const index = Math.max(0, rows.findIndex((row) => String(row.id) === draftFor.value));
        followUps[index].draft = draft;
      }
    }
    problems.push([draftInput, draftProblem]);

    for (const [control, message] of problems) {
      if (!onlyUpdate || control.hasAttribute("aria-invalid")) showError(control, message);
    }
    errorsShown = problems.some(([control]) => control.hasAttribute("aria-invalid"));
    const plan = { interview_date: interview, follow_ups: followUps };
    if (decisionInput.value) plan.decision_date = decisionInput.value;
    return { plan, invalid: problems.filter(([, message]) => message).map(([control]) => control) };
  }

  /** The plan, or null after pointing the reader at the first field to correct. */
  function validPlan() {
    const { plan, invalid } = readForm();
    if (invalid.length === 0) return plan;
    // The field's label and message first: focus alone would show only the end of a long draft.
    invalid[0].focus({ preventScroll: true });
    invalid[0].closest(".atl-checker-field").scrollIntoView({ block: "start" });
    showProblemCount(invalid.length);
    return null;
  }

  function showProblemCount(count) {
    if (count) {
      const problems = count === 1 ? "There is 1 problem" : `There are ${count} problems`;
      setSummary(`${problems} in the form. Each one is explained beside its field.`, "problem");
    } else {
      setSummary("The form has no problems now. Press Check to check your plan.", "");
    }
  }

  /** While the reader corrects the form, messages go as soon as a field is right, before any click. */
  function recheckCorrections() {
    if (!errorsShown) return;
    readForm({ onlyUpdate: true });
    if (summary.dataset.state === "problem") {
      showProblemCount(form.querySelectorAll('[aria-invalid="true"]').length);
    }
  }

  // --- Talking to the checker ------------------------------------------------------------------

  /** Resolves once the checker is ready; false (after saying why) when it cannot start. */
  async function engineReady() {
    if (!engine) {
      showFailure({ message: "The checker's files could not be loaded." });
    } else {
      startEngine();
      try {
        await engine.ready;
        return true;
      } catch (error) {
        showFailure(error);
      }
    }
    setSummary(
      "",
      "failed",
      h("strong", {}, "The checker could not start, so it cannot check your note here."),
      ...fallbackAdvice(),
    );
    return false;
  }

  function setSummary(text, state, ...children) {
    summary.dataset.state = state;
    summary.replaceChildren(text, ...children);
  }

  let checkNumber = 0; // a newer check makes older answers stale

  async function runCheck() {
    if (engineFailure) {
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
      steps = await engine.timeline(plan.interview_date, plan.decision_date ?? null).catch(() => null);
    } catch (error) {
      if (thisCheck === checkNumber) setSummary(error?.message ?? "The checker could not read the plan.", "problem");
      return;
    }
    if (thisCheck !== checkNumber) return;
    showReport(plan, answer, steps);
  }

  async function downloadCalendar() {
    if (engineFailure) {
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
      setSummary(error?.message ?? "The calendar file could not be made.", "problem");
      return;
    }
    saveFile(new Blob([text], { type: "text/calendar;charset=utf-8" }), "after-the-interview.ics");
    announce(`Calendar file saved: after-the-interview.ics, with ${plural(plan.follow_ups.length, "date", "dates")}.`);
  }

  let fileUrl = null;
  function saveFile(blob, name) {
    if (fileUrl) URL.revokeObjectURL(fileUrl); // the previous download has long been handed over
    fileUrl = URL.createObjectURL(blob);
    const link = h("a", { href: fileUrl, download: name, class: "atl-checker-sr-only" }, name);
    document.body.append(link);
    link.click();
    link.remove();
  }

  // --- The report ------------------------------------------------------------------------------

  function summaryText(counts) {
    if (counts.total === 0) return "No findings. Your plan and your draft follow the advice in this guide.";
    const parts = Object.entries(SEVERITIES)
      .map(([severity, { word, plural: many }]) => [counts[`${severity}s`] ?? 0, word.toLowerCase(), many])
      .filter(([count]) => count > 0)
      .map(([count, one, many]) => plural(count, one, many));
    return `${plural(counts.total, "finding", "findings")}: ${parts.join(", ")}.`;
  }

  function findingOrder(finding) {
    return [SEVERITIES[finding.severity]?.rank ?? 3, finding.follow_up ?? -1, finding.span?.[0] ?? -1];
  }

  function compareFindings(a, b) {
    const [left, right] = [findingOrder(a), findingOrder(b)];
    const index = left.findIndex((value, i) => value !== right[i]);
    return index === -1 ? 0 : left[index] - right[index];
  }

  function showReport(plan, answer, steps) {
    const findings = [...answer.findings].sort(compareFindings);
    findingsList.replaceChildren(...findings.map((finding) => findingItem(finding, plan)));
    findingsList.hidden = findings.length === 0;
    reportIntro.hidden = findings.length === 0;
    report.querySelector(".atl-checker-results__clear")?.remove();
    const drafted = plan.follow_ups.some((followUp) => followUp.draft);
    let note = null;
    if (findings.length === 0) {
      note = drafted
        ? "Nothing to change. Read your note once more, out loud, before you send it."
        : "Nothing to change in your dates. Paste a draft above to check its wording too.";
    } else if (!drafted) {
      // Said every time, so that an empty draft box is never taken for a note that passed.
      note = "Only your dates were checked: the “Draft note” box is empty. Paste your note to check its wording too.";
    }
    if (note) findingsList.before(h("p", { class: "atl-checker-results__clear" }, note));
    report.hidden = false; // first, so that the picture is drawn at the width it will have
    lastTimeline = { plan, steps, width: 0 };
    drawTimeline();
    staleNote.hidden = true;
    // Clear first, so that a screen reader announces the summary even when the text is unchanged.
    setSummary("", "results");
    requestAnimationFrame(() => {
      setSummary(summaryText(answer.summary), findings.length ? "results" : "clear");
      const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
      summary.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
    });
  }

  function where(finding, plan) {
    const index = finding.follow_up;
    if (index === null || index === undefined || !plan.follow_ups[index]) return "Your plan";
    const followUp = plan.follow_ups[index];
    return `${rowLabel(index, followUp.kind)}, ${formatDate(followUp.date)}`;
  }

  function findingItem(finding, plan) {
    const severity = SEVERITIES[finding.severity] ?? SEVERITIES.suggestion;
    const draft = plan.follow_ups[finding.follow_up ?? -1]?.draft;
    return h(
      "li",
      { class: `atl-checker-finding atl-checker-finding--${finding.severity}`, "data-rule": finding.rule },
      h(
        "p",
        { class: "atl-checker-finding__meta" },
        h("span", { class: "atl-checker-badge" }, severity.word),
        h("span", { class: "atl-checker-finding__where" }, where(finding, plan)),
      ),
      h("h3", { class: "atl-checker-finding__message" }, finding.message),
      finding.span && draft ? excerpt(draft, finding.span) : null,
      h("p", { class: "atl-checker-finding__suggestion" }, h("strong", {}, "What to do: "), finding.suggestion),
      finding.guide
        ? h(
            "p",
            { class: "atl-checker-finding__guide" },
            h(
              "a",
              // A new tab, so reading the guide never costs the reader their draft and results.
              { href: siteUrl(finding.guide), target: "_blank", rel: "noopener" },
              "Read more in the guide",
              h("span", { class: "atl-checker-sr-only" }, ` about ${finding.rule.replaceAll("-", " ")}`),
              " (new tab)",
            ),
          )
        : null,
    );
  }

  /** Where to cut context so that it ends on a word boundary and never splits a character. */
  function contextBefore(text, start, lineStart) {
    if (start - lineStart <= EXCERPT_CONTEXT) return [lineStart, false];
    const space = text.indexOf(" ", start - EXCERPT_CONTEXT);
    const cut = space !== -1 && space < start ? space + 1 : characterBoundary(text, start - EXCERPT_CONTEXT);
    return [cut, true];
  }

  function contextAfter(text, end, lineEnd) {
    if (lineEnd - end <= EXCERPT_CONTEXT) return [lineEnd, false];
    const space = text.lastIndexOf(" ", end + EXCERPT_CONTEXT);
    const cut = space > end ? space : characterBoundary(text, end + EXCERPT_CONTEXT);
    return [cut, true];
  }

  /** The line of the draft around a problem, with the problem in <mark>. */
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

  // --- The timeline picture ----------------------------------------------------------------------

  let lastTimeline = null;
  const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const LABEL_CHARACTER_WIDTH = 7.2; // 12px text, with room to spare: a label never runs off the picture

  /**
   * Recommended steps as bars over the days the guide gives them, one row each, so that steps on the
   * same day never cover one another; the reader's dates as dots below.
   */
  function drawTimeline() {
    if (!lastTimeline) return;
    const { plan, steps } = lastTimeline;
    const width = Math.max(260, Math.floor(timelineFigure.clientWidth));
    lastTimeline.width = width;
    const interviewDay = dayNumber(plan.interview_date);
    const recommended = (steps ?? []).map((step, index) => ({
      ...step,
      day: dayNumber(step.start),
      lastDay: step.end === null ? null : dayNumber(step.end),
      letter: LETTERS[index],
    }));
    const planned = plan.follow_ups.map((followUp, index) => ({
      ...followUp,
      day: dayNumber(followUp.date),
      number: index + 1,
    }));
    const decisionDay = plan.decision_date ? dayNumber(plan.decision_date) : null;
    const allDays = [
      interviewDay,
      ...recommended.flatMap((step) => [step.day, step.lastDay ?? step.day + 5]), // room to show it goes on
      ...planned.map((dot) => dot.day),
    ];
    if (decisionDay !== null) allDays.push(decisionDay);
    const firstDay = Math.min(...allDays);
    const lastDay = Math.max(...allDays, interviewDay + 7) + 1;
    const pad = 14;
    const right = width - pad;
    const x = (day) => pad + ((day - firstDay) / (lastDay - firstDay)) * (right - pad);
    // A day is the stretch from its midnight to the next: bars cover whole days, and a dot, a tick or
    // the decision line marks the middle of its day, so each sits inside the bar of the same day.
    const middleOf = (day) => x(day + 0.5);

    // A dot goes up a level when it would touch one already there (the same day, or a day too close at
    // this width: on a phone, days next to each other are a few pixels apart), so that none hides another.
    const dotRadius = 10;
    const placed = [];
    for (const dot of [...planned].sort((a, b) => a.day - b.day)) {
      const cx = middleOf(dot.day);
      let level = 0;
      while (placed.some((other) => other.level === level && Math.abs(other.cx - cx) < 2 * dotRadius + 2)) level++;
      dot.level = level;
      placed.push({ cx, level });
    }
    const levels = Math.max(1, ...planned.map((dot) => dot.level + 1));
    const rowTop = 22;
    const barHeight = 14;
    const rowPitch = barHeight + 6;
    const planLabel = rowTop + recommended.length * rowPitch + 18;
    const dotBase = planLabel + 8 + levels * (2 * dotRadius + 4) - dotRadius;
    const axis = dotBase + dotRadius + 10;
    const height = axis + 30;

    const picture = svg("svg", {
      class: "atl-checker-tl",
      role: "img",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      "aria-labelledby": "atl-tl-title atl-tl-desc",
    });
    picture.append(
      svg("title", { id: "atl-tl-title" }, "Timeline of your follow-ups against the recommended steps"),
      svg(
        "desc",
        { id: "atl-tl-desc" },
        "Bars are the recommended steps, lettered from A, one to a row. Each bar covers the days the guide " +
          "gives that step: a short bar is one day, a longer bar is a span of days, and a bar ending in an " +
          "arrow goes on from its first day. Numbered dots are your follow-ups." +
          (decisionDay === null ? "" : " The dashed line is the day they said they would decide.") +
          " The list below the picture gives every date in words.",
      ),
      svg("text", { class: "atl-checker-tl__lane", x: pad, y: rowTop - 8 }, "Recommended"),
      svg("text", { class: "atl-checker-tl__lane", x: pad, y: planLabel }, "Your plan"),
    );
    const bars = [];
    recommended.forEach((step, index) => {
      const top = rowTop + index * rowPitch;
      const left = x(step.day);
      const shade = index % 2 ? "b" : "a";
      const band = { class: `atl-checker-tl__band atl-checker-tl__band--${shade}` };
      let end;
      if (step.lastDay === null) {
        // No end: the bar runs to the edge of the picture and ends in an arrow.
        end = right;
        const [bottom, middle, shoulder] = [top + barHeight, top + barHeight / 2, right - 7];
        const outline = `M${left},${top} H${shoulder} L${right},${middle} L${shoulder},${bottom} H${left} Z`;
        picture.append(svg("path", { ...band, d: outline }));
      } else {
        end = Math.max(x(step.lastDay + 1), left + 6);
        picture.append(svg("rect", { ...band, x: left, y: top, width: end - left, height: barHeight, rx: 2 }));
      }
      bars.push({ step, top, left, end });
    });
    if (decisionDay !== null) {
      // Labelled on the "Your plan" line, clear of the lane's own label and of the dots below it.
      const left = middleOf(decisionDay);
      const nearEnd = left > width - 70;
      const labelX = nearEnd ? left - 4 : Math.max(left + 4, pad + 72);
      picture.append(
        svg("line", { class: "atl-checker-tl__decision", x1: left, x2: left, y1: rowTop - 4, y2: axis }),
        svg(
          "text",
          { class: "atl-checker-tl__note", x: labelX, y: planLabel, "text-anchor": nearEnd ? "end" : "start" },
          "Decision",
        ),
      );
    }
    // Each bar's letter, and its title where the row has room: after the bar, or else before it.
    const fits = (text, room) => text.length * LABEL_CHARACTER_WIDTH <= room;
    for (const { step, top, left, end } of bars) {
      const full = `${step.letter} ${step.title}`;
      const after = right - (end + 5);
      const before = left - 5 - pad;
      const [text, side] = fits(full, after)
        ? [full, "after"]
        : fits(full, before)
          ? [full, "before"]
          : [step.letter, after >= before ? "after" : "before"];
      picture.append(
        svg(
          "text",
          {
            class: "atl-checker-tl__label",
            x: side === "after" ? end + 5 : left - 5,
            y: top + barHeight - 3,
            "text-anchor": side === "after" ? "start" : "end",
          },
          text,
        ),
      );
    }
    for (const dot of planned) {
      const cx = middleOf(dot.day);
      const cy = dotBase - dot.level * (2 * dotRadius + 4);
      picture.append(
        svg("circle", { class: "atl-checker-tl__dot", cx, cy, r: dotRadius }),
        svg("text", { class: "atl-checker-tl__number", x: cx, y: cy + 4, "text-anchor": "middle" }, String(dot.number)),
      );
    }
    picture.append(svg("line", { class: "atl-checker-tl__axis", x1: pad, x2: right, y1: axis, y2: axis }));
    // A tick each week ("Day 0" is the interview, as in the guide), further apart when the picture is narrow.
    const pixelsPerWeek = (7 * (right - pad)) / (lastDay - firstDay);
    const tickWeeks = Math.max(1, Math.ceil(70 / pixelsPerWeek));
    for (let day = interviewDay; day < lastDay; day += 7 * tickWeeks) {
      const left = middleOf(day);
      const offset = day - interviewDay;
      const anchor = left < pad + 20 ? "start" : left > right - 24 ? "end" : "middle";
      picture.append(
        svg("line", { class: "atl-checker-tl__tick", x1: left, x2: left, y1: axis, y2: axis + 5 }),
        svg(
          "text",
          { class: "atl-checker-tl__note", x: left, y: axis + 19, "text-anchor": anchor },
          `Day ${offset}`,
        ),
      );
    }

    const entries = [
      ...recommended.map((step) => ({ day: step.day, order: 0, item: stepItem(step, interviewDay) })),
      ...planned.map((dot) => ({ day: dot.day, order: 1, item: plannedItem(dot, interviewDay) })),
    ].sort((a, b) => a.day - b.day || a.order - b.order);
    timelineFigure.replaceChildren(
      picture,
      h(
        "figcaption",
        { class: "atl-checker-timeline__caption" },
        steps ? "Every date in words, in order:" : "The recommended steps could not be loaded. Your dates, in order:",
      ),
      h("ol", { class: "atl-checker-steps", id: "atl-steps" }, ...entries.map((entry) => entry.item)),
    );
    // Measured once on the page: a backing in the page's colour keeps each label clear of the decision line.
    for (const label of picture.querySelectorAll(".atl-checker-tl__label")) {
      const box = label.getBBox();
      const backing = { x: box.x - 2, y: box.y, width: box.width + 4, height: box.height, rx: 2 };
      label.before(svg("rect", { class: "atl-checker-tl__backing", ...backing }));
    }
  }

  function dayLabel(day, interviewDay) {
    const offset = day - interviewDay;
    return `${formatDate(isoFromDay(day))}, day ${offset}`;
  }

  /** The days of a step in words, as its bar shows them: one day, a span of days, or from a day on. */
  function stepDays(step, interviewDay) {
    const first = h("time", { datetime: step.start }, formatDate(step.start));
    if (step.lastDay === null) return ["From ", first, `, day ${step.day - interviewDay}`];
    if (step.lastDay === step.day) return [first, `, day ${step.day - interviewDay}`];
    const last = h("time", { datetime: step.end }, formatDate(step.end));
    return [first, " to ", last, `, days ${step.day - interviewDay} to ${step.lastDay - interviewDay}`];
  }

  function stepItem(step, interviewDay) {
    return h(
      "li",
      { class: "atl-checker-steps__item atl-checker-steps__item--recommended" },
      h("span", { class: "atl-checker-steps__marker", "aria-hidden": "true" }, step.letter),
      h(
        "span",
        { class: "atl-checker-steps__text" },
        h("span", { class: "atl-checker-steps__when" }, ...stepDays(step, interviewDay)),
        h("span", { class: "atl-checker-steps__kind" }, `Recommended ${step.letter}: `),
        h("a", { href: siteUrl(step.guide) }, step.title),
        `. ${step.detail}`,
      ),
    );
  }

  function plannedItem(dot, interviewDay) {
    return h(
      "li",
      { class: "atl-checker-steps__item atl-checker-steps__item--planned" },
      h("span", { class: "atl-checker-steps__marker", "aria-hidden": "true" }, String(dot.number)),
      h(
        "span",
        { class: "atl-checker-steps__text" },
        h(
          "span",
          { class: "atl-checker-steps__when" },
          h("time", { datetime: dot.date }, dayLabel(dot.day, interviewDay)),
        ),
        h("span", { class: "atl-checker-steps__kind" }, "Your plan: "),
        `${rowLabel(dot.number - 1, dot.kind)}, ${channelWords(dot.channel)}.`,
      ),
    );
  }

  // --- Remembering the form on this device (only when the reader asks) ------------------------

  function saveForm() {
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

  function forgetForm() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage that cannot be read holds nothing of ours.
    }
  }

  /** The saved form, or null when there is none (or it is not one of ours). */
  function savedForm() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
      return saved && typeof saved === "object" && Array.isArray(saved.rows) ? saved : null;
    } catch {
      return null;
    }
  }

  function restoreForm(saved) {
    const text = (value) => (typeof value === "string" ? value : "");
    interviewInput.value = text(saved.interview);
    decisionInput.value = text(saved.decision);
    for (const row of saved.rows) {
      addRow({
        kind: choiceLabel("kind", row.kind) ? row.kind : "check-in",
        channel: choiceLabel("channel", row.channel) ? row.channel : "email",
        date: text(row.date),
        autoDate: row.autoDate === true,
      });
    }
    const chosen = rows[saved.draftFor];
    if (chosen) draftFor.value = String(chosen.id);
    draftInput.value = text(saved.draft);
    rememberBox.checked = true;
  }

  // --- Wiring ---------------------------------------------------------------------------------

  /** After any edit: the results on show no longer match the form, and a remembered copy follows it. */
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
    new ResizeObserver(() => {
      const resized = lastTimeline && Math.abs(timelineFigure.clientWidth - lastTimeline.width) > 1;
      if (resized && !report.hidden) drawTimeline();
    }).observe(timelineFigure);

    if (!engine) {
      showFailure({ message: "The checker's files could not be loaded." });
      return;
    }
    showStage(engine.status);
    engine.events.addEventListener("status", (event) => showStage(event.detail));
    engine.ready.catch(showFailure);
    engine.policy
      .then((loaded) => {
        Object.assign(policy, loaded);
        refreshProposedDates();
      })
      .catch(() => {}); // the defaults stand; a failure to start is reported through `ready`
    engine.holidays
      ?.then(({ dates, years }) => {
        if (years) Object.assign(daysOff, { dates: new Set(dates), first: years[0], last: years[1] });
        refreshProposedDates();
      })
      .catch(() => {}); // weekends, New Year's Day and Christmas Day stand
  }

  start();
})();
