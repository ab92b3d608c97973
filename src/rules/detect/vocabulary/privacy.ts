// What a privacy policy talks about: the personal data it collects, why, who gets it, how long
// it is kept, and what the reader can do about it. Terms of service and cookie policies use some
// of these words too, which is why scoring weighs this family against the others (../model.ts).
import type { VocabularyRule } from './types.ts';

export const privacyRules: readonly VocabularyRule[] = [
  {
    id: 'privacy.personal-data',
    family: 'privacy',
    patterns: ['personal (information|data)', 'personally identifiable information', 'PII'],
    weight: 1,
    gloss: 'Names the personal data the policy is about',
    examples: {
      match: [
        'We collect personal information when you register.', 'We protect personally identifiable information.', 'We do not sell PII.',
      ],
      noMatch: ['Personalised offers.'],
    },
  },
  {
    id: 'privacy.we-collect',
    family: 'privacy',
    patterns: [
      '(we|us) (may )?(automatically )?(collect*|gather*|obtain*|receiv*|process*) (the following |certain |some |your |other )?(personal |information|data|details)',
      '(information|data) (that )?(we|you) (collect|provide|give|share)',
      'collect* (and|or) (use|process|store)',
      '(information|data) (is |are )?(collected|gathered|stored|logged) automatically',
      '(collect*|gather*) (certain |some |anonymous |aggregate |usage |non-personal |personal |this |that |such |the |your |any )*(information|data)',
      '(information|data) (about|from) (you|yourself|our (users|visitors|customers))',
      '(we|us) (do not|don.t|never) (collect|gather|store|track)',
      '(types|categories|kinds) of (personal )?(information|data)',
    ],
    weight: 2,
    gloss: 'Says what information the service collects',
    examples: {
      match: [
        'We may collect the following information.', 'Information we collect', 'categories of personal data', 'We collect and use your email address.',
        'Some data is collected automatically.', 'We gather usage data.', 'information about you', 'We do not collect your location.',
      ],
      noMatch: ['We collect fees monthly.'],
    },
  },
  {
    id: 'privacy.how-we-use',
    family: 'privacy',
    patterns: [
      'how (we|do we) (use|share|disclose|process|protect|store) (your |the )?(personal )?(information|data)',
      '(use|share|disclose|sell) (of )?your (personal )?(information|data)',
      '(we|us) (do not|don.t|will not|never) (sell|share|rent|trade|disclose|give)',
      '(sold|shared|rented|traded|distributed|disclosed) (to|with) (any |other )?(third|outside|unaffiliated)',
      'purposes? (of|for) (the )?(processing|which we|using)',
    ],
    weight: 2,
    gloss: 'Explains how collected information is used or shared',
    examples: {
      match: [
        'How we use your information', 'We do not sell your personal data.', 'Your data is never sold to third parties.', 'the purposes of the processing',
      ],
      noMatch: ['How we use the app store.'],
    },
  },
  {
    id: 'privacy.this-policy',
    family: 'privacy',
    patterns: ['(this|the present) (privacy|data protection|data privacy) (policy|notice|statement|information)'],
    weight: 3,
    namesDocument: true,
    gloss: 'The document calls itself a privacy policy',
    examples: { match: ['This Privacy Notice explains how we use data.'], noMatch: ['See our Privacy Policy.', 'This policy explains how we collect data.'] },
  },
  {
    // Says what the document does without naming it: evidence in the count, but not the
    // document's own name (cookie policies open the same way: cookies.this-cookie-policy).
    id: 'privacy.this-policy-describes',
    family: 'privacy',
    patterns: ['this (policy|notice|statement) (describes|explains|sets out|applies|covers) (how|what|the)(?![^.]{0,60}(cookies|trackers))'],
    weight: 3,
    gloss: 'The document says it explains how data is handled',
    examples: { match: ['This policy explains how we collect and use your information.'], noMatch: ['This policy describes how Example uses cookies.'] },
  },
  {
    id: 'privacy.your-privacy',
    family: 'privacy',
    patterns: ['(protect*|respect*|safeguard*|value*|committed to|commitment to) (your |the |our (users|customers|visitors).? )?privacy', 'your privacy', 'privacy (practices|rights|choices|commitment|principles)', 'expectation of privacy'],
    weight: 1.5,
    gloss: 'Speaks about the reader\'s privacy',
    examples: {
      match: [
        'We respect your privacy.', 'our privacy practices', 'You have no expectation of privacy in public posts.',
      ],
      noMatch: ['see the Privacy Policy'],
    },
  },
  {
    id: 'privacy.advertising',
    family: 'privacy',
    patterns: [
      'behaviou?ral advertising',
      '(interest|behaviou?r)[- ]based (advertising|ads)',
      '(targeted|personali[sz]ed|tailored) (advertising|ads|advertisements)',
      'Network Advertising Initiative',
      'Digital Advertising Alliance',
      'networkadvertising[.]org',
      'aboutads[.]info',
      'advertising (partners|networks|identifiers?)',
    ],
    weight: 1,
    gloss: 'Explains advertising that uses data about the reader',
    examples: {
      match: [
        'to opt out of interest-based advertising', 'visit networkadvertising.org', 'We use behavioural advertising.', 'We show personalised ads.',
        'We are a member of the Network Advertising Initiative.', 'We follow the Digital Advertising Alliance principles.', 'Visit aboutads.info to opt out.',
        'our advertising partners',
      ],
      noMatch: ['advertising policies for advertisers'],
    },
  },
  {
    id: 'privacy.third-parties',
    family: 'privacy',
    patterns: ['third[- ]part(y|ies) (service providers|partners|advertisers)', 'service providers (who|that) (process|help|act|perform)', '(share|disclose)[sd]? (it |this information |your (personal )?(information|data) )?with'],
    weight: 1,
    gloss: 'Names who else receives the data',
    examples: {
      match: [
        'We share your information with service providers.', 'third-party service providers', 'service providers who process payments',
      ],
      noMatch: ['third-party content on the site'],
    },
  },
  {
    id: 'privacy.choices',
    family: 'privacy',
    patterns: ['opt[- ]?out', 'unsubscribe', 'your (privacy )?(choices|rights)', 'do not track', 'do not sell( or share)?', 'withdraw (your )?consent'],
    weight: 1,
    gloss: 'Tells the reader what they can choose or refuse',
    examples: {
      match: [
        'You can opt-out at any time.', 'Your Choices', 'You can unsubscribe at any time.', 'We do not respond to Do Not Track signals.',
        'Do Not Sell or Share My Personal Information', 'You may withdraw your consent.',
      ],
      noMatch: ['optimal'],
    },
  },
  {
    id: 'privacy.rights',
    family: 'privacy',
    patterns: [
      'right (to|of) (access|request access|know|delete|deletion|erasure|rectif*|correct*|portability|object|restrict*|data portability|be forgotten|opt out|non[- ]discrimination)',
      '(access|correct|update|delete|erase) (or (correct|delete|update) )?(your |the )?(personal )?(information|data)',
    ],
    weight: 2,
    gloss: 'Lists data-protection rights (access, correction, deletion...)',
    examples: { match: ['You have the right to erasure.', 'access your personal data'], noMatch: ['right to use the software'] },
  },
  {
    id: 'privacy.retention',
    family: 'privacy',
    patterns: [
      '(retain|retention|store|keep) (of )?(your |the |such |this )?(personal )?(information|data)',
      'data retention',
      'how long (we (keep|retain|store)|do we (keep|retain|store))',
      'retention (period|policy|periods)',
    ],
    weight: 1.5,
    gloss: 'Says how long data is kept',
    examples: {
      match: [
        'We retain your information for as long as needed.', 'How long do we keep it', 'Data Retention', 'the retention period for each kind of record',
      ],
      noMatch: ['We retain the right to refuse service.'],
    },
  },
  {
    id: 'privacy.children',
    family: 'privacy',
    patterns: ["children('s)? (privacy|under|data|information|personal|online)", 'under (the age of )?1[3-8]', 'COPPA', 'from (a |any )?child(ren)?'],
    weight: 1.5,
    gloss: "Addresses children's data",
    examples: {
      match: [
        "Children's Privacy", 'users under the age of 13', 'We comply with COPPA.', 'We do not knowingly collect data from children.',
      ],
      noMatch: ['child process'],
    },
  },
  {
    id: 'privacy.us-law',
    family: 'privacy',
    patterns: [
      'California (residents|consumers|privacy|civil code)',
      'CCPA',
      'CPRA',
      'Shine the Light',
      '(Virginia|Colorado|Connecticut|Utah|Nevada|Texas|Oregon) (residents|consumers)',
      'FERPA',
      'HIPAA',
      'protected health information',
      'Gramm[- ]Leach[- ]Bliley',
      'nonpublic personal information',
      'Privacy Act',
    ],
    weight: 1.5,
    gloss: 'Refers to US privacy law (state laws, FERPA, HIPAA, GLBA)',
    examples: {
      match: [
        'California Residents', 'under the CCPA', 'your rights under the CPRA', "California's Shine the Light law", 'Virginia residents have extra rights.',
        'Student records are protected by FERPA.', 'We follow HIPAA.', 'protected health information', 'the Gramm-Leach-Bliley Act', 'nonpublic personal information',
        'the Privacy Act of 1974',
      ],
      noMatch: ['California courts'],
    },
  },
  {
    id: 'privacy.eu-law',
    family: 'privacy',
    patterns: ['GDPR', 'General Data Protection Regulation', 'data protection (officer|authority|authorities|laws?)', 'supervisory authority', '(legal|lawful) bas(is|es)', 'legitimate interests?'],
    weight: 1,
    gloss: 'Refers to EU data-protection law and its concepts',
    examples: {
      match: [
        'our legal basis for processing', 'the GDPR', 'the General Data Protection Regulation', 'our data protection officer',
        'You may complain to a supervisory authority.', 'based on our legitimate interests',
      ],
      noMatch: ['legal notices'],
    },
  },
  {
    id: 'privacy.identifiers',
    family: 'privacy',
    patterns: [
      'IP address(es)?',
      'Internet protocol address(es)?',
      'device (identifiers?|ID|information)',
      'browser (type|version)',
      'log (files|data|information)',
      '(e-?mail|postal) address',
      'geo[- ]?location',
      'precise location',
      'contact (information|details)',
    ],
    weight: 0.5,
    gloss: 'Lists typical kinds of personal data',
    examples: {
      match: [
        'your IP address and browser type', 'your Internet Protocol address', 'device identifiers', 'We keep log files.', 'your email address', 'geolocation data',
        'We do not collect your precise location.', 'your contact details',
      ],
      noMatch: ['the address bar'],
    },
  },
  {
    id: 'privacy.contact-privacy',
    family: 'privacy',
    patterns: ['(privacy|dpo|dataprotection|data[.]protection|datenschutz)@[a-z0-9.-]*[a-z0-9]', 'questions (about|regarding) (this|our) (privacy|policy|notice|statement)', '(privacy|data protection) (team|office|officer|contact)'],
    weight: 2,
    gloss: 'Gives a privacy contact',
    examples: {
      match: [
        'Write to privacy@example.com', 'questions about this privacy notice', 'Write to our privacy team.',
      ],
      noMatch: ['contact support'],
    },
  },
  {
    id: 'privacy.security',
    family: 'privacy',
    patterns: ['(security|safeguard*) (measures|to protect)', 'protect (your |the )?(personal )?(information|data)', 'unauthori[sz]ed access'],
    weight: 0.5,
    gloss: 'Describes how data is protected',
    examples: {
      match: [
        'security measures to protect your data', 'to prevent unauthorised access',
      ],
      noMatch: ['security deposit'],
    },
  },
  {
    id: 'privacy.transfers',
    family: 'privacy',
    patterns: ['(international|cross[- ]border) (data )?transfers?', 'transfer* (your |personal )?(information|data) (to|outside)', 'adequacy decision'],
    weight: 1,
    gloss: 'Says where data is sent abroad',
    examples: {
      match: [
        'International Data Transfers', 'We may transfer your data outside the EU.', 'an adequacy decision of the European Commission',
      ],
      noMatch: ['bank transfers'],
    },
  },
];
