// Third Party Sharing/Collection: sharing itself (we share, it is shared, headings, refusals to
// sell), service providers and the limits on them, affiliates, advertisers and analytics firms,
// and others collecting on the provider's pages. Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { RECIPIENT, SHARE, SHARE_CHAIN } from '../../words.ts';

const LABEL = 'Third Party Sharing/Collection';

export const sharingRules: readonly Rule[] = [
  {
    id: 'third-party.we-share-with',
    label: LABEL,
    patterns: [
      `we (may|might|will|also|can|could|sometimes|only|do|occasionally|routinely)? (also|only)? ${SHARE} * (with|to) (our|the|its|these|those|such|certain|this|that|a|an)? (operational|trusted|selected|affiliated)? ${RECIPIENT}`,
      'we (may|might|will|also|can|could|only)? (also)? (disclose|share|transfer|sell|release) (your|personal|such|this|the|any|certain|that) (personal|personally identifiable|customer|account|identifiable)? (information|data|cpni)',
      `(share|shares|sharing|disclose|discloses|disclosing|transfer|sell|provide|provides|providing|rent) (it|them)? (with|to) (our|the|these|those|such|certain|select|other|any|trusted|some)? (operational|trusted|selected|affiliated)? ${RECIPIENT}`,
      '^ (to)? (share|disclose) (it|information|data)? with',
      '(need|needs|needed) to (disclose|share|release|provide|transfer) (the|your|such|this|any|personal|certain)? (information|data|it|records|details)',
      '(make|makes|made) * available to (certain|select|selected|other|our|any|these|trusted|such)? (third parties|third party|partners|advertisers|affiliates|companies|vendors|others|sponsors|service providers)',
      // The reason for disclosure stated first: "where needed, we share records to stop fraud".
      '(necessary|appropriate|required) to (share|disclose|release|provide|transfer) (any|such|certain|the|your|personal)? (information|data|it|records|details)',
      '(share|shares|sharing|disclose|discloses|sell|sells|rent|transfer|provide|release) (your|this|such|the|that|any|all|certain|some)? .? .? (information|data|details|records|address|addresses) (with|to) (our|the|a|any|third|other|these|those|certain|select|selected|trusted|outside|unaffiliated|affiliated|companies|advertisers|partners|vendors|service|affiliates|law|government|third party|third parties|others)',
      'we (may|might|will|also|can)? (also)? (sell|rent|share|disclose|transfer|trade) (or|and) (share|sell|rent|disclose|transfer|otherwise)',
      'we (and|along with|together with) (our|certain|select)? (third parties|third party|partners|advertisers|service providers|vendors|affiliates|business partners|advertising partners)',
      '(forward|forwards) (your|the|this|such)? .? (quote|information|data|request|details|application|order)',
      '(may|will|can|might|also|we) (also)? (disclose|share) (your|the|such|this|certain|any|that|information|data|aggregate|aggregated|personal|personally|non|anonymous)',
      '(forward|forwards|forwarded|pass|passed) (the|your|this|such)? (information|data|it|along)? (on)? (to|with) (the|a|our|third|these|them|that|other)',
      // Forwarding what you gave us always has an outside recipient: "we forward your order number to the maker".
      '(we|will|may|can|might) (also)? (forward|forwards) (your|the|this|such|any) * to',
      // Renting or swapping a customer list: "we may rent or exchange subscriber names and addresses".
      '(exchange|rent|sell|trade|lease|swap) (or|and)? (exchange|rent|sell|trade|share|lease|swap)? (your|customer|subscriber|member|our)? (name|names|mailing address|postal address|email address|mailing list|mailing lists|contact information|contact details)',
      // A long object between verb and recipient: "we may share CVs and any contact details sent in by applicants with group companies".
      'we (may|might|will|also|can|could|sometimes|only|do|occasionally)? (also)? (share|disclose|sell|rent) * * with (other|third|our|any|certain|select|selected|outside|unaffiliated|these|those|such|trusted|companies|partners|advertisers|affiliates|vendors|service|businesses|organizations)',
      // The provider passing data on to a social network you connected ("your social network" is your own audience).
      '(share|shares|sharing|publish|provide|disclose|transmit|send) * (with|to) (that|the|a|any|such|those|these) (social network|social networks|social networking site|social networking sites|social networking service|social networking services|social media site|social media sites|social media platform)',
      // Sharing claimed as a right: "the publisher reserves a right to assign and sell reader lists".
      '(reserve|reserves) (the|our|its)? right to * (share|sell|disclose|transfer|rent|release|assign)',
      // "we disclose customer data relating to a promotion with the sponsor"
      '(share|shares|sharing|disclose|discloses|disclosing) (user|customer|member|subscriber|account|such|this|that|your|the|certain|some|any)? (personal)? (information|data) (related|relating|about|regarding)? * with !us',
      `(share|shares|shared|sharing|disclose|discloses|disclosed|disclosure of|transfer|transferred|sell|sold|rent|trade|provide|provided|release|released) (your|this|such|the|that|any|personal|certain|aggregate|aggregated|de identified|anonymous|anonymized|customer|some|all|non personal|personally|limited)? (personal|personally identifiable|identifiable|non personal|customer|contact|account|usage|demographic|location)? (information|data|info|details|cpni|records|it|them) (with|to) (our|a|any|other|third|these|those|certain|trusted|select|selected|such|outside|unaffiliated|non|companies|advertisers|partners|vendors|service|affiliates|law|government|the|third party|third parties|others)`,
    ],
    gloss: 'Says the provider shares or discloses your information with other companies',
    examples: {
      match: [
        'We share Personal Data with those vendors and partners when it is necessary for them to perform work on our behalf.',
        'We may share your Personally Identifiable Information with unaffiliated third parties only to the extent that is necessary.',
        'When you ask for a test drive we pass your name and phone number to the dealer you picked.',
        'Where we think it is necessary to release records to stop a fraud, we will do so.',
        'Should we need to share records to pursue someone who harms our members, we may.',
        'We make shipping addresses available to selected partners that deliver the goods.',
        'The club reserves the right to use, assign and sell mailing lists of its members.',
        'We may share CVs and any contact details sent in by job applicants with other group businesses.',
        'Once linked, we send the scores you post to the social network you picked.',
        'If your order includes a warranty, we forward your serial number and postcode to the maker.',
        'Print readers should know that we may rent or exchange subscriber names with other publishers.',
        'Orders are packed in our warehouse and we provide them to trusted couriers.', 'To share data with a partner, we first sign a contract with it.',
        'We may sell or share mailing addresses with other retailers.', 'We and our advertising partners read cookies on this site.',
        'When you ask for a loan we forward your application to the lender.', 'We passed the information on to the courier so it could deliver your parcel.',
      ],
      noMatch: ['We collect information you provide to us directly.'],
    },
  },
  {
    id: 'third-party.shared-passive',
    label: LABEL,
    patterns: [
      '(information|data) (required|requested) by (law|court|government)',
      '(may|will|can|might|could) (also)? be (shared|disclosed|sold|rented|provided|made available|given|passed) (with|to)',
      '(information|data|cpni) (is|are|may be|will be|might be|can be|could be|being) (also)? (shared|disclosed|transferred|sold|rented|provided|released|made available|passed|transmitted|sent|given) (with|to|among|between)',
      '(shared|disclosed|transferred|provided|made available|sold|rented) (to|with) (third parties|third party|our affiliates|affiliates|service providers|vendors|advertisers|partners|our partners|other companies|others|outside|unaffiliated)',
      // Words between the verb and the recipient: "may be disclosed internally and to third parties".
      '(be|is|are|been) (shared|disclosed|transferred|sold|rented|provided|made available|released|transmitted|passed) * (to|with) (third parties|a third party|any third party|unaffiliated|outside|other companies|our partners|our affiliates|advertisers|service providers)',
    ],
    gloss: 'Says your information is passed on to others, in the passive voice',
    examples: {
      match: [
        'Anonymized Data may also be shared with third parties for a variety of purposes.',
        'Reading history may be disclosed inside our group and to advertisers that sponsor a newsletter.',
        'We hand over information required by law when a court asks for it.', 'Your booking data is sent to the hotel you chose.',
      ],
      noMatch: ['Anonymized Data is stored on our servers.'],
    },
  },
  {
    id: 'third-party.sharing-heading',
    label: LABEL,
    patterns: [
      '^ .? (sharing|disclosure|disclosures|transfer|sale) (of)? (your)? (personal|customer)? (information|data|info)? (with|to)? (third parties|others|third party)? $',
      '^ .? (how|when|with whom|who) (we|do we|does . ) (may)? (share|shares|disclose|discloses) (your)? (personal|customer)? (information|data|info)? (with)? $',
      '^ .? (information|data|personal data|personal information) (we|that we) (may)? (share|disclose|must disclose) $',
      '^ .? (information|data) we (use|collect) (or|and) (share|disclose) $',
      '^ .? (information|data) (shared|disclosed) (outside|within) (of)?',
      '^ .? (disclosure|sharing) of (your)? (personal)? (information|data)',
      '^ .? (sharing restrictions|special exceptions|outside parties and vendors|law enforcement and legal requests|disclosure to advertisers|service providers|third party service providers|affiliates|business transfers|legal requirements|legal process|corporate transactions)$',
    ],
    gloss: 'A heading that announces a section about sharing with others',
    examples: {
      match: [
        'Personal Data We Share', 'Sharing Restrictions', 'Who We May Share Your Information With', 'Sharing of Your Information with Third Parties',
        'Data We Use and Disclose', 'Information Shared Outside of Our Company', 'Disclosure of Personal Data to Partners',
      ],
      noMatch: ['Information We Collect'],
    },
  },
  {
    id: 'third-party.we-do-not-sell',
    label: LABEL,
    // A refusal to share is filed under sharing in OPP-115 even when the sentence is otherwise about
    // the provider's own use ("used only for recruiting and never shared"): it must carry alone.
    prior: 4,
    patterns: [
      `(do not|does not|will not|never|nor|shall not) (sell|sells|rent|rents|lease|trade|trades|share|shares|disclose|discloses|transfer|release|exchange|distribute|license) ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? (your|any|personal|the|this|such|customer|information|data|it|them|cpni|these|those|our|email|e mail|names|lists|individual|identifiable|that|non public|nonpublic|subscriber|member|user)`,
      '(information|data|it|cpni|lists|addresses) (will not|do not|does not|is not|are not|will never|is never) (be)? (sold|rented|shared|disclosed|traded|leased|given|transferred|released|made available)',
      '(is|are|be|was|were) (not|never) (shared|sold|rented|disclosed|traded|transferred|given)',
      '(not|never) (to)? (sell|rent|disclose|share) (your|any|personal|customer|the|this|such)? (personal|customer|identifiable)? (information|data|cpni)',
      // The recipient before the data: "we never rent or give to any outside firm the details ...".
      `(do not|does not|will not|never|shall not) (sell|rent|trade|share|disclose|transfer|release|give|provide) ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? ${SHARE_CHAIN}? (it|them)? (to|with) (any|anyone|third|outside|other|unaffiliated|non)`,
      // "... will not be passed on to any other organisation": the modal comes before the negation.
      '(will|would|shall|can|may|must) (not|never) be (shared|sold|rented|disclosed|passed|transferred|given|provided|released|traded|distributed|made available|forwarded) (on)? (with|to|outside)',
      // "we never knowingly use or share", "will not collect or sell": the refusal names a use first.
      '(not|never) (knowingly|intentionally)? (use|collect) .? (or|and|nor) (sell|share|disclose|rent|transfer|release)',
    ],
    gloss: 'Promises not to sell, rent or share your information',
    examples: {
      match: [
        'We do not sell or share customer information with anyone outside of our direct or affiliate organization.',
        'We will not sell, exchange, rent, lease or otherwise disclose your Personal Information to third-party marketers.',
        'We specifically do not sell any Personally Identifiable Information including customer lists to any third party.',
        'Addresses typed into the send-to-a-friend tool will not be passed on to any other company.',
        'We will never knowingly use or share details about a child under 13.', 'We will not share, swap or authorize any outside company to use your phone number.',
        'We never sell, rent or otherwise disclose to any outside firm the answers you give in surveys.', 'Email addresses will not be rented to other companies.',
        'Member lists are never sold to marketers.', 'We promise never to sell your personal information.',
      ],
      noMatch: ['We do not collect information from children.'],
    },
  },
  {
    id: 'third-party.service-providers',
    label: LABEL,
    patterns: [
      '(service providers|service provider|vendors|vendor|contractors|suppliers|processors|subcontractors|agents|consultants|outside companies|third parties) (who|that|which) (perform|performs|provide|provides|help|helps|assist|assists|work|act|process|support|host|handle|operate)',
      '(perform|performs|performing|provide|provides) (services|functions|work|tasks) (for us|for them|on our behalf|on behalf of|for our|in connection)',
      'on (our|its|his|their|the company|the companys|. s) behalf',
      '(use|uses|engage|engages|rely on|relies on) (vendors|service providers|contractors|subcontractors|agents|outside vendors|third party vendors|third party service providers)',
      '(use|uses|engage|engages|employ|employs|hire|hires|retain|retains|rely on|contract with|work with|partner with) (a|an|certain|other|outside|trusted)? (third party|third parties|companies|vendors|service|outside)? (third party|third parties|service providers|vendors|companies|contractors|partners|agents|processors) (to|who|that|for|in) (help|provide|process|perform|assist|host|operate|deliver|support|manage|conduct|analyze|send|fulfill|administer)',
      '(payment|credit card|order fulfillment|fulfillment|shipping|delivery|hosting|email|e mail|mailing|data storage|customer service|analytics|marketing) (processors|processor|vendors|vendor|companies|company|providers|provider|services companies|service providers|partners|agencies)',
    ],
    gloss: 'Says service providers or vendors handle your data for the provider',
    examples: {
      match: [
        'This includes sharing information with any service providers or vendors who perform functions or provide services on our behalf.',
        'We use a third-party vendors to provide conferencing services and other communication services.', 'We engage service providers to host our website.',
        'Our payment processors see your card number when you pay.',
      ],
      noMatch: ['We provide services to business customers.', 'A small fee covers the paper and postage we use to fulfill orders for copies.'],
    },
  },
  {
    id: 'third-party.restrictions-on-recipients',
    label: LABEL,
    patterns: [
      '(require|requires|required|prohibit|prohibits|prohibited|contractually|obligated|bound|permit|permits|allow|allows|authorize|authorized|restrict|restricts|restricted|limit|limits) (these|such|those|the|them|our|all)? (third parties|parties|vendors|service providers|companies|partners|contractors|agents|them|recipients) (to|from|are|is)? (use|using|maintain|protect|keep|disclose|disclosing|only|not)?',
      '(agents|contractors|vendors|service providers|third parties|partners|processors|companies) .? .? .? (are|will be) (required|obligated|contractually|bound|prohibited|not permitted|not allowed)',
      '(these|such|those|our) (service providers|vendors|third parties|companies|partners|contractors|agents) (are|is|will be|have been) (prohibited|required|obligated|not permitted|not allowed|contractually|bound|restricted|not authorized)',
      '(require|requires) that (these|such|our|all|the|any)? (vendors|third parties|service providers|partners|companies|contractors|parties)',
      // Outside parties described by their access: "contractors who are given access to member records must ...".
      '(agents|contractors|vendors|service providers|third parties|partners|processors|subcontractors) * (have|has|with|given|granted|get) access to (personal|personally|your|such|this|the|customer|member|subscriber|user)',
      '(let|allow|permit|permits|allows|authorize) (our|these|such|third party|other|certain)? (advertisers|partners|third parties|affiliates|sponsors|companies|ad networks|vendors) (to)? (send|contact|use|collect|place|serve|access|set)',
      '(for|to) (their|its) own (marketing|purposes|promotional|commercial|direct marketing)',
      '(only|solely) (for|to) (the purpose|purposes) of (providing|performing|fulfilling)',
    ],
    gloss: 'Says what others who receive your data may and may not do with it',
    examples: {
      match: [
        'We require these parties to maintain at least the same level of confidentiality we maintain ourselves.',
        'Fusion does not permit its vendors and partners to use Personal Data for their own marketing purposes.',
        'Contractors who are granted access to member records must keep them confidential.', 'Our vendors are required to keep your details private.',
        'These contractors are prohibited from using your data for their own ends.', 'We require that our partners protect the data we give them.',
        'We allow certain advertisers to place cookies on our pages.', 'Couriers get your address only for the purpose of fulfilling your order.',
      ],
      noMatch: ['We require you to provide a valid email address.'],
    },
  },
  {
    id: 'third-party.affiliates',
    label: LABEL,
    prior: 1.5,
    patterns: [
      '(affiliates|affiliated companies|subsidiaries|parent company|corporate parents|sister companies|family of companies|group companies|corporate family|related companies|affiliated entities|our corporate affiliates)',
      'within (the|our)? (family|group|corporate family)',
    ],
    gloss: 'Mentions the provider’s affiliates or sister companies receiving data',
    examples: {
      match: [
        'Fusion shares Personal Data with other group companies for a variety of Business Purposes.', 'We may share your profile within our family of brands.',
      ],
      noMatch: ['We are affiliated with no political party.'],
    },
  },
  {
    id: 'third-party.advertisers-networks',
    label: LABEL,
    patterns: [
      '(ad|advertising|advertisement) (networks|network|servers|server|serving|companies|company|partners|partner|providers|vendors|technology)',
      '(third party|third parties|outside|other) (advertisers|advertiser|advertising|ad|ads)',
      '(advertisers|advertising partners|ad networks|sponsors) (may|might|will|use|can|also|to|that|who|and)',
      'serve (ads|advertisements|advertising) (on|to|based|that|across)',
    ],
    gloss: 'Says advertisers or ad networks get data or track you to show ads',
    examples: {
      match: [
        'Third-party ad servers may serve advertisements on our site.', 'Advertisers may use cookies to learn which ads you click.',
      ],
      noMatch: ['We do not show advertising in our conferencing product.'],
    },
  },
  {
    id: 'third-party.third-party-collection',
    label: LABEL,
    patterns: [
      '(third party|third parties|these companies|these third parties|other companies|they|partners|vendors|advertisers|providers) (may|might|will|can|also|use|uses)? (also|may)? (use|place|set|collect|access|read|serve|recognize|receive|track|gather|obtain|deploy|log) (their own|these|such|similar|other)? (cookies|cookie|web beacons|pixel tags|clear gifs|tracking|information|data|non personally|anonymous|personal|technologies|similar|other technologies|your)',
      '(third party|third parties|their own|their) (cookies|web beacons|pixel tags|tracking technologies|tracking tools|tags|pixels|scripts|code)',
      '(cookies|technology|technologies|tracking|tools) by (these|such|the)? (third parties|advertisers|companies|partners)',
      '(collected|gathered|placed|set|used) by (third parties|third party|these third parties|these companies|our partners|our advertisers|advertisers|the third party|such third parties|them|other companies)',
      '(third party|third parties) (tools|tool|software|technology|technologies|contractor|contractors|plug ins|plugins|pixels|tags) (such as|that|which|to|will|may|like)',
      '(collected|gathered|placed|set|served|used|operated) by (google|facebook|doubleclick|adobe|twitter|microsoft|yahoo|amazon)',
      '(served|delivered|provided|hosted|operated|powered) by (third party|third parties|outside|other) (companies|advertisers|advertising companies|ad servers|ad networks|vendors|service providers|providers)?',
      '(allow|allows|permit|permits|let|lets) (other|third|outside|advertising) (parties|party|companies) (to)? (collect|place|use|track|set|access)',
      // Tracking by others named as something the site allows or refuses: "we do not permit third-party behavioural tracking".
      '(allow|allows|permit|permits|authorize|authorizes) (any)? (third party|third parties|outside|advertising|ad network) (behavioral|behavioural|cross site|cross site behavioral)? tracking',
      '(syndicated|distributed|licensed) to (third party|third parties|other|partner|partners|our partners)',
      // Trackers named by whose they are: "cookies from our advertising partners".
      '(cookies|cookie|web beacons|beacons|pixel tags|pixels|tags|tracking technologies|technologies|those) (from|of|set by|placed by|served by|provided by|belonging to) (third parties|third party|our partners|advertisers|our advertisers|other companies|these companies|ad networks|advertising partners|our advertising partners|other websites|other sites)',
      '(send|sends|sent|transmit|transmits|pass|passes) (it|them|information|data|this information|that information) (back)? to (third parties|third party|these companies|advertisers|our partners|the advertiser|the third party)',
      '(third party|third parties|these companies|these third parties|other companies|partners|vendors|advertisers|providers|service provider|service providers|contractors) (we engage|we use|we work with)? (may|might|will|can|also)? (also)? (independently)? (collect|collects|record|records|track|tracks|receive|receives|gather|gathers|obtain|obtains|log|logs)',
      // One named outside party on the receiving end: "the partner will receive the information you enter".
      '(the|that|this|each|a|our|such) (partner|advertiser|sponsor|co sponsor|merchant|dealer|third party|marketer) (will|may|might|would|then|also|can)? (also)? (receive|receives|have access to|has access to|obtain|obtains|get|gets) (your|the|any|all|such|certain|some|personal|information|data|access)',
    ],
    gloss: 'Says other companies collect data on the site themselves (their cookies or trackers)',
    examples: {
      match: [
        'The use of cookies and other technology by these third parties is within their control and not ours.',
        'We also may use other third-party cookies to track performance of our advertisements.',
        'Our video player sets cookies, including those of advertising partners, when a clip starts.',
        'If you enter a prize draw, the sponsor will receive your name and postcode.', 'Banner ads on the forum are served by third party ad servers.',
        'Our shop pages never permit third-party behavioural tracking.', 'Partners may place their own cookies on your browser.',
        'Some cookies on this site are set by third parties.', 'We embed third party plugins that may read your cookies.', 'Some cookies on our pages are set by Google.',
        'We allow third parties to collect data about your visits.', 'Articles you write may be syndicated to partner sites.',
        'The widget sends this information to the advertiser.', 'Advertisers we work with may collect data about the ads you see.',
      ],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'third-party.analytics-providers',
    label: LABEL,
    prior: 2,
    patterns: [
      '(google analytics|adobe analytics|omniture|comscore|nielsen|quantcast|doubleclick|google adsense|adsense|webtrends|chartbeat|hotjar|mixpanel|crazy egg|kissmetrics|coremetrics|hitwise|scorecard research|mediamind|atlas|criteo|rubicon)',
      '(analytics|measurement|web analytics|traffic measurement|audience measurement) (providers|provider|companies|company|services|service|partners|vendors|firms)',
      'engage (with)? third parties to (track|analyze|measure)',
    ],
    gloss: 'Names analytics or measurement firms that receive data about your visits',
    examples: {
      match: [
        'We also reserve the right to engage with third parties to track and analyze usage and volume statistical information.',
        'We use Google Analytics to count visits to our pages.', 'Our analytics providers receive the pages you view.',
      ],
      noMatch: ['We analyze usage to improve the site.'],
    },
  },
];
