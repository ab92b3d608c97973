// Ways to reach the provider that the older channel rules (../facts/channels.ts) miss: phone
// numbers and postal addresses outside North America, and data-protection officers and
// privacy teams. Read by src/engine/questions/contact.ts.
import type { FactRule } from '../facts/types.ts';

const COUNTRIES = String.raw`(?:Ireland|Germany|Deutschland|France|Switzerland|the Netherlands|Netherlands|United Kingdom|UK|U\.K\.|England|Scotland|Sweden|Finland|Norway|Denmark|Luxembourg|Belgium|Spain|Italy|Austria|Czech Republic|Czechia|Poland|Portugal|Estonia|Latvia|Lithuania|Greece|Cyprus|Malta|Singapore|Japan|China|Hong Kong|Korea|India|Canada|Australia|New Zealand|Brazil|Mexico|Israel|USA|U\.S\.A\.|United States(?: of America)?|Nigeria|South Africa|Kenya|Cayman Islands|Bermuda|Gibraltar|Iceland|Liechtenstein|Monaco|Hungary|Romania|Bulgaria|Croatia|Slovenia|Slovakia|UAE|United Arab Emirates|Turkey|Taiwan|Philippines|Indonesia|Malaysia|Thailand|Vietnam)`;

export const INTL_PHONE: FactRule = {
  id: 'contact.phone-intl',
  anchors: ['+'],
  pattern: /(?<![\w+])\+\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}(?![\w-])/,
  gloss: 'A phone number with a country code',
  examples: { match: ['Call us on +353 1 234 5678.', 'Telefon: +49 (0)30 1234567'], noMatch: ['Version 2.1', 'in 2024'] },
};

export const INTL_POSTAL: FactRule = {
  id: 'contact.postal-intl',
  pattern: new RegExp(String.raw`\b(?:\d{1,5}[a-z]?,?\s+)?(?:[A-Z][\w'.&-]*\s+){0,5}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Strasse|Straße|straße|strasse|Str\.|Platz|Lane|Square|Quay|House|Building|Floor|Suite|P\.?\s?O\.? Box|Place|Way|Rue|Via|Calle|Gate|Park|Centre|Center|Tower|Plaza|Boulevard|Blvd\.?|Drive|Court|Wharf|Dock|Row|Terrace|Crescent|Parkway|gatan|vägen|katu|tie|vej|gade|veien|ul\.|Allee|Weg|Ring|Hof|Markt)\b[^.;:@]{0,120}?,\s*${COUNTRIES}\b|\b(?:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\b|\b\d{4,5}\s+[A-Z][a-zäöüéèà]+(?:[\s-][A-Z][a-zäöüéèà]+)?,\s*${COUNTRIES}\b|\bDublin\s+\d{1,2}\b`),
  gloss: 'A postal address outside North America',
  examples: {
    match: ['Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland', 'Write to us at Industriestr. 25, 91710 Gunzenhausen, Germany.', 'London EC2A 4BX'],
    noMatch: ['We operate in Germany and Ireland.'],
  },
};

export const DPO: FactRule = {
  id: 'contact.dpo',
  pattern: /\bData Protection Officer\b|\bDPO\b|\b(?:Chief )?Privacy Officer\b|\bprivacy (?:team|office|department|officer)\b|\bdata protection (?:team|office|department|lead)\b|\bdata protection officer\b/i,
  gloss: 'A data protection officer or privacy team',
  examples: { match: ['You can contact our Data Protection Officer at dpo@example.com.', 'Contact our privacy team.'], noMatch: ['We protect your data.'] },
};

/** A contact route given by name only: "contact us through our Help Center", "use the contact form". */
export const CONTACT_PAGE = /\bcontact (?:us|our \w+(?: \w+)?) (?:through|via|using|by using|on|at) (?:our |the )?(?:help|support|privacy|contact|online|web)\b|\b(?:contact|support|help|privacy) (?:page|form|cent(?:er|re)|portal)\b|\bsubmit a (?:request|ticket)\b/i;
