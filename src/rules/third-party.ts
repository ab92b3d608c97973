// Rules for "Third Party Sharing/Collection". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Data given to, shared with, sold to or collected by others (affiliates, vendors, advertisers,
// analytics firms, law enforcement, buyers in a merger), and promises *not* to sell or share.
// Links to other sites with their own policies are Practice not covered (other.ts), not sharing.
import type { Rule } from './types.ts';

const LABEL = 'Third Party Sharing/Collection';

const SHARE = '(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|transfer|transfers|transferred|provide|provides|provided|release|releases|released|sell|sells|sold|rent|rents|rented|trade|trades|traded|lease|give|gives|make available|made available|exchange|exchanged|furnish|report|reveal|pass|passed|transmit|transmitted|send|sent)';
// Further verbs in a list of refusals: "sell, exchange, rent, lease or otherwise disclose".
const CHAIN = '(sell|rent|lease|trade|share|disclose|transfer|release|exchange|distribute|license|give|provide|otherwise|or|and|make|available|loan|publish|swap|barter|authorize|allow|permit)';
const WHO = '(vendor|service provider|partner|third parties|third party|others|other companies|outside parties|unaffiliated|non affiliated|nonaffiliated|affiliates|affiliated|subsidiaries|parent company|partners|business partners|service providers|vendors|contractors|agents|advertisers|sponsors|marketers|law enforcement|government|authorities|any company|companies|anyone|any person|any other|outside|external|selected|carefully selected|trusted|advertiser|sponsor|dealer|dealers|merchants|retailers|marketer|organizations|other organizations|other businesses|businesses|people|entities)';

export const thirdPartyRules: readonly Rule[] = [
  {
    id: 'third-party.we-share-with',
    label: LABEL,
    patterns: [
      `we (may|might|will|also|can|could|sometimes|only|do|occasionally|routinely)? (also|only)? ${SHARE} * (with|to) (our|the|its|these|those|such|certain|this|that|a|an)? (operational|trusted|selected|affiliated)? ${WHO}`,
      'we (may|might|will|also|can|could|only)? (also)? (disclose|share|transfer|sell|release) (your|personal|such|this|the|any|certain|that) (personal|personally identifiable|customer|account|identifiable)? (information|data|cpni)',
      `(share|shares|sharing|disclose|discloses|disclosing|transfer|sell|provide|provides|providing|rent) (it|them)? (with|to) (our|the|these|those|such|certain|select|other|any|trusted|some)? (operational|trusted|selected|affiliated)? ${WHO}`,
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
      match: ['Anonymized Data may also be shared with third parties for a variety of purposes.', 'Reading history may be disclosed inside our group and to advertisers that sponsor a newsletter.'],
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
      match: ['Personal Data We Share', 'Sharing Restrictions', 'Who We May Share Your Information With'],
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
      `(do not|does not|will not|never|nor|shall not) (sell|sells|rent|rents|lease|trade|trades|share|shares|disclose|discloses|transfer|release|exchange|distribute|license) ${CHAIN}? ${CHAIN}? ${CHAIN}? ${CHAIN}? ${CHAIN}? ${CHAIN}? (your|any|personal|the|this|such|customer|information|data|it|them|cpni|these|those|our|email|e mail|names|lists|individual|identifiable|that|non public|nonpublic|subscriber|member|user)`,
      '(information|data|it|cpni|lists|addresses) (will not|do not|does not|is not|are not|will never|is never) (be)? (sold|rented|shared|disclosed|traded|leased|given|transferred|released|made available)',
      '(is|are|be|was|were) (not|never) (shared|sold|rented|disclosed|traded|transferred|given)',
      '(not|never) (to)? (sell|rent|disclose|share) (your|any|personal|customer|the|this|such)? (personal|customer|identifiable)? (information|data|cpni)',
      // The recipient before the data: "we never rent or give to any outside firm the details ...".
      `(do not|does not|will not|never|shall not) (sell|rent|trade|share|disclose|transfer|release|give|provide) ${CHAIN}? ${CHAIN}? ${CHAIN}? ${CHAIN}? ${CHAIN}? (it|them)? (to|with) (any|anyone|third|outside|other|unaffiliated|non)`,
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
        'We will never knowingly use or share details about a child under 13.',
        'We will not share, swap or authorize any outside company to use your phone number.',
        'We never sell, rent or otherwise disclose to any outside firm the answers you give in surveys.',
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
        'We use a third-party vendors to provide conferencing services and other communication services.',
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
        'Contractors who are granted access to member records must keep them confidential.',
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
      match: ['Fusion shares Personal Data with other group companies for a variety of Business Purposes.'],
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
      match: ['Third-party ad servers may serve advertisements on our site.'],
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
        'If you enter a prize draw, the sponsor will receive your name and postcode.',
        'Banner ads on the forum are served by third party ad servers.',
        'Our shop pages never permit third-party behavioural tracking.',
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
      match: ['We also reserve the right to engage with third parties to track and analyze usage and volume statistical information.'],
      noMatch: ['We analyze usage to improve the site.'],
    },
  },
  {
    id: 'third-party.legal-process',
    label: LABEL,
    patterns: [
      // "warrant" only as the court's document: "we do not warrant that the site is safe" is a disclaimer.
      '(a|valid|search|any|lawful|court|arrest) (warrant|warrants)',
      '(subpoena|subpoenas|court order|court orders|search warrant|legal process|judicial proceeding|judicial proceedings|legal proceedings|discovery requests|legal requests|lawful requests|government requests|civil investigative demand|national security letter|wiretap)',
    ],
    gloss: 'Says data may be handed over in answer to subpoenas, warrants or court orders',
    examples: {
      match: ['We can also disclose your CPNI for legal or regulatory reasons, including in response to subpoenas, court orders and the like.'],
      noMatch: ['We follow accessibility guidelines on all our web pages.'],
    },
  },
  {
    id: 'third-party.law-enforcement',
    label: LABEL,
    patterns: [
      '(law enforcement|government|governmental|regulatory|public) (agencies|agency|officials|authorities|authority|personnel|bodies|requests|request)',
      '(law enforcement|police|regulators|auditors|public authorities|government authorities)',
    ],
    gloss: 'Says data may go to the police, regulators or other authorities',
    examples: {
      match: ['We may receive legal requests for customer information from government and law enforcement personnel.', 'To share with outside auditors and regulators.'],
      noMatch: ['Our government relations team publishes an annual report.'],
    },
  },
  {
    id: 'third-party.required-by-law',
    label: LABEL,
    patterns: [
      '(disclose|disclosure|release|provide|share|reveal) * (required|compelled|requested|permitted|authorized) (to do so)? by (law|a court|court|applicable law|statute|regulation|government|legal)',
      '(comply|complying|compliance) with (a|any|the|applicable|all applicable)? (law|laws|legal|court|subpoena|valid|lawful|judicial|governmental|regulatory|legal obligations)',
      '(good faith belief|believe in good faith|good faith) (that)? (such)? (disclosure|action|it) (is)? (necessary|reasonably necessary|required)',
      '(law|laws|court|regulation|regulations) (requires|require|required|compels|permits) (such|the|this|that|a)? (disclosure|us to disclose|us to share|us to release|us to provide)',
    ],
    gloss: 'Says data may be disclosed when the law requires it or in good faith to obey it',
    examples: {
      match: ['We reserve the right to disclose Personally Identifiable Information if we have a good faith belief it is necessary to: (1) comply with the law;', 'Only where a statute or court requires such disclosure will we hand over chat logs.'],
      noMatch: ['We retain records as long as required by law.'],
    },
  },
  {
    id: 'third-party.protect-rights',
    label: LABEL,
    patterns: [
      '(protect|defend|enforce) (and defend|or defend|and enforce)? (the|our|its)? .? (legal)? (rights|property) (or|and|of)',
      '(protect|defend|enforce) (our|its) (legal)? rights',
    ],
    gloss: 'Says data may be disclosed to protect rights, property or safety',
    examples: {
      match: ['To protect Fusion rights or property, or the safety of our Customers or employees.', 'when needed to enforce our rights, members, or the club rules'],
      noMatch: ['We respect your rights under this policy.'],
    },
  },
  {
    id: 'third-party.business-transfer',
    label: LABEL,
    patterns: [
      '(merger|mergers|acquisition|acquisitions|acquired|merged|reorganization|restructuring|divestiture|bankruptcy|insolvency|receivership|change of control|change in control|consolidation|joint venture|business transition|corporate transaction|business transfer|business transfers)',
      '(sale|sell|sells|transfer|transfers) of (all|substantially all|part|some|any|a portion|our|the|its) (or)? (of)? (our|its|the)? (business|assets|company|stock|shares|equity|business operations)',
      // A buyer of the business, not a customer who buys from it ("our visitors and purchasers").
      '(successor|successors|acquirer|acquiring|new owner|new owners) (entity|company|in interest|organization)?',
      '(buyer|buyers|purchaser|purchasers) (of|in) (the|our|a|all|its|any|such|that)? (business|company|assets|stock|shares|entity|site|division)',
      '(prospective|potential|eventual) (buyer|buyers|purchaser|purchasers)',
      // The company's own name between "sale of" and "assets": "a sale of all Acme Widgets assets".
      '(sale|sell|sells|sold|transfer) (of)? (some|all|substantially all|part|any) (or all)? (of)? * (assets|business assets)',
      '(business|company|corporate) assets (that are|which are|to be|may be)? (transferred|sold|acquired|assigned)',
    ],
    gloss: 'Says data may pass to a buyer if the company is sold or merged',
    examples: {
      match: [
        'We may disclose Personally Identifiable Information as part of any merger, acquisition or sale of company assets.',
        'We may also transfer Personally Identifiable Information as a part of a sale or transfer of our business operations.',
        'Should there be a sale of all Riverside Gazette assets, subscriber records would go with them.',
      ],
      noMatch: ['We sell conferencing services to businesses.', 'Short polls help us learn what our visitors and purchasers want.'],
    },
  },
  {
    id: 'third-party.aggregate-shared',
    label: LABEL,
    patterns: [
      '(aggregate|aggregated|anonymous|anonymized|anonymised|de identified|deidentified|non personally identifiable|non identifiable|non personal|statistical|demographic) (information|data|statistics|form|basis|usage) * (with|to) (third parties|third party|our partners|partners|advertisers|sponsors|others|other companies|affiliates|vendors|the public|business partners|interested)',
      '(share|shares|sharing|disclose|provide|sell|publish|license|release) (aggregate|aggregated|anonymous|anonymized|de identified|non personally identifiable|non personal|statistical|demographic|summary)',
      'in (an)? (aggregate|aggregated|anonymous|de identified) (form|basis|manner)',
    ],
    gloss: 'Says aggregate or de-identified data is shared with others',
    examples: {
      match: ['We may share Anonymized Data with vendors that help us customize the advertising and marketing messages you receive.'],
      noMatch: ['Aggregate and de-identified information does not identify individual customers.'],
    },
  },
  {
    id: 'third-party.social-networks',
    label: LABEL,
    patterns: [
      // Logging in through a social network is the provider's own collection (first-party.ts).
      '(social media|social network|social networking|social networks) (features|feature|plugins|plug ins|widgets|buttons)',
      '(facebook|twitter|linkedin|pinterest|google) (like|share|tweet|plus one|1) (button|buttons|plugin|plugins|widget|widgets)',
      '(like|share|tweet|follow) (button|buttons|features|widgets)',
    ],
    gloss: 'Says social networks or their buttons get data about you',
    examples: {
      match: ['Some pages carry a Facebook Like button that lets you recommend an article to friends.'],
      noMatch: ['Follow the instructions below to unsubscribe.'],
    },
  },
  {
    id: 'third-party.marketing-partners',
    label: LABEL,
    prior: 1.5,
    patterns: [
      '(marketing|business|promotional|co branded|cobranded|joint marketing|strategic|carefully selected|select|selected|trusted|reputable) (partners|partner|companies|organizations|third parties|marketers)',
      '(co branded|co sponsored|co sponsor|cosponsored|sponsored) (promotions|promotion|offers|contests|services|sites|pages|events)',
      '(contest|sweepstakes|promotion) (sponsors|sponsor|partners|co sponsors)',
      '(mailing|marketing|customer|subscriber) (list|lists) (to|with) (other|third|carefully|select|outside|reputable)',
    ],
    gloss: 'Says data goes to marketing or business partners, or their offers reach you through the provider',
    examples: {
      match: ['We may share your information with carefully selected companies whose offers may interest you.'],
      noMatch: ['We offer business phone service.'],
    },
  },
  {
    id: 'third-party.payment-credit',
    label: LABEL,
    patterns: [
      '(credit reporting|credit bureaus|credit bureau|consumer reporting|collection agencies|collection agency|debt collectors|collections agency|fraud prevention agencies)',
      '(payment|credit card) gateway',
    ],
    gloss: 'Says data goes to credit bureaus, collection agencies or payment processors',
    examples: {
      match: ['Collect any past due amounts, including reporting any such amounts to one or more credit reporting agencies.'],
      noMatch: ['We accept payment by credit card.'],
    },
  },
  // Apart from payment-credit: the seeds pull that rule down on credit bureaus the provider
  // collects from, while a named payment service is always an outside party handling your data.
  {
    id: 'third-party.payment-processors',
    label: LABEL,
    patterns: [
      '(payment|credit card) (processors|processor|processing companies|processing company|networks|issuers|companies)',
      '(paypal|stripe|braintree|recurly|authorize net|amazon payments|google wallet|apple pay|google checkout)',
      '(unaffiliated|third party|outside|external) (payment|billing) (service|services|provider|providers|company|companies)',
    ],
    gloss: 'Says a payment processor or payment service such as PayPal handles your payment details',
    examples: {
      match: ['Card payments go through Stripe, which sees your card number and billing address.'],
      noMatch: ['We accept payment by credit card.'],
    },
  },
  {
    id: 'third-party.emergency-services',
    label: LABEL,
    patterns: [
      '(public safety answering point|psap|psaps|emergency (dispatch|responders|service providers|services personnel|personnel|medical))',
      '(911|e911|emergency) (call|calls|services|service) * (disclose|provide|share|pass|transmit|release|location)',
      'danger of death or serious physical injury',
      '(emergency|emergencies) (that|involving|situation|situations)',
      '(threat|danger|risk) to (the)? (health|safety|life|lives|physical safety)',
    ],
    gloss: 'Says location and identity may be given to emergency services (911)',
    examples: {
      match: ['In cases involving danger of death or serious physical injury to any person or other emergencies.'],
      noMatch: ['Our support line is open in emergencies.'],
    },
  },
  {
    id: 'third-party.cpni-sharing',
    label: LABEL,
    patterns: [
      '(share|shares|sharing|disclose|disclosure|sell|trade) (of)? (your)? cpni (with|to|outside|including)',
      'cpni (with|to) (our|any|third|affiliates|agents|joint|independent)',
      '(authorized|independent|sales|joint venture) (agents|agent|partners|contractors|dealers|resellers)',
      '(directory listings|directory listing|directory assistance|directory publishers|directories)',
    ],
    gloss: 'Says CPNI or directory listings are shared with agents, partners or publishers',
    examples: {
      match: ['We do not share your CPNI with any third parties except as required for legal or regulatory reasons.'],
      noMatch: ['CPNI includes the types of services you currently purchase.'],
    },
  },
  {
    id: 'third-party.third-parties-mention',
    label: LABEL,
    prior: 1.5,
    patterns: [
      '(to|with) (third parties|third party|unaffiliated|non affiliated|nonaffiliated|outside parties|other companies) (for|who|that|in|such|including|as|without|except|unless|so)',
      '(third parties|third party companies|unaffiliated companies|non affiliated third parties|nonaffiliated third parties) (to|for|may|who|that|with|in order|so that)',
    ],
    gloss: 'Mentions passing data to outside companies',
    examples: {
      match: ['Fusion may collect Personal Data for third parties with whom Fusion has contracted.'],
      noMatch: ['Please read our terms of use.'],
    },
  },
  {
    id: 'third-party.unaffiliated-parties',
    label: LABEL,
    patterns: ['(outside|unaffiliated|non affiliated|nonaffiliated) (third parties|third party|companies|parties|marketers|organizations|entities)'],
    gloss: 'Mentions unaffiliated outside companies receiving data',
    examples: {
      match: ['Account details go to unaffiliated companies only when you ask us to port your number.'],
      noMatch: ['We share it with our affiliates.'],
    },
  },
  {
    id: 'third-party.public-posting',
    label: LABEL,
    patterns: [
      '(become|becomes|be|is|are|will be|may be) (publicly)? (available|visible|public|accessible|viewable|displayed) (to)? (other users|the public|anyone|others|all users|other members|publicly)',
      '(becomes|become|will become|may become) (public|public information)',
      '(publicly|public) (posted|post|posts|displayed|display|viewable|searchable)',
      'display (it|them|this|such information|your information|your profile)? publicly',
      '(displayed|visible|shown|available) to other (users|members|visitors|people|players)',
      '(other users|other members|other visitors|other players) (may|can|will|might) (view|see|read|access)',
      '(comments|posts|reviews|submissions) (posted|you post|you make) * (are|is) (public|not private)',
      '(seen|viewed|read|collected|used|accessed) (and (used|collected|read))? by (anyone|others|other users|the public|other people|other visitors)',
      // "are always public, which means anyone can see them"; "released to the general public".
      '(available|visible|accessible|disclosed|released|displayed) to (everyone|the general public|the world|any user|anybody)',
      '(is|are) (always)? (public|public information) (which|and|so|meaning|because|to)',
      '(to|with) the general public',
      // Other members named with a few words between: "other members of the club site can view your profile".
      '(other users|other members|other visitors|other players|other people) .? .? .? .? .? (may|can|will|might|could) (be able to)? (view|see|read|access)',
      '(may|will|can|could|would) be made (public|publicly available|available to the public|visible to)',
    ],
    gloss: 'Says what you post becomes visible to other users or the public',
    examples: {
      match: ['Anything you post in a forum becomes public and may be read by anyone.', 'Club rankings are public, which lets any member compare scores.', 'Once you join, other members of the regional chapters can view your listing.', 'Your race times may be made public on the results board.'],
      noMatch: ['Our forums are moderated.'],
    },
  },
  {
    id: 'third-party.use-and-disclose',
    label: LABEL,
    patterns: [
      // "use and share", "use or disclose": the second verb is the sharing.
      '(may|might) (use|uses) (your|such|the|this)? (health|personal)? (information|data)? (and|or) (disclose|share) (it|your|such|the|this)',
      '^ (share|disclose|sell) (your|such|this|the) (personal)? (information|data)',
      '(share|sharing|disclose|disclosing|provide|providing) (it|them) (to|with) (others|other|third|family|friends|our|outside|companies|advertisers|partners|affiliates)',
    ],
    gloss: 'Says your information may be shared or disclosed as well as used',
    examples: {
      match: ['For treatment purposes, a clinic may use health information or disclose it to other doctors.', 'We may share it with partners who run the contest.'],
      noMatch: ['We use your information to improve the site.'],
    },
  },
  {
    id: 'third-party.disclosure-list-items',
    label: LABEL,
    patterns: [
      // Items of a list of the cases where data is disclosed, cut off from the "we may disclose" that leads it.
      '^ (to)? (satisfy|comply with) (any)? (applicable)? (laws|law|legal|regulations|regulation)',
      '(make|makes|made) (your|such|this|certain|the)? (personal|personally identifiable)? (information|data) (and other information)? available to',
      '(third party|third parties|other parties|outside parties) (behavioral|behavioural)? (tracking|tracking networks)',
      '(tracking|advertising|ad) networks',
    ],
    gloss: 'A case in which data may be disclosed: to comply with law, to defend the company, to outside trackers',
    examples: {
      match: ['to satisfy laws or regulations that bind us,', 'Our pages are closed to third party tracking by ad companies.'],
      noMatch: ['We comply with all applicable accessibility standards in our design.'],
    },
  },
  // The conditions of a disclosure list, cut off from its lead-in. Kept apart from
  // disclosure-list-items, whose "to comply with the law" items the seeds also file elsewhere.
  {
    id: 'third-party.disclosure-conditions',
    label: LABEL,
    patterns: [
      '(defend|defending) (ourselves|itself|themselves|our company) (in|against)',
      '^ (if|when|where) we (believe|determine|have reason to believe) (in good faith)? (that)? (your|the|such)? (actions|conduct|use)? (violate|violates|the law requires|disclosure is)',
      '(deem|deems|believe|determine|determines) (it|that it)? (is)? (necessary|appropriate|reasonably necessary) (or appropriate)? (in order)? to (provide|disclose|share|release|report)',
    ],
    gloss: 'A condition under which data may be disclosed: when the provider believes the law or its rights call for it',
    examples: {
      match: ['to defend ourselves against claims brought by a member,', 'where we deem it appropriate to provide such records'],
      noMatch: ['We deem it important to keep the site free of spam.'],
    },
  },
  {
    id: 'third-party.social-network-services',
    label: LABEL,
    prior: 2,
    patterns: [
      // Connecting a social network account: data flows both ways, and readers look for it under sharing.
      '(third party)? social (networking|network|media) (service|services|site|sites|platform|platforms|networks|account|accounts|integration|integrations)',
      '(connect|link|links|linking|connecting) (your)? (account|accounts|activity|information|profile) (with|to) (your)? (facebook|twitter|instagram|google|linkedin|social)',
    ],
    gloss: 'Says a social network you connect to the service exchanges data about you with it',
    examples: {
      match: ['If you link your account to a social networking service, that service may receive details of your activity.'],
      noMatch: ['Our newsroom covers social trends.'],
    },
  },
  {
    id: 'third-party.engaged-to-work-for-us',
    label: LABEL,
    patterns: [
      '(hire|hired|hires|engage|engaged|engages|retain|retained|retains|employ|employs|contract with|work with|partner with|use|uses|rely on) (a|an|certain|other|select|various|reputable|outside|independent)? (third parties|third party (companies|company|vendors|vendor|services|service|providers|provider|firms|firm)|outside (companies|company|firms|firm|vendors|vendor|parties)|other companies) (to|who|that|which)',
      '(third party|outside) (merchants|merchant|financial institution|financial institutions|fulfillment|shipping|mailing|email) (companies|company|houses|house|service|services|providers|provider)?',
    ],
    gloss: 'Says outside companies are hired to do work that involves your data',
    examples: {
      match: ['We use third party companies to send our newsletters and measure how many readers open them.', 'The shop uses an outside firm that packs and ships each order.'],
      noMatch: ['We use cookies to remember your settings.'],
    },
  },
  {
    id: 'third-party.publish-your-content',
    label: LABEL,
    prior: 2,
    patterns: [
      '(publish|publicly display|publicly post|display publicly|post) (your|their|the|such|submitted) (name|names|screen name|screen names|user name|username|content|comments|submission|submissions|review|reviews|testimonial|testimonials|photo|photos|letter|letters)',
      '(comments|reviews|submissions|posts|profile|user content) (you|that you) (post|submit|share) (are|is|will be|may be) (public|publicly|visible|published)',
    ],
    gloss: 'Says what you submit, with your name, may be published for others to see',
    examples: {
      match: ['If you write to our editors we may publish your name and town beside your letter.'],
      noMatch: ['We publish a new issue every week.'],
    },
  },
  // Look-alikes: other companies named only to say their own policies apply (Practice not covered).
  {
    id: 'third-party.links-own-policies',
    label: LABEL,
    prior: -4,
    patterns: [
      '(links|link) to (other|third party|third parties|external|outside|non) (web|websites|sites|site|web sites|pages|services)',
      '(not|no) (responsible|liable) for the (privacy)? (practices|policies|content)',
      '(review|read|consult|check) (the|their)? (privacy)? (policies|policy|statements|statement|practices) of (any|those|these|such|the|other|third)',
      '(their|its|own) (respective)? privacy (policies|policy|statements|statement|practices|notices) (and|which|may|govern|apply|will)',
      'this (privacy)? (policy|statement) (does not|only) (apply|applies|cover|covers|govern)',
      '(may not|do not|does not) have the same privacy (policies|policy|practices)',
    ],
    gloss: 'Points to other sites and their own policies, which is not data sharing',
    examples: {
      match: [
        'Please note that this Site may contain links to other websites for your convenience and information.',
        'We encourage you to review the privacy policy of any non-Fusion website before submitting your personal data to that site.',
      ],
      noMatch: ['We share Personal Data with vendors that perform work on our behalf.'],
    },
  },
  {
    id: 'third-party.choice-about-sharing',
    label: LABEL,
    prior: -4,
    patterns: [
      '(opt out|opt in|opting out|unsubscribe) (of|from)? (the|this|such|having|our|any)? (sharing|disclosure|having)',
      '(if you do not|if you would prefer that we not|if you prefer that we not|do not want us to|you may request that we not|ask us not to|request that we not) (want|wish)? (us)? (to)? (share|disclose|have your)',
      '(limit|restrict) (the)? (sharing|disclosure)',
      '(opt out of|do not want|do not wish to have|not to have|not want) (having)? (your|their)? (personal|personally identifiable)? (information|data|pin|name|email)? (shared|disclosed|sold|rented)',
      // Ad opt-out pages: OPP-115 files the opt-out under choice, not the ad network under sharing.
      '(opt out|opt outs|opting out) (of|from) * (advertising|ads|ad networks|targeting|tracking|cookies|cookie)',
      '(instructions|options) (about|on)? how (our)? (users|you|customers) can',
    ],
    gloss: 'Tells you how to stop sharing: a choice you have, rather than the sharing itself',
    examples: {
      match: ['You may opt-out of the sharing of your Personal Data for Marketing Purposes.'],
      noMatch: ['We share Personal Data with our vendors.'],
    },
  },
  {
    id: 'third-party.shine-the-light',
    label: LABEL,
    // OPP-115 files California disclosure rights under audiences in every train segment.
    prior: -5,
    patterns: [
      '(shine the light|1798 83|california civil code|california residents|california customers) * (request|requests|right|entitled|ask)',
      // Not "Your California Privacy Rights": as a heading it would mark the whole section.
      '(california|canadian|nevada|vermont) (residents|resident|customers|users|civil code|law|privacy rights)',
      // The statute's own wording, repeated in the sentences that follow the California one.
      '(such|certain) businesses',
      'third parties direct marketing (purposes|purpose)',
      // The request the statute grants, and its phrase for the sharing it covers, in the reader's words.
      '(request|obtain|receive|provide) (you with)? (a|the)? (list|notice|information) (of|about|regarding|identifying) * (third parties|categories)',
      'for (their|third party) (own)? direct marketing (purposes|purpose|use)?',
    ],
    gloss: 'The California right to ask about sharing for marketing: a state-specific right, not a sharing practice',
    examples: {
      match: ['Under California Civil Code section 1798.83, residents of the state may request details about such sharing.', 'Under that statute, such businesses can offer an opt-out instead of a yearly list.', 'Each year you can obtain a list identifying which third parties heard about you.', 'We will name the kinds of data given to others for their own direct marketing.'],
      noMatch: ['We do not share customer information with outside marketers.'],
    },
  },
  {
    id: 'third-party.policy-framing',
    label: LABEL,
    prior: -3,
    patterns: [
      '(policy|statement|notice|section) (describes|explains|outlines|titled|entitled|sets out|tells you)',
      '(explains|describes|outlines|know|learn|tells you|tell you|understand) (exactly)? (how|what|why|when) (and why)? (we|information we|data we)',
    ],
    gloss: 'Frames the policy or points to one of its sections rather than stating a sharing practice',
    examples: {
      match: ['The section titled How We Disclose Information explains your options.'],
      noMatch: ['We disclose your information to our payment processor.'],
    },
  },
  {
    id: 'third-party.international-transfer',
    label: LABEL,
    prior: -3,
    patterns: [
      '(transferred|transfer|sent|stored|processed|maintained) (to|in|on) (and|or)? (maintained on|processed in|stored in)? (the united states|the us|other countries|another country|any other country|countries|servers|databases|facilities|jurisdictions)',
      '(outside|other than) (of)? (your|the) (state|province|country|jurisdiction)',
      // The data named between verb and place: "we may move your details to any other country".
      '(transfer|transfers|transferred|transmit|transmitted|move|moved|store|stored|process|processed) * (to|in) (and from)? (the united states|the us|the usa|other countries|another country|any other country|any state|countries other than|jurisdictions|other jurisdictions)',
    ],
    gloss: 'Says data moves to other countries or servers, which is about international audiences, not sharing',
    examples: {
      match: ['Call records may be stored on servers in other countries run by our hosting vendor.', 'We may transfer your account details to the United States for processing.'],
      noMatch: ['Your information may be transferred to a buyer of our business.'],
    },
  },
  {
    id: 'third-party.shared-with-us',
    label: LABEL,
    prior: -3,
    patterns: [
      // Sharing verbs with the provider itself on the receiving end: what others tell us is our own collection.
      '(share|shares|shared|sharing|disclose|discloses|disclosed) (your|their|his|her|the|such|this|some|certain|any|personal|additional)? .? .? with us',
      '(share|shares|shared|sharing|disclose|discloses|disclosed) (it|them|information|data|details)? with us',
    ],
    gloss: 'Says information is shared with the provider itself, which is its own collection, not sharing with others',
    examples: {
      match: ['Partners who run our sign-up pages may share your email address with us.', 'Anyone logged in on your tablet can share information with us in your name.'],
      noMatch: ['We share the details you enter with our payment processor.'],
    },
  },
  {
    id: 'third-party.advice-not-to-share',
    label: LABEL,
    prior: -3,
    patterns: [
      // Advice to the reader, not a practice of the provider: "never give your password to anyone".
      '^ (please)? (do not|never) (share|disclose|give|reveal|tell) (your|the)? (account)? (password|passwords|login|log in|pin|user name and password|credentials)',
      '(please|you|should|must) (not|never) (to)? (share|disclose|give|reveal|tell) (your|their|the)? (account)? (password|passwords|login|log in|pin|user name and password|credentials)',
      '^ (please)? (do not|never) (disclose|provide|share|send|post|give) (or (disclose|provide|share|send|post|give))? (any|your)? (personal)? (information|details|data)? (to us|online|in)?',
    ],
    gloss: 'Advises you not to give out your password or details, which is not a sharing practice of the provider',
    examples: {
      match: ['Never give your password to anyone, including people who say they work for us.', 'Please do not post any personal details in the forums.'],
      noMatch: ['We never share your password with advertisers, even in encrypted form.'],
    },
  },
  {
    id: 'third-party.ad-industry-programs',
    label: LABEL,
    prior: -3,
    patterns: [
      // Ad companies described by the self-regulation club they belong to: a pointer to opt-out tools.
      '(members|member|participants|participant) (of|in) the (network advertising initiative|nai|digital advertising alliance|daa)',
      '(subscribe|subscribes|adhere|adheres|comply|complies|abide|abides) (to|by|with) the (daa|self regulatory|nai|network advertising initiative|digital advertising alliance)',
    ],
    gloss: 'Names the ad industry’s self-regulation programmes, which point to opt-out tools rather than describe sharing',
    examples: {
      match: ['Several of our ad partners are participants in the Digital Advertising Alliance scheme.'],
      noMatch: ['Ad networks place cookies on our pages to measure campaigns.'],
    },
  },
  {
    id: 'third-party.policy-change-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      // Sharing named only as something a future policy change could touch.
      '(change|changes|revision|revisions) (to|in) (the way|how) we (collect|use|share|treat|handle|disclose)',
    ],
    gloss: 'Speaks of future changes to how data is handled, which is about policy changes, not sharing',
    examples: {
      match: ['We will post any material changes to how we share your details on this page.'],
      noMatch: ['We share your details with the courier that delivers your order.'],
    },
  },
  {
    id: 'third-party.collection-from-others',
    label: LABEL,
    prior: -3,
    patterns: [
      '(obtain|obtains|receive|receives|collect|get|acquire|purchase|gather) * from (outside|third party|third parties|other sources|credit reporting|public sources|publicly available|commercially available|social media|our partners|business partners|other companies)',
    ],
    gloss: 'Says the provider gets data from other companies, which is its own collection, not sharing',
    examples: {
      match: ['Fusion obtains Personal Data from outside companies, including data related to your existing service provider.'],
      noMatch: ['We share Personal Data with outside companies.'],
    },
  },
];
