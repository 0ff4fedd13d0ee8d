// ESLint for the site's JavaScript (the checker page and its worker) and the Node scripts.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/", "site/", "build/", ".venv/", "tests/**/node_modules/"] },
  js.configs.recommended,
  {
    rules: {
      "no-unused-vars": ["error", { args: "after-used", ignoreRestSiblings: true, caughtErrors: "none" }],
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    files: ["docs/javascripts/form/*.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    // Classic scripts: a page opened from file:// runs no module.
    files: ["docs/javascripts/checker-form.js", "docs/javascripts/checker-client.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["docs/javascripts/checker-worker.js"],
    languageOptions: { sourceType: "module", globals: globals.worker },
  },
  {
    files: ["scripts/*.mjs", "eslint.config.mjs"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  {
    // Node, with functions that puppeteer runs in the page.
    files: ["tests/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node, ...globals.browser } },
  },
];
