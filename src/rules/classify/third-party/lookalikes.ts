// Third Party Sharing/Collection look-alikes (kind 'lookalike', negative prior): other companies
// named only to say their own policies apply, choices about sharing, state-law notices, framing,
// transfers abroad, data shared *with* the provider. Registered in ./index.ts.
import type { Rule } from '../../types.ts';

const LABEL = 'Third Party Sharing/Collection';

export const lookalikeRules: readonly Rule[] = [
  // Look-alikes: other companies named only to say their own policies apply (Practice not covered).
  {
    id: 'third-party.links-own-policies',
    label: LABEL,
    kind: 'lookalike',
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
        'We are not responsible for the privacy practices of linked sites.', 'Partner sites have their own privacy policies which may differ from ours.',
        'This policy does not cover sites we link to.', 'Linked sites may not have the same privacy practices as ours.',
      ],
      noMatch: ['We share Personal Data with vendors that perform work on our behalf.'],
    },
  },
  {
    id: 'third-party.choice-about-sharing',
    label: LABEL,
    kind: 'lookalike',
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
      match: [
        'You may opt-out of the sharing of your Personal Data for Marketing Purposes.', 'If you do not want us to share your address with partners, tell us.',
        'You can ask us to limit the sharing of your details.', 'If you do not want your email shared, untick the box.', 'You can opt out of interest-based advertising.',
        'Here are instructions on how you can stop these emails.',
      ],
      noMatch: ['We share Personal Data with our vendors.'],
    },
  },
  {
    id: 'third-party.shine-the-light',
    label: LABEL,
    kind: 'lookalike',
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
      match: [
        'Under California Civil Code section 1798.83, residents of the state may request details about such sharing.',
        'Under that statute, such businesses can offer an opt-out instead of a yearly list.',
        'Each year you can obtain a list identifying which third parties heard about you.',
        'We will name the kinds of data given to others for their own direct marketing.', 'We do not share your data for third parties direct marketing purposes.',
      ],
      noMatch: ['We do not share customer information with outside marketers.'],
    },
  },
  {
    id: 'third-party.policy-framing',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(policy|statement|notice|section) (describes|explains|outlines|titled|entitled|sets out|tells you)',
      '(explains|describes|outlines|know|learn|tells you|tell you|understand) (exactly)? (how|what|why|when) (and why)? (we|information we|data we)',
    ],
    gloss: 'Frames the policy or points to one of its sections rather than stating a sharing practice',
    examples: {
      match: [
        'The section titled How We Disclose Information explains your options.', 'This notice explains exactly how we share what you tell us.',
      ],
      noMatch: ['We disclose your information to our payment processor.'],
    },
  },
  {
    id: 'third-party.international-transfer',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(transferred|transfer|sent|stored|processed|maintained) (to|in|on) (and|or)? (maintained on|processed in|stored in)? (the united states|the us|other countries|another country|any other country|countries|servers|databases|facilities|jurisdictions)',
      '(outside|other than) (of)? (your|the) (state|province|country|jurisdiction)',
      // The data named between verb and place: "we may move your details to any other country".
      '(transfer|transfers|transferred|transmit|transmitted|move|moved|store|stored|process|processed) * (to|in) (and from)? (the united states|the us|the usa|other countries|another country|any other country|any state|countries other than|jurisdictions|other jurisdictions)',
    ],
    gloss: 'Says data moves to other countries or servers, which is about international audiences, not sharing',
    examples: {
      match: [
        'Call records may be stored on servers in other countries run by our hosting vendor.',
        'We may transfer your account details to the United States for processing.', 'Your data may be handled outside of your country.',
      ],
      noMatch: ['Your information may be transferred to a buyer of our business.'],
    },
  },
  {
    id: 'third-party.shared-with-us',
    label: LABEL,
    kind: 'lookalike',
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
    kind: 'lookalike',
    prior: -3,
    patterns: [
      // Advice to the reader, not a practice of the provider: "never give your password to anyone".
      '^ (please)? (do not|never) (share|disclose|give|reveal|tell) (your|the)? (account)? (password|passwords|login|log in|pin|user name and password|credentials)',
      '(please|you|should|must) (not|never) (to)? (share|disclose|give|reveal|tell) (your|their|the)? (account)? (password|passwords|login|log in|pin|user name and password|credentials)',
      '^ (please)? (do not|never) (disclose|provide|share|send|post|give) (or (disclose|provide|share|send|post|give))? (any|your)? (personal)? (information|details|data)? (to us|online|in)?',
    ],
    gloss: 'Advises you not to give out your password or details, which is not a sharing practice of the provider',
    examples: {
      match: [
        'Never give your password to anyone, including people who say they work for us.', 'Please do not post any personal details in the forums.',
        'Please never share your password with anyone.',
      ],
      noMatch: ['We never share your password with advertisers, even in encrypted form.'],
    },
  },
  {
    id: 'third-party.ad-industry-programs',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      // Ad companies described by the self-regulation club they belong to: a pointer to opt-out tools.
      '(members|member|participants|participant) (of|in) the (network advertising initiative|nai|digital advertising alliance|daa)',
      '(subscribe|subscribes|adhere|adheres|comply|complies|abide|abides) (to|by|with) the (daa|self regulatory|nai|network advertising initiative|digital advertising alliance)',
    ],
    gloss: 'Names the ad industry’s self-regulation programmes, which point to opt-out tools rather than describe sharing',
    examples: {
      match: [
        'Several of our ad partners are participants in the Digital Advertising Alliance scheme.', 'We adhere to the Digital Advertising Alliance principles.',
      ],
      noMatch: ['Ad networks place cookies on our pages to measure campaigns.'],
    },
  },
  {
    id: 'third-party.policy-change-lookalike',
    label: LABEL,
    kind: 'lookalike',
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
    kind: 'lookalike',
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
