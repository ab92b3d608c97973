// Page detection for the content script: is this page a privacy policy, and if not, where is
// the site's policy?
export { detectPolicyPage } from './detect-page.ts';
export { quickFeaturesFromDom } from './features.ts';
export { mainText } from './main-text.ts';
export { findPolicyLinks, policyLinkCandidates } from './policy-links.ts';
export { askVocabulary, useVocabulary } from './vocabulary.ts';
