// Where data goes, beside the older region rules (../facts/audiences.ts): transfers out of the
// EEA or the UK and their safeguards, and promises that data stays in one place.
import type { FactRule } from '../facts/types.ts';

export const TRANSFER_ABROAD: FactRule = {
  id: 'transfers.abroad',
  pattern: /\b(?:outside|out of) (?:of )?(?:the )?(?:EEA|EU|European (?:Economic Area|Union)|UK|United Kingdom|Switzerland|your (?:country|jurisdiction|region))\b|\binternational (?:data )?transfers?\b|\bcross-border (?:data )?transfers?\b|\bStandard Contractual Clauses\b|\badequacy decisions?\b|\bData Privacy Framework\b|\btransferred (?:internationally|abroad|globally|worldwide)\b|\b(?:countries|jurisdictions) (?:other than|outside) (?:the one|yours|your)\b|\b(?:in|to) (?:other )?countries (?:that|which|where|whose)\b[^.;]{0,60}?\b(?:laws?|protection)\b/i,
  gloss: 'Your data may go to other countries',
  examples: { match: ['We may transfer your data outside the EEA using Standard Contractual Clauses.', 'International transfers'], noMatch: ['We store your data in Germany.'] },
};

export const STAYS_LOCAL: FactRule = {
  id: 'transfers.local',
  pattern: /\b(?:stored|hosted|processed|located|kept|held|reside)\s+(?:exclusively |only |solely |entirely )?(?:in|within|on servers in)\s+(?:the\s+)?(?:EU|EEA|European (?:Union|Economic Area)|Switzerland|Germany|Finland|France|Norway|Sweden|Iceland|Czech Republic|Netherlands|Ireland|Austria)\b(?![^.;]{0,40}\b(?:and|or) (?:the )?(?:US|USA|United States)\b)|\b(?:do|does|will) not (?:transfer|move|send|store)\b[^.;]{0,60}?\boutside (?:of )?(?:the )?(?:EU|EEA|European|Switzerland|Germany|Finland|Norway)\b|\bnever leaves? (?:the )?(?:EU|EEA|Switzerland|Germany)\b/i,
  gloss: 'Your data stays in one place',
  examples: { match: ['All data is stored exclusively in Switzerland.', 'We do not transfer personal data outside the EEA.'], noMatch: ['We may transfer your data to the United States.'] },
};
