// The office's policy: the checker's defaults until policy.json arrives (main.js fills it in).

/** @type {import("./types.js").Policy} */
export const policy = { thank_you_within_days: 1, check_in_after_days: 7, silence_after_days: 21 };
