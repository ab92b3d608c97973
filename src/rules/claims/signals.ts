// Browser privacy signals beyond the older Do Not Track rules (../facts/dnt.ts): DNT acted on
// in other words ("if your browser sends DNT, we will not set non-essential cookies"), and
// Global Privacy Control / opt-out preference signals. Read by src/engine/questions/signals.ts.
import type { FactRule } from '../facts/types.ts';

const DNT = String.raw`(?:Do[- ]Not[- ]Track|DNT)`;
const GPC = String.raw`(?:Global Privacy Control|GPC|(?:universal |global )?opt-?out preference signals?|browser[- ]based opt-?out signals?|(?:user-enabled |browser )?privacy (?:control )?signals?)`;

/** "If you send DNT, we will not …" / "we treat DNT as a request to …": DNT changes what it does. */
export const DNT_ACTED_ON: FactRule = {
  id: 'dnt.acted-on',
  pattern: new RegExp(String.raw`\b${DNT}\b[^.;]{0,120}?\b(?:we|it|the site|the service|\w+)\s+(?:will|shall|do|does)\s+not\s+(?:set|use|place|load|track|collect|serve|share|sell)\b|\b${DNT}\b[^.;]{0,80}?\b(?:treat\w*|interpret\w*|process\w*|consider\w*)\b[^.;]{0,20}?\bas an? (?:request|opt-?out|valid)\b|\b(?:we|it)\s+(?:will\s+)?(?:respond|honou?r|respect)\w*\s+(?:to\s+)?(?:your\s+|the\s+|browser\s+)*${DNT}\b`, 'i'),
  gloss: 'Honours the Do Not Track signal',
  examples: {
    match: ['If your browser sends a Do Not Track (DNT) signal, GitHub will not set non-essential cookies.', 'We treat DNT signals as a request to opt out of tracking.'],
    noMatch: ['We do not respond to Do Not Track signals.'],
  },
};

export const GPC_HONOURED: FactRule = {
  id: 'gpc.honoured',
  pattern: new RegExp(String.raw`\b(?:honou?r|respect|recogni[sz]e|process|respond to|treat|accept|support|comply with)\w*\b[^.;]{0,80}?\b${GPC}\b|\b${GPC}\b[^.;]{0,120}?\b(?:honou?r\w*|respect\w*|recogni[sz]\w*|treat\w*|processed|valid (?:request|opt-?out)|as an? (?:request|opt-?out)|opt(?:ed)? (?:you )?out)\b`, 'i'),
  gloss: 'Honours Global Privacy Control',
  examples: {
    match: ['We honor Global Privacy Control signals as a request to opt out of sharing.', 'If your browser sends a GPC signal, we will treat it as a valid opt-out request.'],
    noMatch: ['Some browsers offer privacy settings.'],
  },
};

export const GPC_NOT_HONOURED: FactRule = {
  id: 'gpc.not-honoured',
  pattern: new RegExp(String.raw`\b(?:do|does|will|are)\s+not\s+(?:currently\s+)?(?:honou?r|respect|recogni[sz]e|process|respond to|support)\b[^.;]{0,80}?\b${GPC}\b`, 'i'),
  gloss: 'Ignores Global Privacy Control',
  examples: { match: ['We do not currently respond to Global Privacy Control signals.'], noMatch: ['We honor GPC.'] },
};
