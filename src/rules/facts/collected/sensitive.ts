// Data items that are sensitive or come from elsewhere: the content of your communications,
// health, biometrics, demographics, social-media data, cookies and trackers, data from others.
// Part of DATA_ITEM_RULES (../collected.ts), which keeps their order; syntax: ../types.ts.
import type { DataKindId } from '../kinds.ts';
import type { KindRule } from '../types.ts';

export const SENSITIVE_ITEM_RULES: readonly KindRule<DataKindId>[] = [
  // communications content
  {
    id: 'collect.communications.calls',
    kind: 'communications',
    name: 'call recordings',
    pattern: /\bvoice data\b|\bcall recordings?\b|\brecord (?:your )?calls\b|\brecorded calls\b/i,
    gloss: 'Records or keeps what you say on calls',
    examples: { match: ['and voice data', 'We may monitor and record calls with employees'], noMatch: ['we do not publish these directories', 'call detail records'] },
  },
  {
    id: 'collect.communications.content',
    kind: 'communications',
    name: 'voicemail/messages',
    pattern: /\bcontent of (?:your )?(?:online )?communications\b|\bvoicemails?\b|\btext messag(?:es|ing)\b|\bfaxes\b/i,
    gloss: 'Keeps the content of your messages',
    examples: { match: ['including the content of voicemail, call recording, SMS/MMS text messaging, and faxes'], noMatch: ['We may communicate with you online.'] },
  },
  // health
  {
    id: 'collect.health.phi',
    kind: 'health',
    name: 'health information',
    pattern: /\bprotected health information\b|\bPHI\b|\bhealth(?:[- ]related)? (?:information|data|records)\b|\bmedical (?:information|records|data|history)\b/i,
    gloss: 'Holds health or medical information',
    examples: { match: ['Protected Health Information (PHI) may be present'], noMatch: ['health plans'] },
  },
  // biometrics
  {
    id: 'collect.biometrics.any',
    kind: 'biometrics',
    name: 'biometric data',
    // Not a browser's or device's "fingerprint" (identifying a device by its settings).
    pattern: /\bbiometric\w*|(?<!\b(?:browser|device|digital|canvas)\b[^.]{0,120})\bfinger ?prints?\b(?! technology)|\bvoice ?prints?\b|\bfac(?:e|ial) (?:recognition|geometry|scans?)\b/i,
    gloss: 'Collects biometric data',
    examples: { match: ['voiceprints and fingerprints'], noMatch: ['voice services', 'your browser type or fingerprint', 'We use digital fingerprint technology to recognise your device.'] },
  },
  // demographics
  {
    id: 'collect.demographics.any',
    kind: 'demographics',
    name: 'demographics',
    pattern: /\bdemographics?\b|\bgender\b/i,
    gloss: 'Collects demographic information',
    examples: { match: ['general demographics', 'demographic data from other sources'], noMatch: ['democratic'] },
  },
  {
    id: 'collect.demographics.birth',
    kind: 'demographics',
    name: 'age or date of birth',
    pattern: /\bdate of birth\b|\bbirth ?date\b|\bage or date of birth\b/i,
    gloss: 'Collects your age or date of birth',
    examples: { match: ['age or date of birth'], noMatch: ['the age of majority'] },
  },
  // social media
  {
    id: 'collect.social-media.platforms',
    kind: 'social-media',
    name: 'social-media profiles',
    // Also a named network's sign-in or profile ("using the Facebook Connect feature", "from
    // your Facebook profile") and account names ("social media website user account names").
    pattern: /\bsocial (?:media|network(?:ing)?) (?:platforms?|sites?|accounts?|profiles?|data|information|log-?ins?|services?|(?:website |site )?(?:user )?(?:account names?|user ?names|handles))\b|\b(?:Facebook|Twitter|LinkedIn|Instagram|Google\+) (?:Connect|profiles?|accounts?|log-?in|sign-?in|friends? lists?)\b/i,
    gloss: 'Collects data from your social-media accounts',
    examples: {
      match: ['We obtain Personal Data from social media platforms, including Facebook and LinkedIn', 'you may create an account using the Facebook Connect feature', 'your name, email address and social media website user account names'],
      noMatch: ['social security number', 'Follow us on Facebook.'],
    },
  },
  // cookies and trackers
  {
    id: 'collect.cookies.cookies',
    kind: 'cookies',
    name: 'cookies',
    pattern: /\bcookies?\b/i,
    gloss: 'Uses cookies',
    examples: { match: ['We use cookies to record data about visits'], noMatch: ['cooking'] },
  },
  {
    id: 'collect.cookies.beacons',
    kind: 'cookies',
    name: 'web beacons/pixels',
    pattern: /\bweb beacons?\b|\bpixel(?: tag)?s?\b|\bimage tags?\b|\bclear GIFs?\b|\bweb bugs?\b/i,
    gloss: 'Uses web beacons, pixels or image tags',
    examples: { match: ['cookies or image tags on our Site', 'web beacons, web bugs, clear GIFs'], noMatch: ['image files you upload'] },
  },
  {
    id: 'collect.cookies.analytics',
    kind: 'cookies',
    name: 'analytics tools',
    pattern: /\b(?:web )?analytics (?:software|tools?|services?)\b|\bGoogle Analytics\b|\bonline tracking mechanisms\b|\btracking technolog(?:y|ies)\b/i,
    gloss: 'Uses analytics or tracking tools',
    examples: { match: ['We use web analytics software to gather anonymous web site visitor information'], noMatch: ['analyze the use of our services'] },
  },
  // received from others: the pattern itself carries the direction ("from …")
  {
    id: 'collect.from-others.credit-agencies',
    kind: 'from-others',
    name: 'credit reporting agencies',
    pattern: /\bfrom\b[^.;]{0,60}?\b(?:(?:consumer|credit) reporting agenc(?:y|ies)|credit bureaus?)\b/i,
    gloss: 'Gets information about you from credit bureaus',
    examples: {
      match: ['information we receive from third parties, such as consumer reporting agencies', 'credit information received from outside credit reporting agencies'],
      noMatch: ['reporting any such past due amounts to one or more credit reporting agencies'],
    },
  },
  {
    id: 'collect.from-others.third-parties',
    kind: 'from-others',
    name: 'other companies',
    pattern: /\bfrom (?:a |other |outside |unaffiliated )?third[- ]part(?:y|ies)\b|\bthird[- ]party sources\b|\bfrom (?:other|outside) (?:sources|companies)\b|\bavailable from other sources\b/i,
    gloss: 'Gets information about you from other companies',
    examples: { match: ['we may obtain information about you from third party sources', 'Fusion obtains Personal Data from outside companies'], noMatch: ['we share it with third parties'] },
  },
  {
    id: 'collect.from-others.partners',
    kind: 'from-others',
    name: 'affiliates/marketing partners',
    pattern: /\b(?:received|obtained|obtain|receive) from (?:our )?(?:corporate )?(?:affiliates|advertisers|marketing (?:companies|partners))\b/i,
    gloss: 'Gets information about you from affiliates or marketing partners',
    examples: { match: ['information received from our corporate affiliates, Advertisers, or marketing companies'], noMatch: ['we share with our affiliates'] },
  },
  {
    id: 'collect.from-others.social-media',
    kind: 'from-others',
    name: 'social-media platforms',
    pattern: /\bfrom social (?:media|network(?:ing)?)\b/i,
    gloss: 'Gets information about you from social-media platforms',
    examples: { match: ['We obtain Personal Data from social media platforms'], noMatch: ['share on social media'] },
  },
];
