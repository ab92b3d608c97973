// Rights over your data as modern policies word them, beside ../facts/rights.ts: deleting the
// account (which deletes the data), downloading a copy, and the rights lists of the GDPR and US
// state laws. Read by src/engine/questions/rights.ts.
import type { RightItem } from '../../engine/questions/types.ts';
import type { KindRule } from '../facts/types.ts';

export const EXTRA_RIGHT_RULES: readonly KindRule<RightItem>[] = [
  {
    id: 'rights.delete-account',
    kind: 'delete',
    name: 'delete',
    pattern: /\b(?:delete|close|deactivate|remove|erase|cancel)\w*\s+(?:your\s+)?(?:\w+\s+)?account\b|\baccount deletion\b|\bright (?:to|of) (?:erasure|deletion|be forgotten)\b|\bright to be forgotten\b/i,
    gloss: 'You can delete your account and the data with it',
    examples: { match: ['You can delete your account at any time in Settings.', 'the right to erasure'], noMatch: ['We may close accounts that break the rules.'] },
  },
  {
    id: 'rights.download',
    kind: 'portability',
    name: 'get a copy to take elsewhere',
    pattern: /\b(?:download|export|take out|takeout|transfer)\w*\s+(?:a copy of\s+)?(?:your|their|all of your|some of your)\s+(?:[\w-]+\s+)?(?:data|information|content|personal data|account data)\b|\bright to (?:data )?portability\b|\bportability\b|\bstructured, commonly used\b/i,
    gloss: 'You can get a copy of your data to take elsewhere',
    examples: { match: ['You can download your data from your account settings.', 'the right to data portability'], noMatch: ['Download our app.'] },
  },
  {
    id: 'rights.access-named',
    kind: 'access',
    name: 'see',
    pattern: /\bright (?:of|to) access\b|\bright to know\b|\baccess (?:to )?(?:your|the) (?:personal )?(?:data|information)\b|\bsubject access request\b|\bcopy of (?:your|the) (?:personal )?(?:data|information)\b|\bconfirm whether (?:or not )?we (?:are )?process\w*\b/i,
    gloss: 'You can see the data held about you',
    examples: { match: ['You have the right of access to your personal data.', 'request a copy of your personal information'], noMatch: ['Only staff have access to the servers.'] },
  },
  {
    id: 'rights.correct-named',
    kind: 'correct',
    name: 'correct',
    pattern: /\bright (?:to|of) rectification\b|\brectif\w+\b|\b(?:correct|update|edit|fix|change|amend)\w*\s+(?:any\s+)?(?:your|inaccurate|incorrect|incomplete)\s+(?:[\w-]+\s+)?(?:data|information|details|profile)\b/i,
    gloss: 'You can correct your data',
    examples: { match: ['You can update your profile information at any time.', 'the right to rectification'], noMatch: ['We update this policy from time to time.'] },
  },
];

/** Channel kinds (src/engine/facts/types.ts ChannelKind) → the ways a request can be made. */
export const HOW_OF_CHANNEL: Readonly<Record<string, 'email' | 'form' | 'settings' | 'postal' | 'phone'>> = {
  email: 'email',
  'web-form': 'form',
  url: 'form',
  account: 'settings',
  postal: 'postal',
  phone: 'phone',
};
