// Choices as modern policies word them, beside ../facts/choices.ts: ad settings and industry
// opt-outs, cookie banners and preference tools, and the state-law "Do Not Sell or Share"
// opt-out. Read by src/engine/questions/choices.ts.
import type { ChoiceItem } from '../../engine/questions/types.ts';
import type { KindRule } from '../facts/types.ts';

/** Old choice kinds → the choices answers. */
export const KIND_TO_ITEM: Readonly<Record<string, ChoiceItem>> = {
  'marketing-opt-out': 'marketing-opt-out',
  unsubscribe: 'marketing-opt-out',
  'sharing-opt-out': 'sale-opt-out',
  cookies: 'cookie-controls',
  cpni: 'cpni',
  'do-not-call': 'do-not-call',
  'ad-choices': 'ads-opt-out',
  'directory-listing': 'directory-listing',
  location: 'location-controls',
};

export const EXTRA_CHOICE_RULES: readonly KindRule<ChoiceItem>[] = [
  {
    id: 'choice.ads-settings',
    kind: 'ads-opt-out',
    name: 'Turn off personalised ads',
    pattern: /\b(?:opt(?:[- ])?out|turn off|switch off|disable|limit|control|manage|adjust|choose whether)\b[^.;]{0,80}?\b(?:personali[sz]ed|targeted|interest[- ]based|tailored|behavio(?:u)?ral|relevant|cross-context) (?:ads|advert\w*)\b|\bad(?:s|vertising)? (?:settings|preferences|personali[sz]ation settings)\b|\byouronlinechoices\b|\bnetworkadvertising\.org\b|\boptout\.aboutads\b|\bLimit Ad Tracking\b|\breset (?:your )?(?:advertising|ad) (?:id|identifier)\b/i,
    gloss: 'You can turn off personalised ads',
    examples: { match: ['You can turn off personalised ads in your ad settings.', 'Visit youronlinechoices.eu to opt out.'], noMatch: ['We show ads.'] },
  },
  {
    id: 'choice.cookie-tool',
    kind: 'cookie-controls',
    name: 'Control cookies',
    pattern: /\bcookie (?:settings|preferences|banner|consent (?:tool|manager|banner)|management tool|choices)\b|\b(?:manage|change|update|withdraw)\w* (?:your )?(?:cookie|consent) (?:preferences|settings|choices)\b|\b(?:accept|reject|refuse|decline)\w* (?:all |non-essential |optional )?cookies\b/i,
    gloss: 'You can control cookies',
    examples: { match: ['You can change your cookie preferences at any time.', 'Click Reject all cookies in the banner.'], noMatch: ['We use cookies.'] },
  },
  {
    id: 'choice.sale-opt-out',
    kind: 'sale-opt-out',
    name: 'Opt out of the sale or sharing of your data',
    pattern: /\bDo Not Sell\b|\bYour Privacy Choices\b|\bopt(?:[- ])?out of (?:the )?(?:sale|selling|sharing)\b|\bopt(?:[- ])?out of\b[^.;]{0,40}?\b(?:sale|sold|selling|share|sharing)\b|\bright to opt[- ]out\b|\b(?:limit|restrict) (?:the )?(?:sale|sharing)\b/i,
    gloss: 'You can opt out of the sale or sharing of your data',
    examples: { match: ['Click Do Not Sell or Share My Personal Information.', 'You may opt out of the sharing of your data for targeted advertising.'], noMatch: ['We do not sell your data.'] },
  },
];
