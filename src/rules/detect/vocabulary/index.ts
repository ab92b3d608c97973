// The one registry of the detector's text vocabulary. Order does not matter for scoring (each
// rule is counted on its own); ids must be unique (checked by the tests).
import { conductRules } from './conduct.ts';
import { cookieRules } from './cookies.ts';
import { otherLegalRules } from './other-legal.ts';
import { privacyDeRules } from './privacy-de.ts';
import { privacyFrRules } from './privacy-fr.ts';
import { privacyRules } from './privacy.ts';
import { processingRules } from './processing.ts';
import { termsFrDeRules } from './terms-fr-de.ts';
import { termsRules } from './terms.ts';
import type { VocabularyRule } from './types.ts';

// Marked pure: without the mark bundlers keep every rule in builds that never read the registry
// (the content script: see ../patterns.ts).
export const vocabulary: readonly VocabularyRule[] = /* @__PURE__ */ (() => [
  ...privacyRules,
  ...privacyFrRules,
  ...privacyDeRules,
  ...termsRules,
  ...termsFrDeRules,
  ...cookieRules,
  ...conductRules,
  ...processingRules,
  ...otherLegalRules,
])();
