// Browser privacy signals beyond the older Do Not Track rules (../facts/dnt.ts): DNT acted on
// in other words ("if your browser sends DNT, we will not set non-essential cookies"), and
// Global Privacy Control / opt-out preference signals. Read by src/engine/questions/signals.ts.
import type { FactRule } from '../facts/types.ts';

const DNT = String.raw`(?:Do[- ]Not[- ]Track|DNT)`;
const GPC = String.raw`(?:Global Privacy Controls?|GPC|(?:commercially )?recogni[sz]ed opt[- ]?out signals?|(?:universal |global )?opt-?out preference signals?|browser[- ]based opt-?out signals?|(?:user-enabled |browser )?privacy (?:control )?signals?)`;

/** "If you send DNT, we will not …" / "… we stop collecting …" / "we treat DNT as a request to
 *  …": DNT changes what it does. */
export const DNT_ACTED_ON: FactRule = {
  id: 'dnt.acted-on',
  pattern: new RegExp([
    String.raw`\b${DNT}\b[^.;]{0,120}?\b(?:we|it|the site|the service|\w+)\s+(?:will|shall|do|does)\s+not\s+(?:set|use|place|load|track|collect|serve|share|sell)\b`,
    String.raw`\b${DNT}\b[^.;]{0,120}?\b(?:we|it|the site|the service)\s+(?:will\s+|automatically\s+)*(?:stop|cease|disable|turn off|refrain from)\w*\s+(?:collecting|using|setting|placing|sharing|tracking|the|all|any|third|non-essential|advertising|targeted|personali[sz]ed|cookies)\b`,
    String.raw`\b${DNT}\b[^.;]{0,80}?\b(?:treat\w*|interpret\w*|process\w*|consider\w*)\b[^.;]{0,20}?\bas an? (?:request|opt-?out|valid)\b`,
    String.raw`\b(?:we|it)\s+(?:will\s+)?(?:respond|honou?r|respect)\w*\s+(?:to\s+)?(?:your\s+|the\s+|browser\s+)*${DNT}\b`,
    String.raw`\b(?:we|it)\s+(?:will\s+)?treat\w*\s+(?:your\s+|the\s+|browser\s+|a\s+)*${DNT}\b[^.;]{0,30}?\bas an? (?:request|opt-?out|valid)\b`,
    // "Acme recognizes and processes user preferences as set in the browser's Do Not Track
    // signals": any subject; the module reads the verb's clause (not denied, not others').
    String.raw`\b(?:recogni[sz]e|honou?r|respect|process|act on)(?:s|es|d|ed)?\b[^.;]{0,60}?\b${DNT}\b`,
  ].join('|'), 'i'),
  gloss: 'Honours the Do Not Track signal',
  examples: {
    match: [
      'If your browser sends a Do Not Track (DNT) signal, GitHub will not set non-essential cookies.',
      'We treat DNT signals as a request to opt out of tracking.',
      'When you turn on the Do Not Track setting in your browser, we stop collecting the information that lets us tailor ads to you.',
      'The Company recognizes and processes user preferences as set in the browser-based Do Not Track signal.',
    ],
    noMatch: [
      'We do not respond to Do Not Track signals.', 'Other websites may not stop tracking you when you turn on Do Not Track.',
      'Some websites honour Do Not Track signals, but many others ignore them.',
    ],
  },
};

/** "If you have enabled GPC, we will treat it as an opt-out" (read at the verb, after the
 *  condition), "we respond to GPC", "we will opt you out if we receive a GPC signal", "you can
 *  request this by using an opt-out preference signal", "use GPC to communicate your choice". */
export const GPC_HONOURED: FactRule = {
  id: 'gpc.honoured',
  pattern: new RegExp([
    String.raw`\b(?:honou?r|respect|recogni[sz]e|process|respond\w* to|treat|accept|support|comply with|act on)\w*\b[^.;]{0,80}?\b${GPC}\b`,
    String.raw`\b${GPC}\b[^.;]{0,120}?\b(?:honou?r\w*|respect\w*|recogni[sz]\w*|treat\w*|processed|valid (?:request|opt-?out)|as an? (?:request|opt-?out)|opt(?:ed)? (?:you )?out)\b`,
    String.raw`\b(?:opt|turn)\w* (?:you )?(?:out|off)\b[^.;]{0,120}?\bif (?:we|it) (?:receive|detect)s? (?:an? |the |your )?${GPC}`,
    String.raw`\b(?:by|through|via) (?:using |sending |enabling |turning on |broadcasting |activating )?(?:an? |the |your )?(?:designated |recogni[sz]ed |supported )?${GPC}`,
    String.raw`\buse\b[^.;]{0,60}?\b${GPC}\b[^.;]{0,40}?\b(?:to|enables? you to|allows? you to|lets? you) (?:communicate|send|signal|exercise|submit|express|opt[- ]?out)\b`,
  ].join('|'), 'i'),
  gloss: 'Honours Global Privacy Control',
  examples: {
    match: [
      'We honor Global Privacy Control signals as a request to opt out of sharing.',
      'If your browser sends a GPC signal, we will treat it as a valid opt-out request.',
      'The company receives and responds to the Global Privacy Control (GPC) browser signal in some states.',
      'We will automatically opt you out of sharing if we receive a Global Privacy Control signal from your browser.',
      'You can make this request by email, or by using a designated opt-out preference signal.',
      'You may also exercise these opt-out rights by broadcasting the Global Privacy Control on browsers that support it.',
      'We will endeavor to recognize commercially recognized opt out signals (e.g., Global Privacy Control).',
      'You can opt out of targeted advertising, and we will honor global privacy controls.',
      'You can use a browser that lets you turn on the Global Privacy Control to communicate your privacy choices to us.',
    ],
    noMatch: ['Some browsers offer privacy settings.', 'We do not treat Global Privacy Control signals as opt-out requests.'],
  },
};

export const GPC_NOT_HONOURED: FactRule = {
  id: 'gpc.not-honoured',
  pattern: new RegExp(String.raw`\b(?:do|does|will|are|can)\s*(?:not|n't)\s+(?:currently\s+|yet\s+)?(?:honou?r|respect|recogni[sz]e|process|respond to|support|treat|act on|(?:designed|able|set up|configured) to (?:respond to|recogni[sz]e|honou?r))\b[^.;]{0,80}?\b${GPC}\b`, 'i'),
  gloss: 'Ignores Global Privacy Control',
  examples: {
    match: ['We do not currently respond to Global Privacy Control signals.', 'We do not treat Global Privacy Control signals as opt-out requests.'],
    noMatch: ['We honor GPC.', 'We will not honor a prior browser setting if you disable GPC in the browser you use between visits.'],
  },
};
