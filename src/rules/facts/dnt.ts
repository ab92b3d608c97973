// The browser's Do Not Track signal: honoured, not honoured, or only mentioned. None of the
// five seeds mentions it; the examples below are the usual wordings.
import type { FactRule } from './types.ts';

const DNT = String.raw`(?:Do[- ]Not[- ]Track|DNT)`;

export const DNT_NOT_HONOURED: FactRule = {
  id: 'dnt.not-honoured',
  pattern: new RegExp(String.raw`\b(?:do|does|will|can|are|is)\s*(?:not|n't)\s+(?:currently\s+|yet\s+)?(?:honou?r|respect|respond to|recogni[sz]e|support|process|act on|take (?:any )?actions? (?:to respond to|in response to)|(?:set up|able|designed|configured|built) to (?:\w+ or )?(?:respond to|recogni[sz]e|honou?r|interpret)|treat|(?:change|alter|modify|adjust) (?:\w+ ){0,2}?(?:behaviou?r|practices|what we do|how we))\b[^.;]{0,100}?\b(?:${DNT}|requests? not to be tracked)|\btake no action (?:to respond to|in response to)\b[^.;]{0,40}?\b${DNT}|\b${DNT}\b[^.;]{0,100}?\b(?:not (?:honou?red|supported|recogni[sz]ed)|no (?:uniform|industry|common|consistent) standard|ignore)|\bno (?:uniform|industry|common|consistent) standard\b[^.;]{0,60}?\b${DNT}`, 'i'),
  gloss: 'Ignores the Do Not Track signal',
  examples: {
    match: [
      'For now, Do Not Track requests from browsers are not honoured by our service.',
      'Because there is no uniform standard for DNT signals, we do not respond to them.',
      'Our shop does not take any action to respond to a Do Not Track header.',
      'We take no action in response to "do not track" requests at present.',
      'The site does not treat visitors with Do Not Track switched on any differently.',
      'We are not yet able to respond to Do Not Track settings.',
      'Our websites and apps are not designed to respond to "do not track" requests from browsers.',
      'Please note we do not change system behavior on the platform in response to browser requests not to be tracked.',
      'As a result, the website is not yet set up to interpret or respond to Do Not Track signals sent by your browser.',
      'We do not alter our privacy practices when we detect a "Do Not Track" signal from your browser.',
    ],
    noMatch: ['We honor Do Not Track signals.'],
  },
};

/** "We do not currently respond to such signals" after a sentence or heading naming Do Not
 *  Track: the denial refers back to it. */
export const DNT_NOT_HONOURED_REFERRING: FactRule = {
  id: 'dnt.not-honoured-referring',
  pattern: /\b(?:do|does|will|are|is)\s*(?:not|n't)\s+(?:currently\s+|yet\s+)?(?:honou?r|respect|respond to|recogni[sz]e|support|act on|take (?:any )?actions? (?:to respond to|in response to)|(?:set up|able|designed|configured) to (?:\w+ or )?respond to)\s+(?:these|such|those|this|that|the|any such)\s+(?:signals?|requests?|settings?|mechanisms?|instructions?|preferences?)\b|\btake no action in response to (?:these|such|those) (?:signals?|requests?)\b/i,
  gloss: 'Ignores the Do Not Track signal named just before',
  examples: {
    match: ['We do not currently respond to such signals.', 'The newspaper does not take action in response to such requests.', 'We currently do not take action in response to these signals.'],
    noMatch: ['We respond to such requests within 30 days.'],
  },
};

export const DNT_HONOURED: FactRule = {
  id: 'dnt.honoured',
  pattern: new RegExp(String.raw`\b(?:we|site|service)\s+(?:will\s+|currently\s+|do\s+|does\s+)?(?:honou?rs?|respects?|responds? to|compl(?:y|ies) with|recogni[sz]es?)\b[^.;]{0,40}?\b${DNT}\b`, 'i'),
  gloss: 'Honours the Do Not Track signal',
  examples: { match: ['We honor Do Not Track signals from your browser.'], noMatch: ['Our site does not honour browser Do Not Track signals.'] },
};

export const DNT_MENTIONED: FactRule = {
  id: 'dnt.mentioned',
  pattern: /\bDo[- ]Not[- ]Track\b|\bDNT\b/,
  gloss: 'Mentions Do Not Track',
  examples: { match: ['Some browsers send Do Not Track signals.'], noMatch: ['Do not track me down.'] },
};
