// Data-minimisation promises: no activity logs, content only the person can read, no account
// needed. Read by src/engine/questions/minimise.ts; each must be the provider's promise, not
// a condition or a denial of it.
import type { FactRule } from '../facts/types.ts';

export const NO_LOGS: FactRule = {
  id: 'minimise.no-logs',
  pattern: /\bno[- ]logs?\b|\bzero[- ]logs?\b|\b(?:do|does|will)\s+not\s+(?:[\w-]+\s+){0,2}?(?:log|keep|store|record|retain|save|collect)\w*\b[^.;:]{0,40}?\b(?:logs?|activity|browsing|traffic|connections?|ip addresses|search (?:history|queries)|dns (?:queries|requests)|history|timestamps|what you do)\b|\bnever\s+(?:log|store|record|keep)\w*\b[^.;:]{0,40}?\b(?:logs?|activity|browsing|traffic|connections?|ip addresses|history)\b|\bno (?:activity|traffic|connection|browsing|usage) (?:logs?|data)\b|\bwithout (?:any )?(?:logging|retention of your (?:search )?history)\b/i,
  gloss: 'Promises to keep no logs of your activity',
  examples: {
    match: ['We do not log your browsing activity or IP address.', 'Mullvad has a strict no-logs policy.', 'We never store logs of your connections.'],
    noMatch: ['We keep server logs for 30 days.', 'If you do not log in, we cannot sync your settings.'],
  },
};

export const END_TO_END: FactRule = {
  id: 'minimise.e2e',
  pattern: /\bend[- ]to[- ]end[- ]encrypt\w*|\bzero[- ]access encrypt\w*|\b(?:we|signal|proton|wire)\s+(?:can ?not|are unable to|are not able to|do not have the ability to|have no (?:way|ability) to)\s+(?:[\w-]+\s+){0,2}?(?:decrypt|read|access|see|view)\b[^.;:]{0,40}?\b(?:messages|emails?|content|files|calls|data|conversations)\b/i,
  gloss: 'Your content is encrypted so that it cannot read it',
  examples: {
    match: ['Your messages are end-to-end encrypted.', 'We cannot decrypt or read the content of your messages.', 'Your mailbox uses zero-access encryption.'],
    noMatch: ['We encrypt data in transit.'],
  },
};

export const NO_ACCOUNT: FactRule = {
  id: 'minimise.no-account',
  pattern: /\bwithout (?:creating |registering |having |signing up for |opening )?(?:an? |any )?(?:account|registration|registering|signing up|logging in|log-?in|providing (?:any )?(?:personal|your)\b)|\b(?:no|not) (?:account|registration|sign-?up|e-?mail address|personal (?:information|data)) (?:is )?(?:needed|required|necessary)\b|\b(?:do|does) not (?:need|have) to (?:create|register|sign up|provide|give)\b|\banonymous(?:ly)? (?:and pseudonymous )?(?:use|participation|account|browsing|visit)\b|\bvisit (?:our|the) (?:site|website|service) anonymously\b|\bwithout (?:giving|telling) us (?:your|who)\b/i,
  gloss: 'You can use it without an account or without giving personal data',
  examples: {
    match: ['You can use our search engine without creating an account.', 'No email address is required to sign up.', 'We support anonymous and pseudonymous participation.'],
    noMatch: ['You need an account to post.', 'Without an account you cannot save files.'],
  },
};
