// Who gets the data: which answer of the share question each recipient rule speaks for (the
// recipient rules are in ../facts/recipients.ts), recipients they miss, and the wordings that
// read a mention as something other than a disclosure by the provider: a source of data ("we
// collect information from partners"), an intro to a list ("with third parties as described
// below"), a party that acts with the provider ("we or our affiliates"), a promise that names no
// one (a blanket or exclusive sharing clause, read by the module as "no" for some recipients).
import type { ShareItem } from './items.ts';
import type { FactRule, KindRule } from '../facts/types.ts';

export const KIND_TO_ITEM: Readonly<Record<string, ShareItem>> = {
  affiliates: 'affiliates',
  'service-providers': 'service-providers',
  advertisers: 'advertisers',
  analytics: 'analytics',
  'law-enforcement': 'authorities',
  'business-transfer': 'business-transfer',
  'emergency-services': 'emergency-services',
  'credit-agencies': 'credit-agencies',
  public: 'public',
  'third-parties': 'other-third-parties',
  'data-brokers': 'data-brokers',
};

/** A recipient rule of the claims. `standalone`: the wording itself says the party gets the data
 *  ("visible to other users", "companies that process it on our behalf"), so it is read even in
 *  a sentence with no sharing verb. */
export interface ShareRule extends KindRule<ShareItem> {
  standalone?: boolean;
}

export const EXTRA_RECIPIENT_RULES: readonly ShareRule[] = [
  {
    id: 'share.data-brokers',
    kind: 'data-brokers',
    name: 'data brokers',
    // "Data partners" that supply audience segments for others' targeting (Clarification 17).
    pattern: /\bdata (?:brokers?|resellers?|aggregators?)\b|\blist (?:brokers?|rental)\b|\binformation brokers?\b|\bdata partners\b(?=[^.;]{0,200}\b(?:audiences?|segments?)\b)/i,
    gloss: 'Shares with data brokers',
    examples: {
      match: ['We may disclose your information to data brokers.', 'We may share your identifiers with our data partners, so that advertisers can target audience segments.'],
      noMatch: ['We never sell to brokers of real estate.', 'We receive information about you from data brokers.', 'We share usage statistics with our data partners to improve the app.'],
    },
  },
  {
    id: 'share.other-users',
    kind: 'public',
    name: 'other users',
    standalone: true,
    pattern: /\b(?:visible|shown|displayed|viewable|(?:made|be|is|are|becomes?) (?:available|accessible)) (?:to|by) (?:other|all|any)(?: [\w-]+)? (?:users|members|people|players|customers|visitors)\b|\b(?:visible|available|shown|displayed|accessible|viewable)(?: for viewing)? (?:to|by) (?:everyone|anyone|the (?:general )?public|(?:any )?members? of the public)\b|\b(?:other (?:users|members|people)|anyone|everyone|the public|members of the public|unrelated parties(?: online)?)(?: who [\w ]{1,40}?)? (?:can|may|will be able to|could) (?:see|view|read|find|access)\b|\b(?:read|seen|viewed|accessed)(?:,? (?:and |or )?(?:read|seen|viewed|accessed|collected|used|copied|downloaded))*,? by (?:anyone|everyone|the public|other users|others|(?:any )?members? of the public)\b|\bpublish(?:es)? (?:any |the )?(?:information|content|posts|reviews|comments)(?: that)? you (?:post|submit|share)\b|\byour (?:[\w-]+ )?(?:name|photo|username|profile picture)(?: and (?:[\w-]+ )?(?:name|photo|username|profile picture))? (?:appears?|(?:is|are|will be|may be) (?:shown|displayed)) (?:next to|alongside|beside) (?:your |the )?(?:activity|comments?|reviews?|posts?|contributions?)\b|\ballows? you to (?:[\w-]+ (?:or|and) )?(?:share|post|publish)\b[^.;]{0,40}?\bwith other (?:users|members|people|players)\b|\byour (?:public )?profile (?:is|will be) (?:public|visible)\b|\bpublic by default\b|\b(?:disclosed|posted|published|displayed) publicly\b|\bmake (?:something|it|them|content|information|your \w+) public\b/i,
    gloss: 'Makes your profile or posts visible to others',
    examples: {
      match: [
        'Your profile is visible to other users.', 'Anyone can see your public posts.', 'Your profile may be displayed to other Example users.', 'Comments you post can be read and used by anyone.',
        'What you write on the forum may be read and used by any member of the public.', 'Your profile photo is viewable by other users of the app.', 'We may publish any information you post in the community.',
        'If you write in a public area of the site, unrelated parties online will be able to view it.', 'Some features allow you to chat or share photos with other users.',
        'When you review an app, your name and photo appear next to your review.',
      ],
      noMatch: ['We share your data with service providers.', 'Your messages can never be viewed by anyone but you.', 'We collect information that is publicly available on the internet.'],
    },
  },
  {
    id: 'share.posts-public',
    kind: 'public',
    name: 'the public',
    standalone: true,
    // "What you post will be publicly available": read only after the person posting (the module
    // checks "you post", "you upload" before it), so that "information that is publicly
    // available on the internet" stays a source.
    pattern: /\b(?:will be|may be|can be|is|are|becomes?|be) publicly (?:available|visible|accessible|viewable|displayed)\b|\bbecomes? public\b/i,
    gloss: 'Makes what you post public',
    examples: {
      match: ['Reviews you upload to the site will be publicly available.'],
      noMatch: ['We collect information that is publicly available on the internet.'],
    },
  },
  {
    id: 'share.public-content',
    kind: 'public',
    name: 'the public',
    // Names what is public ("public posts"); read like any recipient, so that "we collect what you
    // post in public spaces" stays a source.
    pattern: /\bpublic (?:content|posts?|spaces?|comments|reviews)\b/i,
    gloss: 'Says some content is public',
    examples: {
      match: ['We share your public posts with search engines.'],
      noMatch: ['We collect information you post in public spaces on social media.'],
    },
  },
  {
    id: 'share.ad-services',
    kind: 'advertisers',
    name: 'advertising services',
    standalone: true,
    // "We may use advertising and analytics services that analyse your use … to deliver ads to
    // you": ad companies that get data from their cookies on the service.
    pattern: /\badvertising (?:and (?:analytics|marketing|measurement) )?(?:services|technology (?:providers|partners|companies)|platforms)\b(?=[^.;]{0,200}\b(?:deliver|serve|show|target|personali[sz]e)\w*\b)/i,
    gloss: 'Lets advertising services collect data to show ads',
    examples: {
      match: ['We may use advertising and analytics services that analyse your use of our site through cookies, including to deliver advertising to you.'],
      noMatch: ['We may use advertising platforms to promote our app.', 'We receive reports from advertising services about how our campaigns deliver.'],
    },
  },
  {
    id: 'share.ad-tech',
    kind: 'advertisers',
    name: 'advertising technology companies',
    standalone: true,
    // Named ad technology on the service: the ad company gets data through its own pixel or
    // cookies (guide: "including through their pixels/cookies for ads").
    pattern: /\b(?:Facebook|Meta) (?:pixel|Custom Audiences|Ads)\b|\bDoubleClick\b|\bGoogle Ads\b|\b(?:Facebook|Meta)\b[^.;]{0,120}?\btracking pixels?\b/i,
    gloss: 'Uses named ad technology such as the Meta pixel or DoubleClick',
    examples: {
      match: ['We use the Meta pixel on our checkout pages to measure our ad campaigns.', 'Our site uses DoubleClick cookies to show you relevant ads.'],
      noMatch: ['We do not use the Facebook pixel.', 'You can follow us on Facebook.'],
    },
  },
  {
    id: 'share.advisers',
    kind: 'other-third-parties',
    name: 'professional advisers',
    // Lawyers, accountants and auditors of the provider: other companies (guide, "third parties
    // not covered above").
    pattern: /\b(?:professional|legal|financial|external) advis[eo]rs\b/i,
    gloss: 'Shares with its professional advisers',
    examples: {
      match: ['We may disclose your information to our professional advisors, such as lawyers and auditors.'],
      noMatch: ['We do not offer professional advice.', 'We may share your data with a buyer and its financial advisors in a merger.'],
    },
  },
  {
    id: 'share.group-companies',
    kind: 'affiliates',
    name: 'companies of the same group',
    // "companies in the Example family", "other companies within the Example group", "the other
    // Example Companies" (a defined term: capitalised), "under common ownership".
    pattern: /\b(?:compan(?:y|ies)|entities|businesses|brands|business units|operations) (?:in|within|of|across|belonging to) (?:the |our |the same )?(?:[\w.&'-]+ ){0,3}?(?:group|family|enterprise)\b|\bour other business units\b|\b(?:group|sister|parent|holding) compan(?:y|ies)\b|\bunder common (?:ownership|control)\b|\bcorporate (?:group|family)\b|\b[Oo]ther [A-Z][\w-]* Companies\b|\b[Cc]ompanies (?:in|within) the (?:[A-Z][\w.-]* ){1,3}[Nn]etwork\b/,
    gloss: 'Shares with companies in the same group',
    examples: {
      match: [
        'Your data may be shared with companies in the Example group.', 'We may share information with our parent company.', 'We give data to the other Example Companies to run our services.', 'Data can be disclosed to companies belonging to the same group to defend legal claims.',
      ],
      noMatch: ['We share information with other advertising companies.', 'We share data with companies in our advertising network.', 'Your group memberships are visible to other members of that hiking group.'],
    },
  },
  {
    id: 'share.processors',
    kind: 'service-providers',
    name: 'service providers',
    pattern: /\b(?:third[- ]party|external|outside|hosting|cloud|payment|technology|IT|ICT|infrastructure|processing) (?:service )?providers?\b|\b(?:data |sub-?)?processors\b|\bpayment (?:processors?|processing compan(?:y|ies))\b|\bacts? as (?:a |our )?(?:data )?processors?\b/i,
    gloss: 'Shares with companies that process data for the provider',
    examples: {
      match: ['We share billing data with our payment processors.', 'We disclose billing data to our third-party providers.'],
      noMatch: ['We process your data ourselves.', 'We receive information from payment processors.'],
    },
  },
  {
    id: 'share.on-our-behalf',
    kind: 'service-providers',
    name: 'service providers',
    // Engaging others to do work for the provider: "we use other companies to process your
    // personal information on our behalf", "we work with third parties to provide some of our
    // services", "relies on third parties to process payments".
    pattern: /\b(?:use|uses|engage|engages|employ|employs|hire|hires|rel(?:y|ies) on|work with|works with|contract with|contracts with)\s+(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|third[- ]part(?:y|ies)|organi[sz]ations|businesses|firms|people|individuals)\b[^.;:]{0,60}?\b(?:to|for|who|that)\s+(?:[\w-]+\s+){0,2}?(?:process\w*|perform\w*|provid\w*|host\w*|help\w*|assist\w*|operat\w*|deliver\w*|handl\w*|support\w*|act on)\b|\b(?:compan(?:y|ies)|third[- ]part(?:y|ies)|organi[sz]ations|businesses|firms|people|individuals|partners) (?:\w+ ){0,4}?(?:on (?:our|its) behalf|who (?:help|assist) us)\b/i,
    gloss: 'Has other companies do work for it with your data',
    examples: {
      match: ['We hire outside companies to handle your personal data on our behalf.', 'We work with other firms who help us run the service, and we share your data with them.', 'Example Inc. relies on outside companies to process card payments.'],
      noMatch: ['We use cookies to process your preferences.', 'Third parties may collect information about you.'],
    },
  },
  {
    id: 'share.services-of',
    kind: 'service-providers',
    name: 'service providers',
    standalone: true,
    pattern: /\b(?:use|uses|using) the services of (?:the following |certain |several |various )?(?:[\w-]+ ){0,2}?(?:providers|compan(?:y|ies)|third[- ]part(?:y|ies)|processors|vendors)\b/i,
    gloss: 'Uses other companies’ services to run its own',
    examples: {
      match: ['To run the app, we use the services of the following third-party providers:'],
      noMatch: ['You may use the services of other providers.'],
    },
  },
  {
    id: 'share.authorities',
    kind: 'authorities',
    name: 'the authorities',
    // Who: "authorities", "police", "courts"; when: "if we have to by law", "when compelled by
    // law", "to comply with the law" (read only in a sentence about giving data out).
    pattern: /\b(?:public|competent|tax|government(?:al)?|judicial|legal|law enforcement|regulatory|relevant|border|customs|immigration|health|national security) authorit(?:y|ies)\b|\bauthorities\b|\bpolice\b|\bcourts\b|\b(?:required|compelled|obliged|obligated|have to|must)(?: to)?(?: do so)? by (?:and in accordance with )?(?:applicable |the )?law\b|\bwhen (?:the )?law requires\b|\bto comply with (?:(?:the|any|applicable|relevant|our) )?(?:laws?|legal (?:obligations?|requirements?|process))\b|\blegal (?:requests?|obligations?|requirements?|demands?)\b/i,
    gloss: 'Gives data to the authorities when the law requires it',
    examples: {
      match: [
        'We may share your details when we have to by law.', 'When the law requires it, we give data to the police or the courts.', 'We release account data only when compelled by law.',
        'We will disclose your data when we believe it is required by and in accordance with the law.',
      ],
      noMatch: ['You can lodge a complaint with your local supervisory authority.', 'We keep your data as long as required by law.'],
    },
  },
  {
    id: 'share.business-sale',
    kind: 'business-transfer',
    name: 'a buyer of the business',
    pattern: /\bmergers\b|\bacquisitions\b|\b(?:asset|business) sales?\b|\bcorporate transactions?\b|\bchange (?:of|in) (?:control|ownership)\b|\b(?:takes? over|acquires?|buys?) (?:all or (?:any )?part of |(?:all|some|part|substantially all|a portion|any portion) or (?:all|some|part|substantially all|a portion|any portion) of (?:our |the |its )|the relevant |our |the )(?:[\w-]+ ){0,2}?(?:business|company|assets)\b|\bsale of (?:(?:all|some|part|substantially all|a portion)(?: or (?:all|some|part|substantially all|a portion))? of )?(?:our|the|its) (?:company|business)\b|\b(?:third[- ]party |prospective |potential )?acquir(?:ers?|er\(s\)|ing (?:company|companies|entity|entities|party|parties))\b|\b(?:buyer|purchaser|successor)s? (?:of|to) (?:all or part of |the |our )?(?:[\w-]+ ){0,2}?(?:business|company|assets)\b/i,
    gloss: 'Passes data to a buyer if the company is sold or merged',
    examples: {
      match: [
        'Your data may be passed on in a corporate transaction, for example a merger.', 'If another firm acquires our business, we may give it your personal data.',
        'If a buyer acquires some or all of our business, we may share your data with it.', 'We may hand over account data in a sale of our company.', 'Data may go to a prospective acquirer of our shares.',
      ],
      noMatch: ['We use user acquisition services.', 'We acquire information from partners.'],
    },
  },
  {
    id: 'share.partners',
    kind: 'other-third-parties',
    name: 'business partners',
    // Partners that are not vendors: "our partners", "business partners", "this partner".
    // Advertising and marketing partners are advertisers; partners that work on the provider's
    // behalf are service providers (read by the module).
    pattern: /\b(?:(?:business|cooperating|commercial|strategic|trusted|select(?:ed)?|joint|research|integrated|travel|retail|content|distribution|co-branding) )?partners\b|\b(?:our|this|that|the|a|each|such) (?:[\w-]+ )?partner\b(?! with)|\bindependent (?:data )?controllers\b/i,
    gloss: 'Shares with business partners',
    examples: {
      match: ['We may share your personal information with our business partners.', 'We may send your search terms to this partner to show results.'],
      noMatch: ['We partner with schools.', 'We share data with our advertising partners.'],
    },
  },
  {
    id: 'share.anaphor',
    kind: 'other-third-parties',
    name: 'the parties just named',
    standalone: true,
    // "We share our data with them", "with these providers": the recipients are those the
    // sentence before named (read by the module), or the purpose says who they are.
    pattern: /\b(?:with|to)\s+(?:them|these (?:[\w-]+ )?(?:parties|companies|partners|providers|organi[sz]ations|businesses|platforms|entities)|those (?:[\w-]+ )?(?:parties|companies|partners|providers|organi[sz]ations|businesses|entities))\b/i,
    gloss: 'Shares with the parties the sentence before named',
    examples: {
      match: ['We sometimes collaborate with research partners. Every now and then we share our data with them.', 'We share your data in a hashed format with these providers so that you will see our adverts on their platforms.'],
      noMatch: ['We sometimes collaborate with research partners. We explain our choices to them.', 'Your contacts can send messages to them.'],
    },
  },
];

/** Mentions of this rule that name something other than a business partner. */
export const NOT_A_PARTNER = /\b(?:advertising|marketing|ad|ads|promotional|analytics|payment|processing|service|hosting|technology|infrastructure|delivery|shipping|fulfil?ment|measurement)\s+(?:[\w-]+\s+)?$/i;

/** "The recipient is where data comes from, not where it goes": the preposition before a
 *  mention, "information from partners". A list of names may stand between them. */
export const FROM_PREPOSITION = /\bfrom\b|\b(?:provided|supplied|offered|served|placed|sent|collected|gathered|obtained|received) by\b/gi;
/** Words between "from" and a mention that show the mention is not its object. */
export const FROM_BROKEN = /\b(?:with|to|and (?:we|then)|share\w*|disclos\w*|transfer\w*|sell|sold|give|send|pass|allow\w*)\b/i;

/** Who brings data in, and who gives it out: the direction of a sentence. A sentence with an
 *  inbound cue and no outbound cue is about sources. "provide us", "share with us" are inbound. */
export const DIRECTION_CUE = /\b(?:(?<in>(?:provid(?:e|es|ed|ing)|send|sends|sent|giv(?:e|es|en)|shar(?:e|es|ed|ing) with|disclos(?:e|es|ed) to|pass(?:es|ed)? (?:on )?to|transfer(?:s|red)? to|sell(?:s)? to|make (?:\w+ )?available to) us|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|buy|buys|bought|crawl(?:s|ed|ing)?|scrap(?:e|es|ed|ing)|get|gets|got|combin(?:e|es|ed|ing))|(?<out>shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|disclosures? to|provid(?:e|es|ing)|transfer(?:s|red|ring)?|giv(?:e|es|en|ing)|gave|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?|releas(?:e|es|ed|ing)|send(?:s|ing)?|sent|pass(?:es|ed|ing)?|report(?:s|ed|ing)?|publish(?:es|ed|ing)?|exchang(?:e|es|ed|ing)|forward(?:s|ed|ing)?|transmit(?:s|ted|ting)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing)|make (?:\w+ )?available|made available|access(?:es|ed)?|have access|has access))\b/gi;

/** After a mention: the party sends data to the provider ("partners who provide us with
 *  information"), not services ("specialists that provide us with support"). */
export const GIVES_US = /^[^.;:]{0,60}?\b(?:(?:provid(?:e|es|ed)|send|sends|sent|giv(?:e|es|en)) us(?: with)? (?:[\w-]+ ){0,3}?(?:information|data|details|lists?|leads|insights|reports?|identifiers)|(?:shar(?:e|es|ed) with|disclos(?:e|es|ed) to|pass(?:es|ed)? (?:on )?to|transfer(?:s|red)? to|sell(?:s)? to|make (?:\w+ )?available to) us)\b/i;

/** After a mention: the party collects on its own (tracking, read by the tracking answer), not a
 *  recipient of what the provider gives: "third parties may collect information". */
export const COLLECTS_ITSELF = /^[,)]?\s*(?:(?:may|might|can|could|will|also|to|who|that|which|do|does|often|sometimes)\s+){0,3}(?:collect|place|set|track|use (?:cookies|pixels|similar))\w*/i;

/** After a mention: its own site or app, not the party ("our advertising partners' websites"). */
export const ITS_OWN = /^'s?\s+(?:(?:own|respective)\s+)?(?:web ?sites?|sites|apps?|services|platforms?|pages|products|privacy (?:polic|notice|statement|practice)\w*|terms)\b/i;

/** Before a mention: it acts with the provider, "we (or our affiliates)", "we and our partners". */
export const ACTS_WITH_US = /\b(?:it|they|them)\s+(?:and|or)\s+(?:its|their)\s+$|\b(?:we|us|[A-Z][\w.-]+)\s*,?\s*\(?(?:or|and|and\/or)\s+(?:our|its)\s+(?:[\w-]+\s+){0,2}$|\(?(?:or|and) those of (?:our|its)\s+$/;

/** After "we and our subsidiaries": they give data to each other ("Example and its subsidiaries
 *  may share your data with each other"): the group is a recipient, not only acting with us. */
export const WITH_EACH_OTHER = /^[^.;:]{0,80}?\b(?:share|shares|disclose|discloses|exchange|exchanges|transfer|transfers)\b[^.;:]{0,60}?\b(?:with|among|between) (?:each other|one another|themselves)\b/i;

/** Before a mention: a name of a kind of thing, not a party ("categories of third parties",
 *  "the function of the third party", "the privacy practices of third parties"). */
export const ABOUT_THE_PARTY = /\b(?:categor(?:y|ies)|types?|kinds?|names?|identit(?:y|ies)|lists?|functions?|practices|polic(?:y|ies)|terms|websites?|sites|content|products|links|interests?|rights|those|that|privacy|safety|property|behalf)\s+(?:of|from)\s+(?:the\s+|any\s+|such\s+|these\s+|our\s+|other\s+)?$/i;

/** After a generic mention: the sentence introduces a list ("with third parties as described
 *  below"): the list says who, the intro does not. */
export const INTRO_TO_LIST = /^[^.;]{0,40}?\b(?:as (?:(?:further|more fully|expressly|specifically) )?(?:described|set (?:out|forth)|outlined|explained|detailed|listed|follows)|(?:described|listed|outlined) below|below|in the following|the following)\b/i;

/** After a partner or third-party mention: it works for the provider, a service provider. */
export const WORKS_FOR_US = /^(?:(?!,\s*(?:and|or)\b)[^.;:]){0,50}?\b(?:on (?:our|its) behalf|(?:who|that|which) (?:\w+ ){0,2}?(?:help|helps|assist|assists|perform|performs|process|processes|host|hosts|support|supports|provide services|work for)|to (?:help|assist) us|to (?:process|perform|host|operate|deliver|provide (?:(?:some of )?(?:our|the) )?(?:services?|products?))|acting (?:on|for)|as (?:our )?(?:service providers?|processors?|vendors?))\b/i;

/** Heading of a section about giving data out ("How we share information", "Recipients"). */
export const SHARE_HEADING = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ures?)|recipients?|who (?:we|gets|has access)|third[- ]part(?:y|ies) (?:with whom|we work)|transfers? (?:of|to) (?:your )?(?:personal )?(?:data|information) to)\b/i;
/** …unless the heading is about sources or things other than disclosure. */
export const NOT_SHARE_HEADING = /\b(?:collect\w*|sources?|cookies?|links?|receive|obtain|social (?:media )?sharing|international|across borders|abroad)\b/i;

/** The words of a region-only clause: it does not answer for the whole policy. */
export const REGION_SCOPE = /\b(?:California|Nevada|Virginia|Colorado|Texas|EEA|European|EU|UK|United Kingdom|Switzerland|Brazil|Japan|Korea|Canada|Australia|residents? of)\b/;

/** The data the promise is about is all personal data, not one item of it. */
export const GENERAL_DATA = /\b(?:personal (?:data|information)|personally identifiable|your (?:data|information|details|PII)|(?:any|the|user|customer|member) (?:data|information)|data about you|information about you|PII|it)\b/i;
/** One item or one feature's data: "this data", "your email address", "video used to …", "data
 *  collected through the SMS program", or a sentence about one kind ("All financial data …"). */
export const NARROW_DATA = /\b(?:Restricted Scope|Google user|Gmail) [Dd]ata\b|^\W*(?:all\s+)?(?:(?:your|such|any)\s+)?(?:financial|payment|billing|banking|credit card|card|health|medical)\s+(?:data|information|details)\b|\b(?:this|these|such|that)\s+(?:[\w-]+\s+)?(?:data|information|profile|content|recordings?|videos?|images?)\b|\byour (?:email(?: address)?|phone number|password|username|credentials?|photos?|messages?|profile)\b|\bpasswords?\b|\b(?:collected|obtained|gathered|provided) (?:through|via|in|as part of|in connection with) (?:the|our|this|these|an?) (?:[\w-]+ ){0,2}?(?:programs?|features?|campaigns?|promotions?|surveys?|contests?|sweepstakes|forms?)\b/i;

/** A blanket promise: the provider gives personal data to no third party (bar the exceptions
 *  the sentence names): "we will not disclose your personal data to any third parties". */
export const BLANKET_DENIAL: FactRule = {
  id: 'share.blanket-denial',
  anchors: ['not', 'never', "n't"],
  pattern: /(?:\b(?:not|never)|n't)\s+(?:[\w-]+,?\s+){0,3}?(?:share|shared|sharing|disclose|disclosed|transfer|transferred|give|given|pass|passed|provide|provided|make available|made available|release|released)\b[^.;:]{0,60}?\b(?:to|with)\s+(?:any\s+)?(?:other\s+)?(?:third[- ]part(?:y|ies)\b(?![- ](?:advertis|ad\b|ads\b|marketing|marketers|vendors?|service|providers?|processors?|partners?|sites?|websites?|cookies|apps?|data brokers?))|anyone|anybody|others\b|(?:other |outside )?(?:companies|organi[sz]ations|parties|entities)\b(?:,? organi[sz]ations)?(?:,? or individuals)? outside\b|outside (?:parties|companies|organi[sz]ations)\b)|(?:\b(?:not|never)|n't)\s+(?:[\w-]+\s+){0,2}?(?:share|disclose|transfer|give|sell or share|share or sell)\s+(?:(?:any|your|the)\s+)?(?:personal\s+)?(?:information|data)(?:\s+(?:about|of)\s+(?:you|our users))?\s+(?:except|other than)\s+(?:as|in the (?:ways?|cases?|circumstances))\s+(?:[\w-]+\s+){0,2}?(?:described|set (?:out|forth)|outlined|listed|explained)\b/i,
  gloss: 'Says it gives your data to no one else',
  examples: {
    match: [
      'We never give your personal data to third parties.', 'We do not share your information with anyone outside Example Inc.', 'Your personal information is never shared with third parties.',
      'Example Plus doesn’t share any of your data with third parties.', 'We do not share information about you except as described in this policy.',
    ],
    noMatch: ['We share your data with third parties.', 'Third parties do not receive your name.', 'Do not share your password with anyone.', 'We do not share personal data with third-party advertisers.', 'We will not disclose your personal information to third-party marketers.'],
  },
};

/** An exclusive clause: the provider gives data out only to narrow recipients or only when the
 *  law compels it: "we only share your data with suppliers who help us provide services", "we
 *  will disclose personal data to third parties only if required by law". */
export const EXCLUSIVE_SHARING: FactRule = {
  id: 'share.exclusive',
  anchors: ['only'],
  pattern: /\bonly\s+(?:ever\s+)?(?:share|shares|disclose|discloses|transfer|transfers|give|gives|pass|passes|release|releases|provide|provides)\b|\b(?:share|shares|shared|disclose|discloses|disclosed|transfer|transfers|transferred|give|pass|passed|release|released|provide|provided)\b[^.;:]{0,60}?\bonly (?:if|when|where|with|to|in|as|upon)\b/i,
  gloss: 'Says it gives your data out only to a few kinds of recipient',
  examples: {
    match: ['We only share your data with the suppliers that run our systems.', 'We will disclose personal data to third parties only if required by law.'],
    noMatch: ['We pick vendors with care and only share with them what the job needs.', 'We only disclose the data listed in the table below.'],
  },
};

/** What an exclusive or blanket clause allows that makes it no promise: open kinds of recipient,
 *  or any lawful ground ("without a basis under the GDPR"). An exception that points to the
 *  policy's own list ("except in the following cases", "except as described in this Privacy
 *  Policy") keeps it a promise: a closed list (guide, Clarification 1) whose recipients are read
 *  from the list, while data brokers and others it does not name get nothing. */
export const OPEN_EXCEPTION = /\b(?:(?:permitted|allowed|authori[sz]ed) (?:by|under) (?:(?:the|applicable|relevant|any)\s+)*laws?\b|partners?|advertis\w*|marketing|sponsors?|brokers?|affiliated businesses|other companies|for their own|(?:legal |lawful )?basis|GDPR|General Data Protection Regulation|data protection (?:laws?|legislation|regulations?))\b/i;
/** What an exclusive clause must restrict: who gets the data, or when. Consent is no restriction
 *  ("we only share … where we have obtained consent" lets anyone in who is consented to); the
 *  person's own direction is (what they direct does not count). */
export const NARROW_RECIPIENT = /\b(?:(?:service |payment |hosting )?providers?|suppliers?|vendors?|processors?|contractors?|agents|affiliates?|subsidiar\w+|group compan\w+|authorit\w+|law enforcement|police|courts?|regulators?|(?:required|compelled|obliged|obligated|necessary|needed|permitted)\b|by law|legal|direct(?:ion|ed)?|instructions?|request)\b/i;

/** A promise limited to one purpose: "we do not share personal data with third parties for their
 *  own marketing purposes" says no for advertisers only. */
export const NO_MARKETING_SHARING: FactRule = {
  id: 'share.no-marketing-sharing',
  anchors: ['not', 'never'],
  pattern: /\b(?:not|never)\s+(?:[\w-]+,?\s+){0,3}?(?:share|disclose|sell|rent|provide|transfer|give)\b[^.;:]{0,80}?\bfor (?:their|its|his|her) (?:own )?(?:direct )?(?:marketing|advertising|promotional)\b/i,
  gloss: 'Says it gives no one your data for their own marketing',
  examples: {
    match: ['We do not give your data to other companies for their own marketing.'],
    noMatch: ['We share personal data with partners for their own marketing purposes.'],
  },
};

/** A denial the recipient rules' cue misses: "we do not permit ad networks to collect". */
export const PERMIT_DENIAL = /\b(?:do|does|will|shall)\s*(?:not|n't)\s+(?:permit|allow|authori[sz]e|let)\b/gi;

/** A passive denial: "is not shared", "will never be disclosed". */
export const PASSIVE_DENIAL = /\b(?:is|are|be|been|will|shall|would)\s+(?:not|never)\s+(?:be\s+)?(?:shared|disclosed|sold|rented|transferred|given|provided|made available|released|passed)\b|\bnever (?:be )?(?:shared|disclosed|sold|rented)\b/gi;

/** What "only" restricts that is not who gets the data: "transfer it only to countries …". */
export const NOT_A_RECIPIENT = /\b(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|abroad|regions?)\b/i;
/** Others as the subject just before a verb: "third parties do not share …". */
export const OTHERS_SUBJECT = /\b(?:they|third[- ]part(?:y|ies)|partners|providers|vendors|advertisers|companies|services|apps|sites|websites|platforms|businesses|organi[sz]ations)\b(?:\s+(?:\w+))?\s+(?:(?:will|do|does|may|shall|would|can|must)\s+)?(?:not\s+|never\s+|only\s+)?$/i;

/** After a denial of giving data to the authorities: the law is the exception ("unless Wire is
 *  obliged to do so under Swiss law"). */
export const LAW_EXCEPTION = /^[^.;]{0,40}?\b(?:unless|except)\b[^.;]{0,60}?\b(?:law|lawful|legal|court|required|compelled|obliged|obligated)\b/i;

/** The advertising purpose stated in an opening clause, before the recipient: "When we provide
 *  you with relevant advertising on other sites, we may share identifiers with third parties". */
export const AD_PURPOSE_BEFORE = /^\W*(?:when|where|to|in order to|for the purposes? of|if)\s+[^.;]{0,100}?\b(?:(?:targeted|relevant|personali[sz]ed|interest-based|tailored|behaviou?ral)\s+(?:advertising|ads|adverts)|(?:serve|serving|show|showing|deliver|delivering|display|displaying|provide you with|providing you with)\s+(?:\w+\s+){0,3}?(?:ads|adverts|advertis\w+))\b[^.;]{0,80},\s*we\b/i;

/** A promise opened by a hypothetical: "If an authority wishes to obtain your data, then ... we
 *  will only disclose it to the Authority where legally required" speaks of that case only. */
export const HYPOTHETICAL_OPENING = /^\W*(?:if|in the event|should)\b/i;

/** A mention inside a quoted section title: "described in the 'Sharing Information With Third
 *  Parties' section". A cross-reference, not a disclosure. */
export const QUOTED_TITLE_BEFORE = /["“‘][\w ,&-]{0,60}$/;
export const QUOTED_TITLE_AFTER = /^[\w ,&-]{0,40}["”’]\s*(?:(?:and|or)\s+[^.;]{0,80}?)?\b(?:sections?|headings?|chapters?)\b/i;

/** Data merged or acquired, not a company: "the IP address ... is not merged with other Google
 *  data", "information acquired from third party agencies". Read after a buyer mention. */
export const DATA_MERGED_AFTER = /^\s+(?:with|into)\s+(?:any\s+|other\s+|the\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:data|information|records|profiles?|details)\b/i;
export const DATA_ACQUIRED_AFTER = /^\s+(?:from|through|via)\b/i;

/** A product, not personal data, made available to the public: "each device before it's
 *  available to the public", "a cryptocurrency that is accessible to everyone". */
export const PRODUCT_AVAILABLE_BEFORE = /\b(?:devices?|products?|hardware|software|cryptocurrenc(?:y|ies)|currenc(?:y|ies)|goods|games?|versions?|releases?|models?)\b[^.;,]{0,30}?\b(?:(?:that|which)(?:\s+(?:is|are))?|(?:it|they)(?:['’]s|['’]re|\s+(?:is|are))?)\s+$/i;

/** Parties named as whom a disclosure protects ("to protect our organization, employees,
 *  contractors, users", "protect the rights and property of Acme, our affiliates, agents"): not
 *  recipients. The words before the mention, back to "protect", name no verb of giving. */
export const PROTECTED_PARTY = /\bprotect(?:s|ing)?\s+(?:(?:the\s+)?(?:[\w-]+,?\s+(?:and|or)\s+)?(?:rights|property|safety|security|interests)\s+of\s+)?(?:(?!(?:we|us|share|shares|disclose|discloses|provide|give|with|to|may|will|can|in|if|when|where|for|as|by|during|event|connection|case)\b)[\w’'.-]+,?\s+){0,14}$/i;

/** A sentence about giving data out that names no verb of giving: "may be subject to disclosure to
 *  the authorities". Read beside the facts' SHARE_CONTEXT. */
export const DISCLOSURE_CONTEXT = /\bsubject to (?:\w+ )?disclosure\b/i;

/** A definition: "'third party' means …", "the term 'share' refers to" ("by means of" is none). */
export const DEFINES = /(?<!\b(?:which|this|that|it|by)\s)\bmeans\b|\b(?:is defined as|are defined as|refers? to|the terms? ["'])/i;

/** Sharing the person directs: "if you choose to connect", "at your direction". It does not count
 *  (the guide), except for what the person makes public. */
export const YOU_DIRECT = /\b(?:if|when|whenever|where|once)\s+you(?:'ve|'re| have| are)?\s+(?:\w+\s+){0,2}?(?:choose|decide|ask|direct|instruct|authori[sz]e|request|connect|link|use|interact|click|opt|sign|log|enable|install|pay|participate|enter|submit|share|post|send|give|disclose|make)\w*\b|\bat your (?:direction|request|instruction)\b|\b(?:you|users?) (?:choose|decide|direct|instruct|ask|authori[sz]e|request)\w* (?:us )?to\b|\bwhen you tell us to\b/i;

/** "We reserve the right to disclose": the provider's own right, not the person's. */
export const PROVIDER_RIGHT = /\breserves? the right to\s*(?:[\w-]+\s+){0,3}$/i;

/** Before "from": a request, so what follows asks for the data ("a request from law enforcement"). */
export const REQUEST_FROM = /\b(?:requests?|demands?|orders?|subpoenas?|inquir(?:y|ies)|cooperation|process)\b[^.;]{0,30}$/i;

/** After a partner or third-party mention: it gets the data for advertising ("third-party
 *  partners that enable us to deliver targeted advertising"). */
export const AD_PURPOSE = /^[^.;]{0,110}?\b(?:(?:targeted|personali[sz]ed|interest-based|tailored|behaviou?ral)\s+(?:advertising|ads|adverts)|(?:serve|show|deliver|display|target|personali[sz]e|tailor|see|receive)\w*\s+(?:\w+\s+){0,3}?(?:ads|adverts|advertis\w+)|for (?:their own |its own )?(?:advertising|marketing) purposes)\b/i;

/** Before a mention: the person's own account with the party, not the party ("your third-party
 *  account"). */
export const NOT_A_PARTY = /\byour\s+(?:own\s+)?$/i;

/** After a mention: an account or log-in with the party, not the party ("Third Party Account
 *  Information", "third-party credentials"). */
export const ACCOUNT_WITH = /^[\s-]*(?:accounts?|account information|credentials|log-?ins?|sign-?ins?|ids?)\b/i;

/** The occasion wordings of share.authorities ("if we have to by law", "to comply with legal
 *  obligations"), which name no authority: read only after a verb of giving data out. */
export const LAW_OCCASION = /\blaw\b|\blegal\b|\bcomply\b/i;
/** Before a law phrase: the disclosure itself, named as a noun ("if we believe that such
 *  disclosure is required by law"). */
export const DISCLOSURE_NOUN = /\b(?:such|the|this|that|a|any) disclosures?\b/i;
/** Verbs that give data to someone, as opposed to "provide a service". */
export const SHARE_VERB = /^(?:shar|disclos|releas|transfer|giv|gave|provid|pass|report|send|sent|make|made|exchang|forward|transmit)/i;

/** After a bare "third party": a thing, not a party ("third-party channels", "Third Party Data",
 *  "third-party apps" the person connects). */
export const NOT_PARTY_NOUN = /^[\s-]*(?:channels?|platforms?|tools?|technolog(?:y|ies)|integrations?|plug-?ins?|widgets?|code|software|SDKs?|trackers?|pixels?|tags?|data|information|payment services?|content|products?|features?|sources?|apps?|applications?|materials?|offers?|programs?)\b/i;

/** Before "publicly available": the person posts it ("what you post or upload"). */
export const YOU_POST = /\byou (?:\w+ ){0,3}?(?:post|posts|posted|upload|uploaded|submit|submitted|share|shared|include|disclose|make)\b|^\s*your\b(?![^]*\b(?:collect|obtain|receiv|gather|scrap)\w*)/i;

/** Before what others may see: content that is public elsewhere and collected from there ("collects
 *  content from web pages that are freely available to anyone"), or what the person posts to
 *  someone else's site: not the provider making anything public. */
export const PUBLIC_ELSEWHERE = /\b(?:collect|obtain|gather|scrap|crawl|receiv)\w*\b[^.;:]{0,100}\b(?:that|which) (?:is|are|was|were) (?:\w+ )?$|\bto (?:a |any )?third[- ]party (?:\w+ )?(?:property|properties|sites?|websites?|services?|platforms?|networks?)\b/i;
/** After what others may see: on someone else's site ("what is visible to others on that
 *  third-party's property"). */
export const ON_THIRD_PARTY_SITE = /^[^.;:]{0,40}?\bon (?:that|the|a|their|those|any) third[- ]part(?:y|ies)(?:['’]s?)? (?:\w+ )?(?:property|properties|sites?|websites?|services?|platforms?|networks?)\b/i;

/** After a bare "third-party": a more specific kind of recipient, read by its own rule. */
export const MORE_SPECIFIC = /^[\s-]*(?:marketers|advertisers|advertising|ad (?:networks?|servers?|partners?|companies)|marketing|vendors?|services? providers?|(?:data )?processors?|sub-?processors?|(?:sub-?)?contractors?|suppliers?|partners?|analytics|data brokers?|payment processors?)\b/i;

/** Before a blanket denial: it is the goal of a step (checking who asks for data), not a sharing
 *  practice: "we ask for proof of identity to ensure your data is not provided to anyone other
 *  than you". */
export const PURPOSE_BEFORE = /\b(?:to (?:ensure|make sure|guarantee)|so that|in order to (?:ensure|make sure))\b[^.;:]{0,150}$/i;

/** A security incident: data reaching someone through an attack or breach is not a disclosure
 *  ("if personal information has been disclosed to unrelated third parties as a result of
 *  external activity, such as security attacks"). Mentions in such a sentence are no recipients. */
export const INCIDENT = /\b(?:has|have) been (?:compromised|disclosed to unrelated|accessed by unauthori[sz]ed)\b|\bas a result of (?:external activity|an? (?:data |security )?breach|unauthori[sz]ed)\b|\b(?:in the event of|following|in case of|if there is|if we (?:suffer|experience)) an? (?:data |security |personal data )?(?:breach|incident)\b/i;

/** A denial whose verbs only sell or rent ("we do not sell your information to third parties"):
 *  a no-sale promise, not a promise not to share. It answers for data brokers only (guide,
 *  Clarification 2). */
export const SELL_ONLY = /^(?=[^]*\b(?:sell|sold|rent|rented|trade)\b)(?![^]*\b(?:shar\w*|disclos\w*|giv\w*|transfer\w*|make|made|provid\w*|pass\w*|releas\w*|volunteer|prohibit\w*|permit|allow|let)\b)/i;

/** The person directs it, said of the sharing itself, even after a comma ("if you attend an
 *  event and direct us to share your information, we share it with the event's sponsors"). */
export const YOU_DIRECT_SHARING = /\b(?:you|and|or)\s+(?:\w+\s+)?(?:choose|decide|ask|direct|instruct|authori[sz]e|request)\w*\s+(?:us\s+)?to\s+(?:share|disclose|send|transfer|provide|give|pass)\b/i;

/** Before a verb of giving: a party bound by the provider ("service providers are not authorised
 *  to use or disclose your data except …"): what it may not do, not what the provider does. */
export const BOUND_PARTY = /\b(?:they|third[- ]part(?:y|ies)|partners|providers|vendors|contractors|processors|suppliers|agents|recipients)\s+(?:are|is)\s+(?:not\s+)?(?:authori[sz]ed|permitted|allowed|required|obligated|obliged|bound|prohibited from|restricted from)\s+(?:to\s+)?(?:\w+\s+(?:or|and)\s+)?$/i;

/** A way out of the sharing of personal data for targeted ads ("you may opt out of having your
 *  personal information shared for targeted advertising"): data is shared for ads, unless the
 *  policy denies it. */
export const AD_SHARING_OPT_OUT = /\bopt(?:[- ])?out of\b[^.;]{0,80}?\bshar(?:e|ed|ing)\b[^.;]{0,60}?\b(?:targeted|cross[- ]context(?:ual)? behaviou?ral|interest[- ]based|personali[sz]ed) (?:advertising|ads)\b/i;

/** In the sentence: the person consents to each sharing ("you are told what will be shared with
 *  the third party and you need to consent to it"): sharing the person directs. */
export const YOU_CONSENT_EACH = /\byou (?:need|have|must|will (?:need|have) to|are (?:asked|required)) (?:to )?(?:give (?:your )?(?:explicit )?)?(?:consent|approve|agree)\b/i;

/** After "publicly available": a kind of data or where it lies, so the data is taken in, not
 *  made public ("publicly available data", "publicly available on the internet", "public posts
 *  on social media"). */
export const PUBLIC_SOURCE_AFTER = /^\s+(?:(?:personal |user |profile )?(?:data|information|details|datasets?|sources?|records|texts?))\b|^[^.;:]{0,20}?\b(?:on|from|via) (?:the )?(?:internet|web)\b|^\s+online\b|^\s+on (?!our\b|this\b)(?:[\w-]+ ){0,2}?social (?:media|networks?)\b/i;
/** Before a mention of public data: the provider takes it in ("trained on", "the service uses
 *  public posts"), with no verb of giving out between. */
export const PUBLIC_INPUT_BEFORE = /\b(?:us(?:e|es|ed|ing)\s+(?:the\s+|such\s+)?$|(?:process(?:es|ed|ing)?|train(?:s|ed|ing)?|learn(?:s|ed)?|collect\w*|obtain\w*|gather\w*|scrap\w*|crawl\w*)\b(?![^.;:]*\b(?:shar\w*|disclos\w*|publish\w*|display\w*|show\w*|post\w*|make|made)\b)[^.;:]{0,80}$)/i;
/** A list of legal bases for processing ("information you have made public" is one ground under
 *  the GDPR and PIPL), or the definition of publicly available information ("lawfully made
 *  available to the general public"): not the provider making anything public. */
export const LEGAL_BASIS = /\b(?:legal|lawful) (?:bas[ie]s|grounds?)\b|\bPublic Information Basis\b|\blawfully made (?:public|available)\b|^\W*publicly available (?:information|data)\s*[:\u2013\u2014-]/i;

/** After a denial of giving data out: it is denied only for money ("we do not disclose personal
 *  information to third parties in exchange for monetary compensation"), a no-sale promise, not
 *  a promise not to share. */
export const FOR_MONEY = /^[^.;:]{0,80}?\b(?:in exchange for|for (?:monetary|financial|valuable) (?:compensation|consideration)|for (?:money|payment|profit)\b)/i;

/** After a mention: its rights or safety, in a possessive list ("to protect our or our
 *  affiliates', users' or third parties' rights"): a party protected, not a recipient. */
export const POSSESSOR_OF = /^['’]s?(?:,?\s+(?:(?:or|and)\s+)?(?:[\w-]+\s+)?[\w-]+['’]s?){0,4},?\s+(?:(?:legal|own)\s+)?(?:rights|safety|property|privacy|interests)\b/i;

/** After a verb of an exclusive clause: what is given is no data ("we may only provide notice
 *  if …", "we only provide services to …"). */
export const NOT_DATA_OBJECT = /^\s+(?:(?:you|users|them)\s+(?:with\s+)?)?(?:(?:a|an|the|such|this|prior|advance|written|our)\s+)?(?:notice|notices|notifications?|services?|support|features?|products?)\b/i;
