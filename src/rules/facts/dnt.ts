// The browser's Do Not Track signal: honoured, not honoured, or only mentioned. None of the
// five seeds mentions it; the examples below are the usual wordings.
import type { FactRule } from './types.ts';

const DNT = String.raw`(?:Do[- ]Not[- ]Track|DNT)`;

export const DNT_NOT_HONOURED: FactRule = {
  id: 'dnt.not-honoured',
  pattern: new RegExp(String.raw`\b(?:do|does|will|can)\s*(?:not|n't)\s+(?:currently\s+)?(?:honou?r|respect|respond to|recogni[sz]e|support|process|act on)\b[^.;]{0,60}?\b${DNT}|\b${DNT}\b[^.;]{0,100}?\b(?:not (?:honou?red|supported|recogni[sz]ed)|no (?:uniform|industry|common|consistent) standard|ignore)|\bno (?:uniform|industry|common|consistent) standard\b[^.;]{0,60}?\b${DNT}`, 'i'),
  gloss: 'Ignores the Do Not Track signal',
  examples: {
    match: ['For now, Do Not Track requests from browsers are not honoured by our service.', 'Because there is no uniform standard for DNT signals, we do not respond to them.'],
    noMatch: ['We honor Do Not Track signals.'],
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
