// What the classic scripts put on window, for `tsc --checkJs` (tsconfig.json).
import type { CheckerApi, FormFallback } from "../docs/javascripts/form/types.js";

declare global {
  interface Window {
    followupChecker: CheckerApi;
    followupCheckerForm: FormFallback;
  }
}
