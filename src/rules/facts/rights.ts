// Rights over your own data: see it, correct it, delete it, take it with you, stop its sale,
// not be penalised for asking. A right counts in a sentence about rights (the User Access label,
// or RIGHTS_CONTEXT) — "review this policy" is not a right to review your data. How to exercise
// a right is read from its sentence and from "To request access … contact us at …" sentences.
import type { RightKind } from './kinds.ts';
import type { FactRule, KindRule } from './types.ts';

export const RIGHT_RULES: readonly KindRule<RightKind>[] = [
  {
    id: 'rights.access',
    kind: 'access',
    name: 'see',
    pattern: /\b(?:access(?! (?:control|and audit|is authori[sz]ed))|review|right to know|know and see|view|obtain a copy|request a copy)\b/i,
    gloss: 'You can see the data held about you',
    examples: { match: ['You have the right to know and see what Personal Data Fusion has collected about you.', 'you may review, update or delete your Personal Information'], noMatch: ['access control procedures'] },
  },
  {
    id: 'rights.correct',
    kind: 'correct',
    name: 'correct',
    pattern: /\b(?:correct|update|amend|rectif\w*|edit)\b/i,
    gloss: 'You can correct your data',
    examples: { match: ['You may also correct factual inaccuracies.'], noMatch: ['We will respond.'] },
  },
  {
    id: 'rights.delete',
    kind: 'delete',
    name: 'delete',
    pattern: /\b(?:delet\w*|eras\w*)\b/i,
    gloss: 'You can ask for your data to be deleted',
    examples: { match: ['You have the right to request that Fusion delete the Personal Data we have collected from you.'], noMatch: ['You may correct your data.'] },
  },
  {
    id: 'rights.portability',
    kind: 'portability',
    name: 'get a copy to take elsewhere',
    // Not the Health Insurance Portability and Accountability Act.
    pattern: /\bdata portability\b|\bright to portability\b|\bportable (?:format|form|copy)\b|\bexport (?:your|a copy)\b|\bdownload (?:a copy of )?your\b|\bmachine[- ]readable\b/i,
    gloss: 'You can get your data in a portable form',
    examples: {
      match: ['You have the right to data portability.', 'You can download your data in a machine-readable format.'],
      noMatch: ['You may review your data.', 'as defined under the Health Insurance Portability and Accountability Act of 1996'],
    },
  },
  {
    id: 'rights.opt-out-sale',
    kind: 'opt-out-sale',
    name: 'stop the sale of',
    pattern: /\bopt(?:[- ])?out of (?:the )?sale\b|\bdo not sell my\b|\bright to opt[- ]out\b/i,
    gloss: 'You can opt out of the sale of your data',
    examples: { match: ['You have the right to opt out of the sale of your personal information.'], noMatch: ['We do not sell your data.'] },
  },
  {
    id: 'rights.non-discrimination',
    kind: 'non-discrimination',
    name: 'not be penalised for using these rights over',
    pattern: /\bnon-?discriminat\w*|\bnot discriminate\b|\bwill not (?:deny|charge you different)\b/i,
    gloss: 'You will not be treated worse for using your rights',
    examples: { match: ['We will not discriminate against you for exercising your rights.'], noMatch: ['We do not sell your data.'] },
  },
];

/** A sentence about the person's rights over their data, besides the User Access label. */
export const RIGHTS_CONTEXT: FactRule = {
  id: 'rights.context',
  pattern: /\b(?:you|users?|customers?|consumers?) (?:may|can|have (?:the|a) right to|are entitled to)\b[^.;]{0,60}?\b(?:access|review|see|know|correct|update|amend|delete|erase|export|download|copy)\b[^.;]{0,60}?\b(?:information|data|account)\b|\bright to (?:know|access|delete|deletion|correct|data portability|opt[- ]out|non-discrimination|erasure)\b|\brequests? (?:for |to )?(?:access|deletion|delete|correct)\b|\bwould like to:? (?:access|correct|delete|review)\b|\bexercis\w+ (?:your|any|these|the)\b[^.;]{0,40}?\brights\b/i,
  gloss: 'The sentence is about your rights over your data',
  examples: {
    match: ['If you would like to: access, correct, amend or delete any personal information we have about you, contact us.', 'Right to Delete. You have the right to request that Fusion delete the Personal Data.'],
    noMatch: ['Please review this policy each time you visit our website.'],
  },
};

/** "To request access … / To review, update or delete … please email": how to exercise. */
export const RIGHTS_EXERCISE: FactRule = {
  id: 'rights.exercise',
  pattern: /\bto (?:request|exercise|review|access|delete|correct|update|have access)\b|\bexercis\w+ (?:your|any|these|the)\b|\bsubmit (?:a )?(?:request|verifiable)\b|\bwould like to:? (?:access|correct|delete|review)\b/i,
  gloss: 'The sentence says how to use your rights',
  examples: { match: ['To review, update or delete your Personal Information, please email legal@phone.com.'], noMatch: ['You may also correct factual inaccuracies.'] },
};

/** The sentence speaks of every right at once ("any other data rights under the CCPA"). */
export const RIGHTS_GENERIC: FactRule = {
  id: 'rights.generic',
  pattern: /\b(?:data|privacy|these|your|other) (?:privacy )?rights\b/i,
  gloss: 'The sentence covers all the rights',
  examples: { match: ['or to exercise any other data rights under the CCPA'], noMatch: ['To request deletion, email us.'] },
};

/** Identity must be verified before a request is honoured. */
export const RIGHTS_VERIFICATION: FactRule = {
  id: 'rights.verification',
  pattern: /\bverif\w+|\bauthenticat\w+|\bproof of identi\w+|\bconfirm your identity\b|\bquestion about your identity\b/i,
  gloss: 'Your identity is checked before a request is honoured',
  examples: { match: ['you must provide proof of identification such as full name', 'Authenticate and exercise your data privacy rights'], noMatch: ['You may delete your data.'] },
};

/** A stated response time: "within 45 days". */
export const RIGHTS_RESPONSE_TIME: FactRule = {
  id: 'rights.response-time',
  pattern: /\bwithin (?<days>\d{1,3}) (?:calendar |business )?days\b/i,
  gloss: 'Requests are answered within a stated time',
  examples: { match: ['Fusion will respond to a California consumer request within 45 days of receiving that Request.'], noMatch: ['We keep logs for 45 days.'] },
};
