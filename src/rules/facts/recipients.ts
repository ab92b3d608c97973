// Who a policy says it gives data to. A party counts in a sentence about sharing (labelled
// Third Party Sharing/Collection, or with a sharing verb: SHARE_CONTEXT) unless a denial governs
// it: "We do not share these records with others, unless required by law" names no recipient,
// while "not to disclose … to anyone outside Conifer, other than our affiliates, vendors" names
// two. The extractor reads each mention against the nearest preceding denial or exception cue.
import type { RecipientKind } from './kinds.ts';
import type { FactRule, KindRule } from './types.ts';

export const RECIPIENT_RULES: readonly KindRule<RecipientKind>[] = [
  {
    id: 'share.affiliates',
    kind: 'affiliates',
    name: 'affiliates',
    // \b keeps "unaffiliated" out.
    pattern: /\baffiliat(?:es?|ed (?:companies|company|organi[sz]ations?|entit(?:y|ies)|businesses|brands|websites|sites))\b|\baffiliate organi[sz]ation\b|\bsubsidiar(?:y|ies)\b|\bcorporate parents?\b|\bgroup companies\b|\bfamily of companies\b/i,
    gloss: 'Shares with companies in the same group',
    examples: {
      match: ['we may share your Personal Information with our subsidiaries, corporate parents, and Affiliates', 'Fusion shares Personal Data with other group companies', 'We may share certain customer data with our affiliated entities for marketing purposes.'],
      noMatch: ['with any unaffiliated third party'],
    },
  },
  {
    id: 'share.service-providers',
    kind: 'service-providers',
    name: 'service providers',
    pattern: /\bservice providers?\b|\bvendors?\b|\bcontractors?\b|(?<!enforcement )\bagents\b|\bsuppliers?\b|(?<!(?:marketing|promotional|advertising) )\b(?:business )?partners\b/i,
    gloss: 'Shares with companies that work for the provider',
    examples: {
      match: ['This includes sharing information with any service providers or vendors', 'our affiliates and authorized agents'],
      noMatch: ['law enforcement agents', 'a new partnership', 'our marketing partners'],
    },
  },
  {
    id: 'share.advertisers',
    kind: 'advertisers',
    name: 'advertisers',
    pattern: /\badvertisers?\b|\badvertising (?:partners?|networks?|companies)\b|\bmarketing (?:partners?|companies|firms)\b|\b(?:third[- ]party |outside )marketers\b|\bad networks?\b|\bsponsors\b/i,
    gloss: 'Shares with advertisers or marketers',
    examples: { match: ['We may share the information we receive from cookies with third parties and our Advertisers'], noMatch: ['to make advertising more engaging'] },
  },
  {
    id: 'share.analytics',
    kind: 'analytics',
    name: 'analytics companies',
    pattern: /\banalytics (?:providers?|companies|partners|services?|firms)\b|\bthird parties to track and analy[sz]e\b|\bGoogle Analytics\b/i,
    gloss: 'Shares with analytics companies',
    examples: { match: ['We also reserve the right to engage with third parties to track and analyze usage'], noMatch: ['Conduct analytics to better understand'] },
  },
  {
    id: 'share.law-enforcement',
    kind: 'law-enforcement',
    name: 'the authorities (police, courts, regulators)',
    pattern: /\blaw enforcement\b|\bgovernment(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|officials|entities)\b|\bsubpoenas?\b|\bcourt (?:administrative )?orders?\b|\bwarrants?\b|\blegal process\b|\bregulators?\b/i,
    gloss: 'Gives data to police, courts or regulators when asked',
    examples: { match: ['including in response to subpoenas, court orders and the like', 'To share with outside auditors and regulators'], noMatch: ['regulatory compliance in general'] },
  },
  {
    id: 'share.business-transfer',
    kind: 'business-transfer',
    name: 'a buyer of the business',
    pattern: /\bmerger\b|\bmerged\b|\bacquisition\b|\bacquired\b|\bsale or transfer of (?:our )?business\b|\btransfer of (?:our |company )?(?:business|assets)\b|\bsale of (?:company |our )?assets\b|\bnew owners?\b|\bbankruptcy\b/i,
    gloss: 'Passes data to a buyer if the company is sold or merged',
    examples: { match: ['as part of any merger, acquisition or sale of company assets', 'If our store is acquired or merged with another company'], noMatch: ['We may merge any Personal Information collected off-line'] },
  },
  {
    id: 'share.emergency-services',
    kind: 'emergency-services',
    name: 'emergency services',
    pattern: /\bemergency (?:services?|dispatch)\b|\bpublic safety answering point\b|\bPSAP\b|\b911\b/i,
    gloss: 'Gives data (such as location) to emergency services',
    examples: { match: ['to a public safety answering point (PSAP), emergency dispatch operator'], noMatch: ['in an emergency to protect your safety'] },
  },
  {
    id: 'share.credit-agencies',
    kind: 'credit-agencies',
    name: 'credit agencies',
    pattern: /(?<!\bfrom\b[^.;]{0,60})\b(?:(?:consumer|credit) reporting agenc(?:y|ies)|credit bureaus?|collection agenc(?:y|ies))\b/i,
    gloss: 'Reports to credit agencies or debt collectors',
    examples: {
      match: ['including reporting any such past due amounts to one or more credit reporting agencies'],
      noMatch: ['information we receive from third parties, such as consumer reporting agencies'],
    },
  },
  {
    id: 'share.public',
    kind: 'public',
    name: 'public directories',
    pattern: /\bpublicly (?:available|posted|displayed)\b|\bpublic (?:forums?|directories|profiles?)\b|\bdirectory (?:listings?|assistance)\b|\b(?:print|electronic|telephone) directories\b/i,
    gloss: 'Makes some data public, such as directory listings',
    examples: { match: ['telephone listings as non-published for print or electronic directories or for directory assistance'], noMatch: ['We do not publish this'] },
  },
  {
    id: 'share.public-posts',
    kind: 'public',
    name: 'the public',
    // Website policies: what you post in forums, comments and reviews is visible to anyone
    // ("Any information you disclose in chat rooms becomes public information").
    pattern: /\b(?:becomes?|is|are|be|been|made|considered) (?:publicly available|public(?: information)?|available to the public|(?:publicly )?visible to (?:the public|other users|others|anyone|everyone))\b|\b(?:viewed|read|seen|accessed) (?:publicly|by (?:the public|anyone|everyone|other users))\b|\b(?:made|is|are) available publicly\b|\bpublic (?:areas?|activities)\b/i,
    gloss: 'Makes what you post visible to anyone',
    examples: {
      match: ['Anything you write on our message boards becomes public information.', 'Comments you leave are visible to other users and anyone can read them.', 'the information you post is made available publicly'],
      noMatch: ['We do not make your information public without your consent.', 'public safety'],
    },
  },
  {
    id: 'share.third-parties',
    kind: 'third-parties',
    name: 'other third parties',
    // Third-party web sites, content and cookies are not recipients of the provider's data.
    pattern: /\bthird[- ]part(?:y|ies)\b(?!\s*(?:web ?sites?|sites|content|cookies|links|advertising|sources|marketing|vendors?|service providers?|partners?))|\boutside (?:parties|companies)\b/i,
    gloss: 'Shares with other companies',
    examples: { match: ['Anonymized Data may also be shared with third parties'], noMatch: ['links to third-party websites', 'third-party cookies', 'We use a third-party vendors to provide conferencing services'] },
  },
];

/** Sentences about giving data out, besides the Third Party label. */
// The provider as the one giving: "we [may also] share", or data "may be shared". Not the
// third parties' own practices ("disclosure … by other third parties") nor "reporting agencies".
export const SHARE_CONTEXT: FactRule = {
  id: 'share.context',
  pattern: /\b(?:we|us|our policy)\s+(?:[\w-]+,?\s+){0,4}?(?:shar(?:e|ed|ing)|disclos(?:e|ed|ing)|transfer(?:red)?|sell|rent|trade|give|make (?:it )?available|releas(?:e|ed)|report|publish|provid(?:e|ing) (?:the )?information)\b|\b(?:be|is|are|been)\s+(?:shared|disclosed|transferred|sold|released|given|provided to)\b|\bto (?:share|disclose) (?:with|to)\b|\b(?:becomes?|made|is|are) (?:publicly available|public(?: information)?|available to the public|available publicly)\b|\bvisible to (?:the public|other users|anyone|everyone)\b|\bviewed (?:publicly|by (?:the public|anyone))\b/i,
  gloss: 'The sentence is about the provider giving data to someone',
  examples: {
    match: ['We may disclose personal information to law enforcement agencies.', 'Anonymized Data may also be shared with third parties', 'To share with outside auditors and regulators'],
    noMatch: ['We use vendors for VoIP service.', 'different rules might apply to the disclosure of your Personal Information by other third parties', 'information we receive from third parties, such as consumer reporting agencies'],
  },
};

/** A denial: mentions after it (until an exception cue) are parties data is NOT given to. */
export const SHARE_DENIAL: FactRule = {
  id: 'share.denial',
  pattern: /\b(?:do|does|did|will|shall|would)\s*(?:not|n't)\s+(?:[\w-]+,?\s+(?:or\s+)?){0,3}?(?:share|disclose|sell|give|transfer|rent|trade|make|volunteer)\b|\bnot to (?:disclose|share|sell)\b|\bnever (?:share|sell|disclose)\b|\bprohibit(?:s|ed)?\b/i,
  gloss: 'The provider says it does not give data to someone',
  examples: {
    match: ['We do not share these records with others', 'It is our policy not to disclose Personally Identifiable Information', 'As we do not currently share Personal Information with our Advertisers'],
    noMatch: ['We may share your information with vendors.'],
  },
};

/** An exception to a denial: mentions after it are recipients again. */
export const SHARE_EXCEPTION: FactRule = {
  id: 'share.exception',
  pattern: /\b(?:except|other than|otherwise than|unless|outside of|apart from|aside from|only with)\b/i,
  gloss: 'The sentence names an exception to a denial',
  examples: { match: ['other than our affiliates, vendors and business partners'], noMatch: ['We share with vendors.'] },
};

/** The data shared is aggregate or anonymised. */
export const DEIDENTIFIED: FactRule = {
  id: 'share.deidentified',
  pattern: /\baggregat\w*|\banonymi[sz]\w*|\bde-?identified\b|\banonymous\b/i,
  gloss: 'Only aggregate or anonymised data is shared',
  examples: { match: ['We may share Anonymized Data with vendors', 'in aggregate form'], noMatch: ['your Personal Information'] },
};

/** The provider binds its vendors: confidentiality, use only for its services, no own marketing.
 *  Counted where the sentence names its vendors (or "these parties") or is about sharing. */
export const VENDOR_LIMITS: FactRule = {
  id: 'share.vendor-limits',
  pattern: /\b(?:require|requires|required|prohibit\w*|restrict\w*|does not permit|contractually)\b[^.]{0,100}\b(?:confidential\w*|solely|only for|other than providing|their own marketing|protect|same level)\b/i,
  gloss: 'Vendors must keep data confidential and use it only for the provider',
  examples: {
    match: ['We require these parties to maintain at least the same level of confidentiality we maintain ourselves.', 'Fusion does not permit its vendors and partners to use Personal Data for their own marketing purposes.'],
    noMatch: ['We share data with vendors.'],
  },
};

/** The sentence names the provider's vendors, or refers back to them. */
export const VENDORS: FactRule = {
  id: 'share.vendors',
  pattern: /\b(?:service providers?|vendors?|contractors?|agents|partners|suppliers?)\b|\b(?:these|such) (?:third )?(?:parties|companies)\b/i,
  gloss: 'The sentence is about the provider’s vendors',
  examples: { match: ['We require these parties to maintain confidentiality.'], noMatch: ['We require you to keep your password confidential.'] },
};
