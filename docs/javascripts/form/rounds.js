// Interview rounds: the first is the interview date at the top of the form (with its interviewers under
// "More details"); later rounds, each with a date and names, are added under "More details" too.

import { byId, find } from "./dom.js";
import { ISO_DATE, dateProblem } from "./dates.js";
import { announce, interviewInput } from "./elements.js";

/**
 * @typedef {object} RoundFields
 * @property {HTMLInputElement} date
 * @property {HTMLInputElement} names
 * @property {HTMLLIElement | null} item null for the first round, which stays
 * @property {HTMLElement | null} legend
 * @property {HTMLElement | null} removeName
 */

const roundList = byId("atl-rounds", HTMLOListElement);
const roundTemplate = byId("atl-round-template", HTMLTemplateElement);
export const addRoundButton = byId("atl-add-round", HTMLButtonElement);
/** Dispatches "changed" when the reader adds or removes a round. */
export const roundEvents = new EventTarget();

/** @type {RoundFields[]} */
export const rounds = [
  { date: interviewInput, names: byId("atl-names-1", HTMLInputElement), item: null, legend: null, removeName: null },
];
let nextRoundId = 2;

/** The names in a field: separated by commas, semicolons, line breaks or a lone "and". @param {string} text */
export function namesIn(text) {
  return text
    .split(/[,;\n]|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** @param {{date?: string, names?: string}} [values] */
export function addRound({ date = "", names = "" } = {}) {
  const id = nextRoundId++;
  const item = /** @type {HTMLLIElement} */ (find(roundTemplate.content, "li", HTMLLIElement).cloneNode(true));
  /** @template {Element} T @param {string} name @param {new (...args: never[]) => T} type */
  const part = (name, type) => find(item, `[data-part="${name}"]`, type);
  /** @type {RoundFields} */
  const round = {
    item,
    date: part("date", HTMLInputElement),
    names: part("names", HTMLInputElement),
    legend: part("legend", HTMLElement),
    removeName: part("remove-name", HTMLElement),
  };
  round.date.id = `atl-round-date-${id}`;
  round.names.id = `atl-names-${id}`;
  part("date-label", HTMLLabelElement).htmlFor = round.date.id;
  part("names-label", HTMLLabelElement).htmlFor = round.names.id;
  round.date.value = date;
  round.names.value = names;
  part("remove", HTMLButtonElement).addEventListener("click", () => removeRound(round));
  rounds.push(round);
  roundList.append(item);
  renumberRounds();
  roundEvents.dispatchEvent(new Event("changed"));
  return round;
}

/** @param {RoundFields} round */
function removeRound(round) {
  const index = rounds.indexOf(round);
  rounds.splice(index, 1);
  round.item?.remove();
  renumberRounds();
  const next = rounds[index] ?? rounds[index - 1];
  (next.item ? next.date : addRoundButton).focus();
  announce(`Interview round ${index + 1} removed.`);
  roundEvents.dispatchEvent(new Event("changed"));
}

function renumberRounds() {
  rounds.forEach((round, index) => {
    if (round.legend) round.legend.textContent = `Round ${index + 1}`;
    if (round.removeName) round.removeName.textContent = ` round ${index + 1}`;
  });
}

/**
 * The day of the last round whose date can be read, of those on or before `until` if any are; "" when
 * none can be read.
 * @param {string} [until]
 */
export function lastInterviewDate(until = "9999-12-31") {
  const dates = rounds
    .filter((round) => ISO_DATE.test(round.date.value) && !dateProblem(round.date))
    .map((round) => round.date.value)
    .sort();
  return dates.filter((date) => date <= until).at(-1) ?? dates[0] ?? "";
}
