// Whether the provider uses personal data for advertising aimed at the person (its own ads or
// its ad partners' on its service), read by src/engine/questions/ads.ts.
import type { FactRule } from '../facts/types.ts';

/** Advertising chosen by who you are or what you did. */
export const TARGETED_ADS: FactRule = {
  id: 'ads.targeted',
  pattern: /\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|customi[sz]ed|relevant|behavio(?:u)?ral(?:ly)?|cross-context behavio(?:u)?ral|online behavio(?:u)?ral|retargeting|re-targeting|remarketing)\s+(?:and\s+\w+\s+)?(?:ads|advert\w*|marketing|promotions?)\b|\b(?:ads|advert\w*) (?:that are |which are )?(?:more )?(?:personali[sz]ed|targeted|tailored|relevant|based on your (?:interests|activity|browsing|profile|information|use))\b|\b(?:show|serve|deliver|display|provide|present)(?:s|ing)? (?:you )?(?:with )?(?:ads|advert\w*)\b[^.;]{0,60}?\b(?:interests?|activity|based on|relevant|tailored|personali[sz]ed|profile|browsing)\b|\b(?:target|personali[sz]e|tailor|customi[sz]e|measure)\w* (?:the )?(?:ads|advert\w*|marketing)\b|\b(?:advertising|ad|marketing)\s+(?:partners?|networks?|companies|providers?|vendors?)\b[^.;]{0,120}?\b(?:cookies?|pixels?|sdks?|web beacons?|tracking technolog\w*)\b|\b(?:cookies?|pixels?|sdks?|web beacons?)\b[^.;]{0,60}?\b(?:placed|set|served|dropped)\s+by\s+(?:our\s+|third[- ]party\s+)?(?:advertising|ad|marketing)\s+(?:partners?|networks?|companies|providers?|vendors?)\b/i,
  gloss: 'Uses your data to choose the ads you see, or lets advertising companies collect it on its service',
  examples: {
    match: [
      'We use your activity to show you personalised ads.',
      'Our partners use cookies to deliver interest-based advertising.',
      'We may use this information to tailor the ads you see on and off our service.',
      'We and our advertising partners may use cookies, pixels and SDKs on our site to collect information about your activity.',
      'Some cookies on our pages are placed by our advertising partners.',
    ],
    noMatch: [
      'We do not use your data for targeted advertising.',
      'We show no ads.',
      'We do not allow advertising networks to place cookies on our site.',
      'We show advertisements that are not targeted to you but are chosen from the page you are reading.',
      'We may share anonymous statistics with advertisers to help them target advertisements.',
    ],
  },
};

/** The provider shows no ads, or no ads based on personal data. */
export const NO_ADS: FactRule = {
  id: 'ads.none',
  pattern: /\b(?:not|never|no)\b[^.;:]{0,60}?\b(?:ads|advert(?!isers?\b)\w*|ad tracking|personali[sz]ed ads|targeted ads)\b|\bad-free\b|\bfree of (?:ads|advertising)\b|\bcontextual (?:ads|advertising) only\b|\bonly (?:show|display|serve)s? contextual\b|\b(?:not|never)\s+(?:allow|permit|show|display|serve|run|include|contain|have)s?\s+(?:any\s+)?(?:third[- ]party\s+)?(?:marketing|ads|advertising|advertisements)\s+(?:on|in|within|inside)\b/i,
  gloss: 'Says it does not use your data for ads',
  examples: {
    match: [
      'We do not use your personal data for targeted advertising.',
      'There are no ads in the app.',
      'We never show you advertising based on your activity.',
      'We only show contextual ads.',
      'The Company does not allow marketing within its apps.',
    ],
    noMatch: ['We use your activity to show you personalised ads.', 'Ads in the app are chosen from the page you read, not targeted to you, but we let partners track you for advertising elsewhere.'],
  },
};

/** Offering a way out of targeted ads implies they are shown. */
export const ADS_OPT_OUT = /\b(?:opt(?:[- ])?out|turn off|disable|limit|control)\b[^.;]{0,60}?\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|behavio(?:u)?ral) (?:ads|advert\w*)\b|\bad (?:settings|preferences|personali[sz]ation)\b/i;

/** Ad-related words a sentence needs before the targeted-ads rule is read. */
export const ADS_WORD = /\b(?:ads|advert\w*|marketing)\b/i;
