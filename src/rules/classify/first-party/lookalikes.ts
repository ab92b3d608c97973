// First Party Collection/Use look-alikes (kind 'lookalike', negative prior): sentences that name
// collection or use only to frame the policy, to speak of another company's collection, or to
// state another label's practice. Registered in ./index.ts.
import type { Rule } from '../../types.ts';

const LABEL = 'First Party Collection/Use';

export const lookalikeRules: readonly Rule[] = [
  // Look-alikes: they name collection or use, but only to frame the policy or to point elsewhere.
  {
    id: 'first-party.policy-framing',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(policy|statement|notice) (describes|explains|discloses|sets out|outlines|tells you|covers|applies|governs|informs|details) (about)? (how|what|our|the)',
      '(explain|describe|disclose|understand|inform you) (how|what) (we|information we)',
      '(how|why) we (collect|gather) (and|or)? (use|store) (and|or)? (share|disclose|protect|store)',
      // "...so you know what we collect and how we use it", "here's how and why we use your data".
      '(explains|describes|outlines|know|learn|tells you|tell you) (exactly)? (how|what|why) (and why)? (we|information we|data we)',
      '(explain|explains|describe|describes|disclose|understand|inform you|know|learn) (exactly)? (how|what|why) (and (how|why))? (personal|types of)? (information|data|personal information)? (we|information we)',
      '(what|which) (personal)? (information|data) we (collect|gather) * how we',
      'here (is)? how we',
      // "if we change the way we use your information" announces a policy change.
      '(way|ways|manner) (in which)? we (use|collect|process)',
      // Scope: what this policy does not cover, other companies' own policies.
      '(this|our) (privacy)? (policy|statement|notice) (does not|do not|only) (apply|applies|cover|covers)',
      '(privacy practices|privacy policies|privacy policy|privacy statements) of (other|third|these|those|such|any)',
      // Pointers: "questions on how we use your data? write to us", "any change
      // in how we use it will be announced", "that data is not governed by this policy".
      '(questions|concerns|complaints) (or (concerns|questions|complaints))? (about|regarding) (how|our|this|the way)',
      '(material|significant)? (changes|change) (to|in) (how|the way|the ways|what|the manner)',
      '(not|no longer) (be)? (governed|covered) by (this|our|the) (privacy)? (policy|statement|notice)',
      // Others' use "is subject to their own privacy policies", "governed by the policy of that company".
      '(subject to|governed by|covered by) (their|its|the|each|those|that|these) (own|respective)? (company s|companies|third party s|provider s)? (privacy)? (policies|policy|notices|notice|statements|statement|practices)',
      '(neither|never) (have|has) (access to|control over|control of)',
    ],
    gloss: 'Frames the whole policy (what it covers) rather than stating a collection practice',
    examples: {
      match: [
        'This policy discloses our practices regarding the collection and use of customer information.',
        'Write to our privacy desk with any concerns about how we handle your account.',
        'Ticket sellers handle orders as set out in, and subject to, their respective notices.', 'Read on to learn exactly why we keep records of your visits.',
        'This page is here to explain how we handle your details.', 'Read on to learn why we collect, use and share your details.',
        'This notice says what information we collect and then how we use it.', 'Here is how we look after what you tell us.',
        'This notice sets out the ways in which we use your details.', 'Our notice does not apply to data you give other sites.',
        'We cannot speak for the privacy practices of other companies.', 'We will tell you of material changes to how we use your data.',
        'Data you give a partner is not governed by this notice.', 'We never have access to your card number.',
      ],
      noMatch: ['We collect your name and address when you order service.'],
    },
  },
  {
    id: 'first-party.third-party-agent',
    label: LABEL,
    kind: 'lookalike',
    // Stronger than the other look-alikes: with another company as the actor, the sentence still
    // trips two or three first-party cues ("advertisers use cookies to show relevant ads").
    prior: -4,
    patterns: [
      '(third party|third parties|advertisers|ad networks|advertising networks|ad servers|advertising companies|these companies|these third parties|our partners|business partners|partners|service providers|vendors|analytics providers|other companies|they|affiliates|websites|web sites|sites that|content providers|that company|such companies|those companies|these features|such features|plug ins|plugins|widgets) (may|might|will|also|can|typically|generally|usually|often)? (also|automatically|independently)? (use|place|set|collect|serve|access|read|recognize|receive|send|have access|track|deliver|combine|record)',
      '(third party|third parties) (cookies|web beacons|ad servers|advertising|advertisers|ad networks|analytics|tools|service providers|companies|vendors)',
      '(google analytics|doubleclick|google adsense)',
      // Other named recipients as the subject: "such vendors may use it", "a co-sponsor who may use it".
      '(these|such|those) (companies|vendors|partners|advertisers|sponsors|co sponsors|providers|networks|parties|organizations|businesses|entities|recipients|publishers|third party vendors|third party advertisers) (may|might|will|also|can)? (also)? (use|collect|gather|receive|access|combine|connect|record|place|set|download|send)',
      '(sponsor|sponsors|co sponsor|co sponsors|advertiser|advertisers|partner|partners|vendor|vendors|company|companies|provider|providers) who (may|might|will|can)? (also)? (use|collect|receive|gather)',
      '(no|not have) (access to|control over|control of) (or control over)? (these|such|the|their|those)? (cookies|technologies|information)',
      // Outside parties getting at the data: "printers are given access to the mailing labels".
      '(partners|advertisers|vendors|providers|third parties|companies|institutions|contractors|agents|affiliates|sponsors|they|networks|printers|processors) (do not|does not|will not|may|will|also|may also|might|would|to)? (not)? (have|has|be given|are given|get|gain|be granted|are granted|given) (limited)? access to',
    ],
    gloss: 'Says what other companies collect or place: their collection, not the provider’s',
    examples: {
      match: [
        'Such outside partners may set cookies of their own when our pages load.', 'The prize is supplied by a sponsor who may use your entry to mail you its catalogue.',
        'Printers are given access to the mailing labels and nothing else.', 'Third-party ad servers may read cookies on your browser.',
        'DoubleClick may set a cookie when you see an ad.', 'These advertisers may use cookies to count clicks.', 'We have no control over these cookies.',
      ],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'first-party.question-heading',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      // A heading or cross-reference that only asks the question ("How do we use your
      // information?", "See 'Why do we collect it' below"): the practice is in the text after it.
      '^ .? .? (how|why|what) (do|does|will|can|may)? (we|the company|the site|the sites|the service|. ) (use|uses|collect|collects|process|gather) * $',
    ],
    gloss: 'A heading that asks how or why data is used; the answer, not the question, states the practice',
    examples: {
      match: ['Why does Northwind collect visitor details?'],
      noMatch: ['We collect your name when you buy a ticket.'],
    },
  },
  {
    id: 'first-party.transfer-abroad',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(transferred|transfer|sent|stored|processed) (to|in) (and (processed|stored|maintained) in)? (the united states|the us|the u s|other countries|another country|any other country|countries outside)',
      '(outside|outside of) the (united states|u s|us|european)',
    ],
    gloss: 'Says data is moved to other countries, which is about international audiences',
    examples: {
      match: [
        'Any Personal Information you transfer to us will be transferred to and processed in the U.S and subject to U.S. law.',
        'Your data may be processed outside the European Union.',
      ],
      noMatch: ['We collect your name when you register.'],
    },
  },
  {
    id: 'first-party.choice-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      '(you|users) (may|can|might|are able to)? (also)? (opt out|unsubscribe|disable|turn off|block|decline|refuse|reject|delete|withdraw)',
      '(set|adjust|change|modify) (your)? (browser|device) (settings|to)',
      // Choice wording around a use: "visit our settings page to opt out of this use", "we may offer
      // additional controls on our use of location", "manage your newsletter preferences".
      '(opt out of|to opt out|opting out|opt in and opt out|opt in or opt out|your choices|choices regarding|choices about|choices for|additional controls|controls on|control whether|(manage|adjust|change|update|set) your (newsletter|marketing|communication|communications|email|e mail|cookie|privacy|notification)? (preferences|settings))',
    ],
    gloss: 'Tells you how to refuse or switch off collection: a choice you have, not the collection itself',
    examples: {
      match: [
        'You can disable location services in your device settings.', 'Visit the alerts page to manage your notification preferences.',
        'You can set your browser to warn you about cookies.',
      ],
      noMatch: ['We collect your location when you call 911.'],
    },
  },
  {
    id: 'first-party.security-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      '(encrypt|encrypts|encrypted|encryption|secure socket layer|secure sockets layer|ssl|firewall|firewalls|unauthorized access|safeguard|safeguards|security measures)',
      '(secure|encrypted|protected) (server|servers|environment|location|facility|facilities|database|databases)',
      // Limits and duties around security: "no transmission is completely secure", "we cannot
      // guarantee the security of what you send", "you are responsible for keeping your password".
      '(cannot|can not|can t|do not|does not) (fully)? (guarantee|ensure|warrant) (the)? (security|that)',
      '(completely|100|one hundred percent|perfectly|totally|fully) (secure|safe)',
      '(you are|you re|users are) (solely)? responsible for',
      'security seriously',
      '(kept|keep|keeping|remain) (strictly)? confidential',
      'access to your (computer|device|password)',
    ],
    gloss: 'Says how data is protected, which is security rather than collection',
    examples: {
      match: [
        'We encrypt credit card and other financial information for even greater protection.', 'You are responsible for choosing a strong password for your profile.',
        'Your data is kept on secure servers.', 'We cannot guarantee the security of data sent by email.', 'No website is completely secure.',
        'We take security seriously.', 'Your answers are kept strictly confidential.', 'Do not let others gain access to your computer.',
      ],
      noMatch: ['We collect your credit card number when you order.'],
    },
  },
  {
    id: 'first-party.card-handling-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      // How a card number is masked, sent to the processor or kept off the servers: a security
      // practice that names a kind of data ("only the last digits are shown on the receipt").
      '(last four|last 4|last five) digits',
      '(transmit|transmits|transmitted|forward|forwarded|forwards|send|sends) (the|your)? (entire|full|complete)? (credit|debit) card',
      '(credit|debit) card (information|number|numbers|data|details) (is|are)? (already)? on file',
      '(credit|debit) card (information|number|numbers|data|details) (is|are|will be) (encrypted|protected|secured|transmitted|handled|safe)',
      '(handle|handles|handled|handling) (your)? (credit|debit) card',
      'not (keep|store|maintain|retain|save) (your|any)? (credit|debit) card',
      '(phishing|phishers|spoofed|spoofing)',
    ],
    gloss: 'Says how card numbers are masked, transmitted or kept safe, which is security rather than collection',
    examples: {
      match: [
        'Printed receipts carry nothing but the last four digits.', 'Once the payment clears we do not retain your debit card details.',
        'We never send your full credit card number by email.', 'Your credit card details are already on file.', 'Your credit card number is encrypted when you pay.',
        'A separate company handles your credit card payments.', 'Watch out for phishing emails that pretend to be from us.',
      ],
      noMatch: ['We ask for your credit card number when you buy a ticket.'],
    },
  },
  {
    id: 'first-party.sharing-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      '(merger|acquisition|sale of assets|bankruptcy|reorganization)',
      '(subpoena|subpoenas|court order|court orders|warrant|warrants|law enforcement|danger of death)',
      '(share|shares|disclose|discloses|sell|sells|rent|rents|transfer|provide|provides|release|exchange) * (with|to) (our|the|its|these|certain|select|trusted)? (third parties|third party|affiliates|service providers|vendors|advertisers|partners|our partners|business partners|other companies|law enforcement|unaffiliated|outside)',
      // "We may disclose the information you provide...", "we do not sell, rent or share it":
      // collection is named only as the object of sharing.
      '(disclose|share|sell|rent|forward|transfer|release) (any|the|all|such|this|your|certain)? (personal|personally identifiable)? (information|data) (that)? (you|we)',
      '(sell|rent|lease|trade) (or|and)? (otherwise)? (share|disclose|sell|rent)',
      // The provider as the one handing data over, whatever follows: "we will disclose visit
      // counts to partners", "the shop may share your order history (in full) with the maker".
      '(we|may|will|might|can|could) (also)? (share|disclose|transmit|sell|rent) (your|the|this|such|certain|some|any|user|customer|non|aggregate|aggregated|anonymous|anonymized|de|personal|personally|usage|information|data|with)',
      // Passive sharing ("your email address will be shared with the publisher", "may be made
      // public in your profile") and paired verbs ("we may exchange or rent your name").
      '(may|will|would|can|might) (also)? be (shared|disclosed|sold|rented|transferred|made public|made available|released|passed) (with|to|by|on|for|in)?',
      '(share|shares|sell|sells|rent|rents|disclose|discloses|exchange) (or|and) (sell|rent|share|disclose|lease|trade|exchange)',
      // Outsourcing: "we may use an outside service to send you our email", "we hired vendors to...".
      '(use|uses|engage|engages|hire|hired|retain|employ|employs|work with|works with|partner with|contract with|rely on) (a|an|the|certain|other|reputable|outside|trusted|one or more|selected)? (third party|third parties|vendor|vendors|service providers|companies|outside companies|other companies|contractors) (service|services|vendor|vendors|companies|company|advertising companies|service providers)? (to|that|who)',
    ],
    gloss: 'Says data goes to other companies, authorities or a buyer of the business: sharing, not the provider’s own use',
    examples: {
      match: [
        'We may share your name and address with our service providers.', 'If you tick the box, your postal address will be passed to the magazine you picked.',
        'The shop may rely on outside companies to pack and ship parcels.', 'The club may disclose anonymous attendance figures, broken down by age band, to the league.',
        'In a merger, our customer list may pass to the new owner.', 'We will answer a court order that asks for your records.',
        'We never sell the personal information you give us.', 'We do not rent or otherwise share member lists.', 'We do not share or sell your details.',
      ],
      noMatch: ['We collect your name and address when you order.'],
    },
  },
  {
    id: 'first-party.access-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      '(update|correct|review|edit|access|delete|modify|change|amend) (or (update|correct|delete|change))? (any|your|the|all)? (of)? (your)? (personal|contact|account|profile)? (information|data) (that)? you',
      // Rights of the person: "you have the right to inspect...", "before granting you access to it".
      '(you have|you will have|you may have|you also have) (a|the) right to',
      '(granting|grant|give|giving|provide|providing) (you)? access to (your|the|any)',
    ],
    gloss: 'Says you can review or correct what you gave, which is access rather than collection',
    examples: {
      match: [
        'You can correct any contact information you gave us from your account page.', 'Patients have questions, and you have the right to see your own chart.',
        'We will give you access to your account history.',
      ],
      noMatch: ['We collect the contact information you give us when you order.'],
    },
  },
  {
    id: 'first-party.children-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -1.5,
    patterns: ['(under|over|below) the age of'],
    gloss: 'Sets an age limit, which is about children and other audiences rather than collection',
    examples: {
      match: ['Our services are not directed to anyone under the age of thirteen.'],
      noMatch: ['We collect your age when you register.'],
    },
  },
  {
    id: 'first-party.request-details-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -2,
    patterns: [
      '(please|must|should|be sure to) (include|provide|send|state|specify|put) (us)? (with)? (your|the|a|following|clearly)',
      '(body|subject line|subject field) of (your|the) (request|email|e mail|letter)',
      '(if you are|you are|if you re) under (the age of)? (13|thirteen|18|eighteen)',
      'children should',
      '(in|with) (your|the|any such|such a|each) (request|requests|email|e mail|letter|inquiry)',
    ],
    gloss: 'Lists what to put in a request you send, not what is collected from you',
    examples: {
      match: [
        'For all requests, please include your name, street address, city, state, and zip code.', 'Put the word Privacy in the subject line of your email.',
        'If you are under 13, ask a parent before you write to us.', 'Children should ask a parent before giving us any details.',
        'Please include your account number in your request.',
      ],
      noMatch: ['We collect your name and street address when you order service.'],
    },
  },
];
