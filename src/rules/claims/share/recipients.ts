// Who gets the data: which answer of the share question each recipient rule speaks for (the
// recipient rules are in ../../facts/recipients.ts), and the recipients those rules miss.
// Re-exported by ./index.ts.
import type { ShareItem } from '../items.ts';
import type { KindRule } from '../../facts/types.ts';

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
