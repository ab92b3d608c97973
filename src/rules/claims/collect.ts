// What the provider collects: which answer of the collect question each data-item rule speaks
// for (the item rules themselves are in ../facts/collected.ts), the items modern policies name
// that those rules miss, and what a denial of collecting looks like.
import type { CollectItem } from '../../engine/questions/types.ts';
import type { FactRule, KindRule } from '../facts/types.ts';

/** Old fact kinds (../facts/collected.ts) → the collect answers they support. */
export const KIND_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  contact: ['contact'],
  financial: ['payment'],
  'government-id': ['government-id'],
  credentials: ['credentials'],
  device: ['device'],
  'online-activity': ['activity'],
  'call-records': ['call-records', 'activity'],
  communications: ['content'],
  health: ['sensitive'],
  biometrics: ['sensitive'],
  demographics: ['demographics'],
  'social-media': ['social-media'],
  cookies: ['cookies'],
  'from-others': ['from-others'],
};

/** Rule ids of ../facts/collected.ts whose item belongs to another answer than its kind's. */
export const RULE_TO_ITEMS: Readonly<Record<string, readonly CollectItem[]>> = {
  'collect.location.precise': ['precise-location'],
  'collect.location.general': ['approximate-location'],
  'collect.location.service': ['approximate-location'],
};

/** Items modern policies name that the older rules do not. */
export const EXTRA_ITEM_RULES: readonly KindRule<CollectItem>[] = [
  {
    id: 'collect.precise-location.gps',
    kind: 'precise-location',
    name: 'precise location',
    pattern: /\b(?:precise|exact|accurate|fine|detailed|real-time) (?:geo-?)?location\b|\blatitude\b|\blongitude\b|\bGPS\b|\blocation services\b|\bgeo-?location (?:data|information) (?:from|of) your (?:mobile )?device\b|\b(?:location|position) of your (?:mobile )?(?:device|phone)\b/i,
    gloss: 'Collects your precise location',
    examples: { match: ['We collect precise location from your device when you allow it.', 'GPS signals and nearby Wi-Fi access points'], noMatch: ['We infer your general location from your IP address.'] },
  },
  {
    id: 'collect.approximate-location.ip',
    kind: 'approximate-location',
    name: 'approximate location',
    pattern: /\b(?:approximate|general|coarse|rough|imprecise|city[- ]level|country[- ]level|regional) (?:geo-?)?location\b|\blocation (?:derived|inferred|based|determined) (?:from|on) (?:your )?IP\b|\bIP-based (?:geo-?)?location\b|\bcountry(?: and|,| or) (?:city|region|state)\b|\b(?:city|country|region) (?:level|you are in)\b|\bgeneral geographic\b/i,
    gloss: 'Collects your approximate location',
    examples: { match: ['We infer your approximate location from your IP address.', 'such as your country and city'], noMatch: ['We collect your precise GPS location.'] },
  },
  {
    id: 'collect.content.user-content',
    kind: 'content',
    name: 'what you post, upload or send',
    pattern: /\b(?:content|messages?|posts?|comments?|photos?|pictures?|videos?|files?|documents?|recordings?|uploads?|chats?|conversations?|prompts?|inputs?|notes?|reviews?) (?:that )?you (?:create|post|upload|share|send|submit|provide|store|write|publish|make|input|enter|receive)\b|\buser[- ]generated content\b|\buser content\b|\bcontent of (?:your )?(?:messages|communications|emails|conversations|chats)\b|\b(?:messages|communications) (?:you|that you) (?:send|exchange)\b|\bvoice (?:recordings|commands|inputs)\b/i,
    gloss: 'Collects what you post, upload or send',
    examples: { match: ['We collect the content you create, upload or share, such as posts and photos.', 'the content of your messages'], noMatch: ['We collect your IP address.'] },
  },
  {
    id: 'collect.contacts.address-book',
    kind: 'contacts',
    name: 'your contacts',
    pattern: /\baddress ?books?\b|\bcontacts? lists?\b|\bphone ?books?\b|\byour (?:device'?s? )?contacts\b|\bcontacts (?:on|from|stored on) your (?:device|phone)\b|\bcontact information of (?:your )?(?:friends|contacts)\b/i,
    gloss: 'Collects your address book',
    examples: { match: ['If you allow it, we upload your address book to find friends.', 'contacts stored on your device'], noMatch: ['contact us at privacy@example.com'] },
  },
  {
    id: 'collect.sensitive.special',
    kind: 'sensitive',
    name: 'sensitive data',
    pattern: /\bsensitive (?:personal )?(?:data|information)\b|\bspecial categor(?:y|ies)\b|\bracial or ethnic\b|\bethnic origin\b|\breligio(?:n|us)(?: or philosophical)? beliefs?\b|\bsexual (?:orientation|life)\b|\bsex life\b|\bpolitical (?:opinions|views|affiliation|leanings)\b|\btrade[- ]union\b|\bgenetic (?:data|information)\b|\bhealth (?:and fitness )?(?:data|information|conditions?)\b|\bbiometric\w*\b|\bfac(?:e|ial) (?:geometry|recognition|templates?|scans?)\b/i,
    gloss: 'Collects sensitive data',
    examples: { match: ['We may process sensitive data such as health information with your consent.', 'your sexual orientation, if you choose to share it'], noMatch: ['We collect your name and email address.'] },
  },
];

/** A denial of collecting: "we do not collect", "we never store", "we don't track". */
export const COLLECT_DENIAL: FactRule = {
  id: 'collect.denies',
  pattern: /\b(?:do|does|did|will|shall|would|can)\s+not\s+(?:[\w-]+\s+){0,3}?(?:collect|gather|track|store|log|record|obtain|receive|keep|ask (?:you )?for|request|solicit|access|read|see|scan|process)\w*\b|\bnever\s+(?:[\w-]+\s+){0,2}?(?:collect|gather|track|store|log|record|obtain|keep|ask (?:you )?for|request|access|read|see|scan)\w*\b|\b(?:is|are) (?:not|never) (?:collected|stored|logged|recorded|tracked)\b|\bno (?:personal(?:ly identifiable)? )?(?:information|data)\b[^.;]{0,40}\b(?:is|are) (?:collected|stored|logged)\b/i,
  gloss: 'Says it does not collect this',
  examples: {
    match: ["We don't track your precise location.", 'We never collect your name or email address.', 'Your IP address is not logged.'],
    noMatch: ["We don't require you to give us your real name.", 'We collect your IP address.'],
  },
};

/** "We don't require", "you don't have to": the data is optional, not refused. */
export const OPTIONAL_NOT_DENIED = /\b(?:require|requires|required|need|needs|have to|must|mandatory|obliged)\b/i;
