// Whether other companies track the person on the provider's service (third-party cookies,
// pixels, SDKs, analytics tags) or the provider follows them across other sites and apps.
// Read by src/engine/questions/tracking.ts.
import type { FactRule } from '../facts/types.ts';

/** Named third-party tools and third parties' trackers. */
export const THIRD_PARTY_TRACKERS: FactRule = {
  id: 'tracking.third-party',
  pattern: /\bthird[- ]part(?:y|ies)(?:'|’)?\s+(?:[\w-]+\s+){0,3}?(?:cookies?|pixels?|tags?|sdks?|beacons?|trackers?|tracking|analytics|plug-?ins?|scripts?)\b|\b(?:google analytics|google tag manager|doubleclick|google ads|meta pixel|facebook pixel|facebook sdk|fb pixel|linkedin insight|twitter pixel|tiktok pixel|hotjar|mixpanel|adobe analytics|comscore|nielsen|quantcast|criteo|taboola|outbrain|appsflyer|branch\.io|firebase analytics|crashlytics|new relic|fullstory)\b|\b(?:advertis\w+|analytics|ad|marketing|social media|measurement) (?:partners?|providers?|companies|networks?|services?|vendors?|platforms?)\b[^.;]{0,80}?\b(?:cookies?|pixels?|tags?|sdks?|beacons?|collect|track|gather|obtain)\w*\b|\b(?:partners?|advertisers?|third parties|ad networks?|vendors?|third[- ]party (?:services|providers|companies)|service providers)(?:,[^,.;]{1,40},)?\s+(?:may\s+|also\s+|can\s+)*(?:use|place|set|serve|drop|collect|obtain|receive|access)\w*\b[^.;]{0,60}?\b(?:cookies?|pixels?|tags?|beacons?|sdks?|device identifiers?|information about (?:your|you))\b|\bwe and (?:our|certain|selected|some) (?:third[- ]party )?(?:service providers|partners|vendors|third parties|advertising partners|analytics providers)\s+(?:may\s+)?(?:also\s+)?use\b[^.;]{0,30}?\b(?:cookies|pixels|tags|scripts|sdks|beacons|tracking technologies)\b|\b(?:web|third[- ]party|external) analytics (?:services?|providers?|companies|vendors|partners|tools)\b|\banalytics (?:providers?|companies|vendors)\b|\buse (?:the )?(?:services|tools) of (?:third[- ]party )?(?:social media|advertising|analytics|ad) (?:platforms|networks|companies|providers)\b|\b(?:facebook|meta|tiktok|linkedin|twitter|pinterest|snapchat|reddit)(?:'s|’s)?\b[^.;]{0,120}?\btracking pixels?\b|\b(?:facebook|meta|tiktok|linkedin|twitter|pinterest|snapchat|reddit) pixels?\b|\bnetworkadvertising\.org\b|\baboutads\.info\b|\byouronlinechoices\b|\bNAI (?:Consumer )?Opt[- ]?Out\b|\b(?:allow|allows|permit|permits|let|authori[sz]e)\s+(?:certain\s+|selected\s+|some\s+)?(?:others|other companies|third[- ]part(?:y|ies)|(?:our\s+)?(?:[\w-]+\s+)?partners|advertisers|ad networks|vendors)\s+(?:to\s+)?(?:use|place|set|serve|drop)\b[^.;]{0,60}?\b(?:cookies?|pixels?|tags?|beacons?|sdks?|tracking technolog\w+|similar technolog\w+)\b|\bcookies\s+(?:[\w-]+\s+){0,2}?(?:allow|enable|help|let)\s+us\s+and\s+our\s+(?:[\w-]+\s+)?partners\b|\b(?:features|widgets|plug-?ins|buttons)\s+may\s+collect\b[^.;]{0,120}?\b(?:set|place)\s+a\s+cookie\b/i,
  gloss: 'Lets other companies collect data on its service',
  examples: {
    match: [
      'We use Google Analytics to understand how the site is used.', 'Our advertising partners may place cookies on your device.', 'Third-party cookies and pixels help us measure ads.',
      'We and our service providers use cookies and scripts to collect information about you.', 'We disclose personal data to vendors, including hosting providers and web analytics services.',
      'To opt out of interest-based ads, visit the NAI Consumer Opt Out page.',
      'We use and may allow others to use cookies and web beacons on our pages.', 'Marketing cookies help us and our partners show you offers elsewhere.',
      'These buttons may collect your IP address and the page you visit, and may set a cookie so that they work.',
    ],
    noMatch: ['We do not use third-party cookies.', 'We use first-party cookies to keep you signed in.', 'You may adjust your browser settings to refuse cookies.', 'Our tools help us and our partners plan events.'],
  },
};

/** Tools whose names are also common words ("adjust your settings", "a customer segment"):
 *  read only as written, a capitalised name not opening the sentence nor followed by what a
 *  verb or a noun would take. Cited as THIRD_PARTY_TRACKERS. */
export const NAMED_TOOLS_CASED = /(?<=\S\s+)(?:Amplitude|Segment|Adjust|Branch)(?:™|®)?(?![\w-])(?!\s+(?:your|the|our|their|its|my|this|these|those|a|an|of|settings|cookies?|preferences)\b)/;

/** Following the person elsewhere: other sites, apps, devices. */
export const CROSS_SITE: FactRule = {
  id: 'tracking.cross-site',
  pattern: /\b(?:across|on|from) (?:other|different|third[- ]party|non-\w+|partner|unaffiliated)\s+(?:[\w-]+\s+)?(?:websites?|sites|apps|applications|services|platforms|devices)\b|\bacross (?:websites|sites|apps|devices|the (?:internet|web))\b|\bover time and across\b|\boff-(?:facebook|site|platform|service)\b|\b(?:activity|visits|browsing) (?:on|to|at) (?:other|third[- ]party|partner)\b/i,
  gloss: 'Tracks what you do on other sites and apps',
  examples: {
    match: ['We receive information about your activity on other websites and apps.', 'These cookies track you across websites over time.'],
    noMatch: ['We do not track you across other websites.', 'Links to other websites are not covered.'],
  },
};

/** What makes "on third-party platforms" tracking: the sentence speaks of what is learnt or
 *  followed there. "Share content on our app from third-party services" or "spaces hosted on
 *  third-party platforms" say nothing of tracking. */
export const CROSS_SITE_SENSE = /\b(?:activit(?:y|ies)|information|data|brows\w*|interactions?|track\w*|collect\w*|receiv\w*|usage|behaviou?r\w*|visits?|visited|interests?|history|cookies?|pixels?|identifiers?|profil\w*|monitor\w*|follow\w*|recogni[sz]\w*|measur\w*)\b/i;

/** A sentence about the document rather than the practice: its scope ("This Privacy Policy does
 *  not apply to information collected by third-party services") or an overview of what it
 *  explains ("This Cookie Statement explains how we use third-party cookies"). Neither denies
 *  nor admits tracking; the statements themselves decide. */
export const ABOUT_THE_DOCUMENT = /^\W*(?:this|the|our)\s+(?:[\w-]+\s+){0,3}(?:policy|statement|notice|section|page|document)\s+(?:(?:does not|doesn't|do not|will not|shall not)\s+(?:apply|cover|govern|address)|(?:explains|describes|sets out|outlines|tells you|lets you know|informs you)\b)/i;

/** Trackers named as what the reader can block ("use a browser that can block third-party
 *  cookies"): advice about browsers, not a statement that the service has them. */
export const BLOCKED_BY_YOU_BEFORE = /\b(?:block|blocks|blocking|disable|disabling|delete|deleting|clear|clearing|refuse|refusing|reject|rejecting)\s+(?:the\s+(?:acceptance|use|setting|placement|storage)\s+of\s+)?(?:all\s+|any\s+|most\s+)?$/i;

/** Services the person uses or connects, named as where data comes from: "location information
 *  from third-party services that you use" is data they bring, not tracking elsewhere. */
export const SERVICES_YOU_USE_AFTER = /^\s+(?:(?:that|which)\s+)?you\s+(?:\w+\s+)?(?:use|connect|link|choose|authori[sz]e|log\s+in)\b/i;

/** The provider says there is no tracking by others. */
export const NO_TRACKING: FactRule = {
  id: 'tracking.none',
  pattern: /\b(?:not|never|no)\b(?! longer\b)[^.;:]{0,50}?\b(?:third[- ]party (?:cookies|trackers?|tracking|analytics|services)|track(?:s|ing)? (?:you|your|users)|tracking (?:cookies|technolog\w+|tools)|trackers|analytics (?:cookies|tools|services))\b|\bonly (?:uses? )?(?:strictly )?(?:necessary|essential|functional|first-party) cookies\b|\bno (?:tracking|trackers|third-party cookies|analytics)\b/i,
  gloss: 'Says nobody tracks you on its service',
  examples: {
    match: ['We do not use third-party trackers.', 'We never track you.', 'This site only uses strictly necessary cookies.'],
    noMatch: ['We use Google Analytics.'],
  },
};

/** Words a sentence needs before the tracking rules are read. */
export const TRACKING_WORD = /\b(?:cookies?|pixels?|tags?|sdks?|beacons?|track\w*|analytics|third[- ]part\w*|partners?|advertis\w*|other (?:websites?|sites|apps)|NAI|youronlinechoices|Amplitude|Segment|Adjust|Branch)\b/i;
