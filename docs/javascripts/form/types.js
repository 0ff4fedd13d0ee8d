// The shapes that cross between the page, checker-client.js and checker-worker.js. Types only: this
// module exports no value, and the others import its names in JSDoc (`import("./types.js").Finding`).

/** @typedef {"thank-you" | "check-in" | "stay-in-touch" | "offer-update" | "withdrawal"} Kind */
/** @typedef {"email" | "phone" | "linkedin" | "letter" | "in-person"} Channel */
/** @typedef {"error" | "warning" | "suggestion"} Severity */

/**
 * One interview round: its day, and the names of the people the reader met.
 * @typedef {object} Round
 * @property {string} date
 * @property {string[]} [interviewers]
 */

/**
 * @typedef {object} FollowUp
 * @property {Kind} kind
 * @property {string} date
 * @property {Channel} channel
 * @property {string} [to] the recipient's name
 * @property {string} [draft]
 */

/**
 * The plan, exactly as `followup-check PLAN --format json` reads it: `interview_date` for one round
 * with no names, `interviews` otherwise (never both).
 * @typedef {object} Plan
 * @property {string} [company]
 * @property {string} [role]
 * @property {string} [interview_date]
 * @property {Round[]} [interviews]
 * @property {string} [decision_date]
 * @property {string} [today]
 * @property {FollowUp[]} follow_ups
 */

/**
 * A safe rewrite of the draft: replace the code points from span[0] to span[1] with `replacement`.
 * @typedef {object} Fix
 * @property {[number, number]} span
 * @property {string} replacement
 */

/**
 * @typedef {object} Finding
 * @property {string} rule
 * @property {Severity} severity
 * @property {string} message
 * @property {string} suggestion
 * @property {number | null} follow_up index in the plan's follow_ups, or null for the plan as a whole
 * @property {[number, number] | null} span code points in that follow-up's draft
 * @property {string | null} guide a page of the site, relative to its root
 * @property {Fix} [fix] only when the rule is sure of the rewrite
 */

/**
 * @typedef {object} Report
 * @property {Finding[]} findings
 * @property {{errors: number, warnings: number, suggestions: number, total: number, policy: string}} summary
 */

/**
 * A recommended step: due on `date`, to be done from `start` to `end` (null: it goes on).
 * @typedef {object} Step
 * @property {string} date
 * @property {string} start
 * @property {string | null} end
 * @property {string} title
 * @property {string} detail
 * @property {string} guide
 */

/** @typedef {{thank_you_within_days: number, check_in_after_days: number, silence_after_days: number}} Policy */
/** @typedef {{dates: string[], years: [number, number]}} Holidays */

/** @typedef {"idle" | "loading-python" | "loading-checker" | "ready" | "failed"} Stage */
/** @typedef {{stage: Stage, message: string, code?: string, startedFrom?: "snapshot" | "wheels"}} Status */

// --- The worker's messages (checker-worker.js) -------------------------------------------------

/** @typedef {"check" | "ics" | "timeline" | "planTimeline" | "memory" | "stall"} Operation */
/** @typedef {{id: number, op: Operation, args: unknown[]}} WorkerRequest */
/** @typedef {{id: number, ok: true, result: unknown}} WorkerSuccess */
/** @typedef {{id: number, ok: false, error: {code: string, message: string}}} WorkerFailure */
/** @typedef {WorkerSuccess | WorkerFailure} WorkerReply */
/** @typedef {{status: Status}} WorkerStatus sent unasked while the worker loads */
/** @typedef {WorkerReply | WorkerStatus} WorkerMessage */

// --- window.followupChecker (checker-client.js) ------------------------------------------------

/**
 * @typedef {object} CheckerApi
 * @property {Promise<void>} ready
 * @property {Promise<Policy>} policy
 * @property {Promise<Holidays>} holidays
 * @property {EventTarget} events dispatches "status" with a Status as detail
 * @property {Status} status
 * @property {number} timeoutMs
 * @property {() => void} start
 * @property {(plan: Plan) => Promise<Report>} check
 * @property {(plan: Plan) => Promise<string>} ics
 * @property {(interviewDate: string, decisionDate?: string | null) => Promise<Step[]>} timeline
 * @property {(plan: Plan) => Promise<Step[]>} planTimeline
 */

/**
 * What the classic entry (checker-form.js) leaves for the modules: how it says that the checker cannot start.
 * @typedef {object} FormFallback
 * @property {(error: {message?: string} | null) => void} showFailure in the status line
 * @property {() => void} showFailedSummary in the results summary
 * @property {() => (string | Node)[]} advice where to go instead
 */

export {};
