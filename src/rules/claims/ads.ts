// Whether the provider uses personal data for advertising aimed at the person (its own ads or
// its ad partners' on its service), read by src/engine/questions/ads.ts.
import type { FactRule } from '../facts/types.ts';

/** Advertising chosen by who you are or what you did. */
export const TARGETED_ADS: FactRule = {
  id: 'ads.targeted',
  pattern: /\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|customi[sz]ed|relevant|behavio(?:u)?ral(?:ly)?|cross-context behavio(?:u)?ral|online behavio(?:u)?ral|retargeting|re-targeting|remarketing)\s+(?:and\s+\w+\s+)?(?:ads|advert\w*|marketing|promotions?)\b|\b(?:ads|advert\w*) (?:that are |which are )?(?:more )?(?:personali[sz]ed|targeted|tailored|relevant|based on your (?:interests|activity|browsing|profile|information|use))\b|\b(?:show|serve|deliver|display|provide|present)(?:s|ing)? (?:you )?(?:with )?(?:ads|advert\w*)\b[^.;]{0,60}?\b(?:interests?|activity|based on|relevant|tailored|personali[sz]ed|profile|browsing)\b|\b(?:target|personali[sz]e|tailor|customi[sz]e|measure)\w* (?:the |our |its |your )?(?:ads|advert\w*|marketing)\b|\b(?:ads|advert\w*)\b[^.;]{0,160}?\b(?:more )?(?:specific|relevant|tailored|targeted|personali[sz]ed) to your (?:interests|preferences)\b|\b(?:view|see|click|interact)\w*\s+(?:on\s+|with\s+)?(?:one of\s+|any of\s+)?our (?:ads|advertisements|adverts)\b[^.;]{0,160}?\b(?:cookies|pixels|web beacons|tracking technolog\w*)\b|\b(?:advertising|ad|marketing)\s+(?:partners?|networks?|companies|providers?|vendors?)\b[^.;]{0,120}?\b(?:cookies?|pixels?|sdks?|web beacons?|tracking technolog\w*)\b|\b(?:cookies?|pixels?|sdks?|web beacons?)\b[^.;]{0,60}?\b(?:placed|set|served|dropped)\s+by\s+(?:our\s+|third[- ]party\s+)?(?:advertising|ad|marketing)\s+(?:partners?|networks?|companies|providers?|vendors?)\b/i,
  gloss: 'Uses your data to choose the ads you see, or lets advertising companies collect it on its service',
  examples: {
    match: [
      'We use your activity to show you personalised ads.',
      'Our partners use cookies to deliver interest-based advertising.',
      'We may use this information to tailor the ads you see on and off our service.',
      'We and our advertising partners may use cookies, pixels and SDKs on our site to collect information about your activity.',
      'Some cookies on our pages are placed by our advertising partners.',
      'We personalise our marketing and advertising using your purchase history.',
      'When you view one of our advertisements on another website, we collect information about you through cookies.',
    ],
    noMatch: [
      'We do not use your data for targeted advertising.',
      'We show no ads.',
      'We do not allow advertising networks to place cookies on our site.',
      'We show advertisements that are not targeted to you but are chosen from the page you are reading.',
      'We may share anonymous statistics with advertisers to help them target advertisements.',
      'Purpose: targeted marketing to you as a customer by post, email and SMS.',
      'If you would like more information about interest-based advertising, please visit youronlinechoices.eu.',
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

/** A match on "marketing" in a sentence about messages ("targeted marketing via email, SMS or
 *  the app"): direct marketing, not ads (GUIDE: ads are chosen or measured for the person). */
export const MARKETING_MESSAGES = /\b(?:e-?mails?|sms|text messages?|newsletters?|(?:regular |postal |direct )?mail(?:ings?)?|messages|communications|push notifications?|phone calls?|telemarketing)\b/i;
/** An ad word that is no message: with it, "personalised marketing" speaks of ads too. */
export const AD_WORD = /\b(?:ads|advert\w*)\b/i;

/** The match names a kind of company ("operators … (including behavioral advertising services)"),
 *  not a use of data: read so only when nothing in the sentence is the provider's own. */
export const COMPANY_NOUN_AFTER = /^\s+(?:services|companies|providers|networks|industry|vendors)\b/i;
export const FIRST_PERSON_WORD = /\b(?:we|our|us)\b/i;

/** A condition that only points to more reading: "If you would like more information about
 *  interest-based advertising, visit …" says nothing of what the provider does. */
export const POINTER_CONDITION = /^\W*(?:if you (?:would like|want|wish) (?:to (?:learn|know|find out) )?(?:more|further|additional)(?: information)?|to (?:learn|find out|read) more|for (?:more|further|additional) information)\b/i;

/** A denial of sharing personal data for targeted ads ("we do not share your information with
 *  third parties for cross-context behavioral advertising"): not "no ads" (the provider may
 *  still show its own), but it outweighs a template right to opt out of that sharing. */
export const NO_SHARING_FOR_ADS = /\b(?:not|never)\b[^.;]{0,40}?\b(?:sell|share|disclose)\w*\b[^.;]{0,80}?\b(?:cross-context behavio(?:u)?ral|targeted|interest[- ]based|behavio(?:u)?ral|personali[sz]ed) advertising\b/i;

/** Offering a way out of targeted ads implies they are shown. */
export const ADS_OPT_OUT = /\b(?:opt(?:[- ])?out|turn off|disable|limit|control)\b[^.;]{0,150}?\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|behavio(?:u)?ral) (?:ads|advert\w*)\b|\bad (?:settings|preferences|personali[sz]ation)\b/i;

/** Ad-related words a sentence needs before the targeted-ads rule is read. */
export const ADS_WORD = /\b(?:ads|advert\w*|marketing)\b/i;

/** The caveat to a way out of targeted ads: "opting out does not prevent you from seeing ads",
 *  "does not mean you will no longer receive advertising", "you will still see ads". It says the
 *  ads go on (less tailored), never that there are none. */
export const OPT_OUT_CAVEAT = /\b(?:not|n't|never)\s+(?:\w+\s+){0,2}(?:prevent|stop|block|eliminate|mean)\w*\b[^.;]{0,40}?\b(?:seeing|receiving|see|receive|getting|get)\b[^.;]{0,20}?\b(?:ads|advert\w*)\b|\b(?:still|continue to)\s+(?:see|receive|get|be shown)\s+(?:\w+\s+){0,3}(?:ads|advert\w*)\b/i;
/** The way out the caveat is about. */
export const OPTING_OUT = /\bopt(?:s|ed|ing)?[- ]?out\b|\bdeactivat\w*|\bturn(?:s|ed|ing)? off\b|\bdisabl\w*/i;
