// The page's fixed elements (docs/check-your-draft.md), found once.

import { byId } from "./dom.js";

export const form = byId("atl-form", HTMLFormElement);
export const statusLine = byId("atl-status", HTMLElement);
export const interviewInput = byId("atl-interview", HTMLInputElement);
export const decisionInput = byId("atl-decision", HTMLInputElement);
export const rowList = byId("atl-rows", HTMLOListElement);
export const addButton = byId("atl-add", HTMLButtonElement);
export const draftFor = byId("atl-draft-for", HTMLSelectElement);
export const draftInput = byId("atl-draft", HTMLTextAreaElement);
export const rememberBox = byId("atl-remember", HTMLInputElement);
export const icsButton = byId("atl-ics", HTMLButtonElement);
export const announcer = byId("atl-announce", HTMLElement);
export const summary = byId("atl-summary", HTMLElement);
export const report = byId("atl-report", HTMLElement);
export const staleNote = byId("atl-stale", HTMLElement);
export const reportIntro = byId("atl-report-intro", HTMLElement);
export const findingsList = byId("atl-findings", HTMLOListElement);
export const timelineFigure = byId("atl-timeline", HTMLElement);
export const planReport = byId("atl-plan-report", HTMLElement);
export const beforeNote = byId("atl-before", HTMLElement);

/** Say something to screen readers, politely. @param {string} text */
export function announce(text) {
  announcer.textContent = text;
}
