// Where data goes, beside the older region rules (../facts/audiences.ts): transfers out of the
// EEA or the UK and their safeguards, and promises that data stays in one place.
import type { FactRule } from '../facts/types.ts';

export const TRANSFER_ABROAD: FactRule = {
  id: 'transfers.abroad',
  pattern: /\b(?:outside|out of) (?:of )?(?:the )?(?:EEA|EU|European (?:Economic Area|Union)|UK|United Kingdom|Switzerland|your (?:country|jurisdiction|region))\b|\boutside (?:of )?the (?:country|jurisdiction|region) (?:where|in which) you (?:live|reside|are (?:located|based))\b|\binternational (?:data )?transfers?\b|\bcross-border (?:data )?transfers?\b|\bStandard Contractual Clauses\b|\badequacy decisions?\b|\bData Privacy Framework\b|\btransferred (?:internationally|abroad|globally|worldwide)\b|\b(?:countries|jurisdictions) (?:other than|outside) (?:the one|yours|your)\b|\b(?:in|to) (?:other )?countries (?:that|which|where|whose)\b[^.;]{0,60}?\b(?:laws?|protection)\b/i,
  gloss: 'Your data may go to other countries',
  examples: {
    match: ['We may transfer your data outside the EEA using Standard Contractual Clauses.', 'International transfers of your data are covered by adequacy decisions.', 'Your data may be stored on servers outside of the country where you live.'],
    noMatch: ['We store your data in Germany.', 'International transfers', 'If you are located outside the EEA, this section does not apply to you.'],
  },
};

export const STAYS_LOCAL: FactRule = {
  id: 'transfers.local',
  pattern: /\b(?:(?:stored|hosted|processed|located|kept|held|reside)\s+(?:exclusively |only |solely |entirely )?|(?:store|host|keep|process)(?:s)? (?:all )?(?:of )?(?:your |the |our )?(?:[\w-]+ ){0,2}(?:data|information|content|files)\s+(?:exclusively |only |solely |entirely )?)(?:in|within|on servers in|in data cent(?:er|re)s in)\s+(?:the\s+)?(?:EU|EEA|European (?:Union|Economic Area)|Switzerland|Germany|Finland|France|Norway|Sweden|Denmark|Iceland|Czech Republic|Netherlands|Belgium|Luxembourg|Estonia|Poland|Spain|Italy|Portugal|Ireland|Austria|United Kingdom|UK|Canada|Australia|Japan)\b(?![^.;]{0,40}(?:,|\band|\bor|\bas well as) (?:in )?(?:the )?(?:US|USA|U\.S|United States|China|India|Singapore|South Korea|Korea|other countries|another country|elsewhere|worldwide)\b)|\b(?:(?:do|does|will) not|don't|doesn't|won't|never) (?:transfer|move|send|store)\b[^.;]{0,60}?\boutside (?:of )?(?:the )?(?:EU|EEA|European|Switzerland|Germany|Finland|Norway|UK|United Kingdom)\b|\bnever leaves? (?:the )?(?:EU|EEA|European Union|Switzerland|Germany)\b/i,
  gloss: 'Your data stays in one place',
  examples: {
    match: ['All data is stored exclusively in Switzerland.', 'We do not transfer personal data outside the EEA.', 'We host all of your files in data centres in Finland.'],
    noMatch: ['We may transfer your data to the United States.', 'Our data is stored in Germany and the United States.', 'Data is stored in data centers located in Japan, the United States and South Korea.'],
  },
};
