// Dates as the checker counts them: ISO strings, whole days, and the working days it proposes.

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** Day number (days since 1970-01-01) of an ISO date; years below 100 stay literal. @param {string} iso */
export function dayNumber(iso) {
  const date = new Date(0);
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(date.getTime() / DAY_MS);
}

/** @param {number} day */
export function isoFromDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** @param {string} iso @param {number} days */
export function addDays(iso, days) {
  return isoFromDay(dayNumber(iso) + days);
}

// The days the checker never proposes, as checker/_workdays.py counts them: weekends, and the office's
// public holidays (holidays.json) in the years they cover; elsewhere, New Year's Day and Christmas Day.
const daysOff = { dates: new Set(), first: 0, last: -1 };

/** The office's public holidays, as the build wrote them. @param {{dates: string[], years: [number, number]}} holidays */
export function setDaysOff({ dates, years }) {
  if (years) Object.assign(daysOff, { dates: new Set(dates), first: years[0], last: years[1] });
}

/** @param {string} iso */
function workingDay(iso) {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(iso.slice(0, 4));
  if (year >= daysOff.first && year <= daysOff.last) return !daysOff.dates.has(iso);
  return !["01-01", "12-25"].includes(iso.slice(5));
}

/** @param {string} iso */
export function nextWorkingDay(iso) {
  let day = iso;
  for (let tries = 0; tries < 31 && !workingDay(day); tries++) day = addDays(day, 1);
  return workingDay(day) ? day : iso;
}

/** The last working day from `first` to `last`, or `first`. @param {string} first @param {string} last */
export function lastWorkingDay(first, last) {
  let day = last;
  while (day > first && !workingDay(day)) day = addDays(day, -1);
  return day;
}

/** Today where the reader is, as an ISO date (the checker gets the same through checker-client.js). */
export function todayIso() {
  const now = new Date();
  return isoFromDay(Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS));
}

/** "Tue, 17 Nov 2026". @param {string} iso */
export function formatDate(iso) {
  return LONG_DATE.format(new Date(dayNumber(iso) * DAY_MS));
}

/**
 * A problem with a date field's own value, or null.
 * @param {HTMLInputElement} input
 * @param {string | null} [emptyMessage]
 * @returns {string | null}
 */
export function dateProblem(input, emptyMessage = null) {
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
