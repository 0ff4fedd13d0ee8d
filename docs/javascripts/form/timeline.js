// The timeline picture: the recommended steps as bars, the reader's follow-ups as numbered dots, and
// every date again in words below it.

import { h, siteUrl, svg } from "./dom.js";
import { dayNumber, formatDate, isoFromDay } from "./dates.js";
import { planReport, timelineFigure } from "./elements.js";
import { channelWords, rowLabel } from "./rows.js";

/** @typedef {import("./types.js").Plan} Plan */
/** @typedef {import("./types.js").Step} Step */
/** @typedef {Step & {day: number, lastDay: number | null, letter: string}} Bar */
/** @typedef {import("./types.js").FollowUp & {day: number, number: number, level?: number}} Dot */
/** @typedef {{date: string, interviewers: string[], day: number, number: number}} Meeting an interview round */

/** @type {{plan: Plan, steps: Step[] | null, width: number} | null} the picture on show, to draw again at a new width */
let lastTimeline = null;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LABEL_CHARACTER_WIDTH = 7.2; // 12px text, with room to spare: a label never runs off the picture

/**
 * Recommended steps as bars over the days the guide gives them, one row each, so that steps on the
 * same day never cover one another; the reader's dates as dots below.
 */
export function drawTimeline(/** @type {Plan} */ plan, /** @type {Step[] | null} */ steps) {
  planReport.hidden = false; // first, so that the picture is drawn at the width it will have
  const width = Math.max(260, Math.floor(timelineFigure.clientWidth));
  lastTimeline = { plan, steps, width };
  /** @type {Meeting[]} */
  const meetings = (plan.interviews ?? [{ date: plan.interview_date ?? "" }])
    .map((round) => ({ date: round.date, interviewers: round.interviewers ?? [], day: dayNumber(round.date), number: 0 }))
    .sort((a, b) => a.day - b.day);
  meetings.forEach((meeting, index) => {
    meeting.number = index + 1;
  });
  const interviewDay = meetings[0].day; // day 0, as in the guide
  const several = meetings.length > 1;
  /** @type {Bar[]} */
  const recommended = (steps ?? []).map((step, index) => ({
    ...step,
    day: dayNumber(step.start),
    lastDay: step.end === null ? null : dayNumber(step.end),
    letter: LETTERS[index],
  }));
  /** @type {Dot[]} */
  const planned = plan.follow_ups.map((followUp, index) => ({
    ...followUp,
    day: dayNumber(followUp.date),
    number: index + 1,
  }));
  const decisionDay = plan.decision_date ? dayNumber(plan.decision_date) : null;
  const allDays = [
    ...meetings.map((meeting) => meeting.day),
    ...recommended.flatMap((step) => [step.day, step.lastDay ?? step.day + 5]), // room to show it goes on
    ...planned.map((dot) => dot.day),
  ];
  if (decisionDay !== null) allDays.push(decisionDay);
  const firstDay = Math.min(...allDays);
  const lastDay = Math.max(...allDays, interviewDay + 7) + 1;
  const pad = 14;
  const right = width - pad;
  const x = (/** @type {number} */ day) => pad + ((day - firstDay) / (lastDay - firstDay)) * (right - pad);
  // A day is the stretch from its midnight to the next: bars cover whole days, and a dot, a tick or
  // the decision line marks the middle of its day, so each sits inside the bar of the same day.
  const middleOf = (/** @type {number} */ day) => x(day + 0.5);

  // A dot goes up a level when it would touch one already there (the same day, or a day too close at
  // this width: on a phone, days next to each other are a few pixels apart), so that none hides another.
  const dotRadius = 10;
  /** @type {{cx: number, level: number}[]} */
  const placed = [];
  for (const dot of [...planned].sort((a, b) => a.day - b.day)) {
    const cx = middleOf(dot.day);
    let level = 0;
    while (placed.some((other) => other.level === level && Math.abs(other.cx - cx) < 2 * dotRadius + 2)) level++;
    dot.level = level;
    placed.push({ cx, level });
  }
  const levels = Math.max(1, ...planned.map((dot) => (dot.level ?? 0) + 1));
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
    // Named by its title and described by its desc: a name that held both was read out twice.
    "aria-labelledby": "atl-tl-title",
    "aria-describedby": "atl-tl-desc",
  });
  picture.append(
    svg("title", { id: "atl-tl-title" }, "Timeline of your follow-ups against the recommended steps"),
    svg(
      "desc",
      { id: "atl-tl-desc" },
      "Bars are the recommended steps, lettered from A, one to a row. Each bar covers the days the guide " +
        "gives that step: a short bar is one day, a longer bar is a span of days, and a bar ending in an " +
        "arrow goes on from its first day. Numbered dots are your follow-ups." +
          (several ? " A solid line marks each later interview round." : "") +
        (decisionDay === null ? "" : " The dashed line is the day they said they would decide.") +
        " The list below the picture gives every date in words.",
    ),
    svg("text", { class: "atl-checker-tl__lane", x: pad, y: rowTop - 8 }, "Recommended"),
    svg("text", { class: "atl-checker-tl__lane", x: pad, y: planLabel }, "Your plan"),
  );
  /** @type {{step: Bar, top: number, left: number, end: number}[]} */
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
  // Each later round is a line, labelled on the top line clear of the lane's own label; rounds too close
  // together for a label each share one ("Rounds 2 and 3").
  /** @type {{start: number, rounds: number[]}[]} */
  const labels = [];
  for (const meeting of meetings.slice(1)) {
    const left = middleOf(meeting.day);
    picture.append(svg("line", { class: "atl-checker-tl__round", x1: left, x2: left, y1: rowTop - 4, y2: axis }));
    const last = labels.at(-1);
    if (last && left + 4 < last.start + roundsLabel(last.rounds).length * NOTE_CHAR_WIDTH + 8) {
      last.rounds.push(meeting.number);
    } else {
      labels.push({ start: Math.max(left + 4, pad + 96), rounds: [meeting.number] });
    }
  }
  for (const { start, rounds } of labels) {
    const text = roundsLabel(rounds);
    const nearEnd = start + text.length * NOTE_CHAR_WIDTH > width - 4;
    const labelX = nearEnd ? width - 4 : start;
    picture.append(
      svg(
        "text",
        { class: "atl-checker-tl__note", x: labelX, y: rowTop - 8, "text-anchor": nearEnd ? "end" : "start" },
        text,
      ),
    );
  }
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
  const fits = (/** @type {string} */ text, /** @type {number} */ room) => text.length * LABEL_CHARACTER_WIDTH <= room;
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
    const cy = dotBase - (dot.level ?? 0) * (2 * dotRadius + 4);
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
    ...(several || meetings[0].interviewers.length
      ? meetings.map((meeting) => ({ day: meeting.day, order: -1, item: meetingItem(meeting, interviewDay, several) }))
      : []),
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
    const box = /** @type {SVGGraphicsElement} */ (label).getBBox();
    const backing = { x: box.x - 2, y: box.y, width: box.width + 4, height: box.height, rx: 2 };
    label.before(svg("rect", { class: "atl-checker-tl__backing", ...backing }));
  }
}

/** @param {number} day @param {number} interviewDay */
function dayLabel(day, interviewDay) {
  const offset = day - interviewDay;
  return `${formatDate(isoFromDay(day))}, day ${offset}`;
}

/**
 * The days of a step in words, as its bar shows them: one day, a span of days, or from a day on.
 * @param {Bar} step
 * @param {number} interviewDay
 * @returns {(string | Node)[]}
 */
function stepDays(step, interviewDay) {
  const first = h("time", { datetime: step.start }, formatDate(step.start));
  if (step.lastDay === null) return ["From ", first, `, day ${step.day - interviewDay}`];
  if (step.lastDay === step.day) return [first, `, day ${step.day - interviewDay}`];
  const end = step.end ?? step.start;
  const last = h("time", { datetime: end }, formatDate(end));
  return [first, " to ", last, `, days ${step.day - interviewDay} to ${step.lastDay - interviewDay}`];
}

// The notes' 12px text is at most this wide per character, to keep two labels apart without measuring them.
const NOTE_CHAR_WIDTH = 7;

/** "Round 2", "Rounds 2 and 3", "Rounds 2 to 4". @param {number[]} rounds */
function roundsLabel(rounds) {
  if (rounds.length === 1) return `Round ${rounds[0]}`;
  const joiner = rounds.length === 2 ? "and" : "to";
  return `Rounds ${rounds[0]} ${joiner} ${rounds.at(-1)}`;
}

/** @param {Bar} step @param {number} interviewDay */
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
      // A new tab, as the findings' links: reading the guide never costs the reader their draft.
      h(
        "a",
        { href: siteUrl(step.guide), target: "_blank", rel: "noopener" },
        step.title,
        h("span", { class: "atl-checker-sr-only" }, " (new tab)"),
      ),
      `. ${step.detail}`,
    ),
  );
}

/** @param {Meeting} meeting @param {number} interviewDay @param {boolean} several */
function meetingItem(meeting, interviewDay, several) {
  const names = meeting.interviewers;
  const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return h(
    "li",
    { class: "atl-checker-steps__item atl-checker-steps__item--round" },
    h("span", { class: "atl-checker-steps__marker", "aria-hidden": "true" }, several ? `R${meeting.number}` : "R"),
    h(
      "span",
      { class: "atl-checker-steps__text" },
      h(
        "span",
        { class: "atl-checker-steps__when" },
        h("time", { datetime: meeting.date }, dayLabel(meeting.day, interviewDay)),
      ),
      h("span", { class: "atl-checker-steps__kind" }, several ? `Interview round ${meeting.number}` : "Your interview"),
      listed ? `, with ${listed}.` : ".",
    ),
  );
}

/** @param {Dot} dot @param {number} interviewDay */
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


/** Draw the picture on show again when its width changes (a phone turned, a window resized). */
export function followWidth() {
  new ResizeObserver(() => {
    if (!lastTimeline || timelineFigure.closest("[hidden]")) return;
    if (Math.abs(timelineFigure.clientWidth - lastTimeline.width) > 1) drawTimeline(lastTimeline.plan, lastTimeline.steps);
  }).observe(timelineFigure);
}
