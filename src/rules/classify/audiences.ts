// Rules for "International and Specific Audiences". Syntax: src/engine/match/pattern.ts;
// fields: src/rules/types.ts. Particular groups of people: children and age limits, residents
// of California and other states, the EU/EEA/UK and other countries, and data moving abroad.
import type { Rule } from '../types.ts';
import { CONTENTS_LIST, STATES_WITH_PRIVACY_LAWS } from '../words.ts';

const LABEL = 'International and Specific Audiences';

const AGE = '(13|thirteen|16|sixteen|18|eighteen|14|fourteen|12|twelve|21|twenty one)';
const US = '(united states|u s|us|usa|u s a|america)';

export const audiencesRules: readonly Rule[] = [
  {
    id: 'audiences.children',
    label: LABEL,
    patterns: [
      '(children|child|childs|childrens|kids|minors|minor|teens|teenagers|teen|youth|juveniles)',
      '(parental|parent or guardian|parents or guardians|parent or legal guardian|legal guardian)',
      '(parent|parents|guardian) (consent|permission|approval|verification)',
    ],
    gloss: 'About children, minors or parents’ consent',
    examples: {
      match: [
        'Phone.com does not sell products or services for purchase by children.', 'We will ask for verifiable parental consent.',
        'A child can post only after we get parent consent by email.',
      ],
      noMatch: ['Our parent company may receive your data.'],
    },
  },
  {
    id: 'audiences.age-limit',
    label: LABEL,
    patterns: [
      `(under|below|younger than|over|older than) (the age of |age )?${AGE}`,
      `at least (the age of |age )${AGE}`,
      `at least ${AGE} (years old|years of age|or older)`,
      `(age|aged|ages) (of )?${AGE}`,
      `${AGE} (years|year) (of age|old)`,
      '(age of majority|age of consent|legal age|minimum age|age requirement|age requirements|age restrictions|age verification|years of age)',
      '^ age (of consent|restrictions|requirement|limit) $',
    ],
    gloss: 'States an age limit for using the service',
    examples: {
      match: [
        'All subscribers must be at least 18 years of age.', 'Age of Consent', 'The app is not meant for anyone under 16.',
        'You must be at least the age of 18 to enter.', 'Our games are rated for ages 13 and up.',
      ],
      noMatch: ['We keep logs for at least 18 months.'],
    },
  },
  {
    id: 'audiences.coppa',
    label: LABEL,
    patterns: ['coppa', '(children|childrens|child) online privacy protection', 'not (directed|targeted|intended|designed|marketed) (to|at|toward|towards|for) (children|minors|kids|individuals under|persons under|anyone under|users under|people under)'],
    gloss: 'Mentions the children’s privacy law or says the service is not for children',
    examples: {
      match: [
        'The Fusion Services are not directed toward Minors.', 'We comply with COPPA.', "We follow the Children's Online Privacy Protection Act.",
      ],
      noMatch: ['Our ads are not directed at you personally.'],
    },
  },
  {
    id: 'audiences.california',
    label: LABEL,
    patterns: ['california', '(ccpa|cpra|caloppa|cal oppa)', 'shine the light', '1798', 'civil code'],
    gloss: 'Rights and notices for California residents',
    examples: {
      match: [
        'YOUR CALIFORNIA PRIVACY RIGHTS', 'Under the Shine the Light law you may ask for a list of third parties.', 'This section explains your rights under the CCPA.',
        'Under section 1798 of the code, residents may ask for a list.', 'California Civil Code section 1798.83 gives residents extra rights.',
      ],
      noMatch: ['We may share data with our partners.'],
    },
  },
  {
    id: 'audiences.other-states',
    label: LABEL,
    patterns: [
      `${STATES_WITH_PRIVACY_LAWS} (residents|resident|consumers|law|laws|privacy|revised statutes|consumer)`,
      `(residents|resident|consumers|citizens) of (the state of |the commonwealth of )?${STATES_WITH_PRIVACY_LAWS}`,
      '(state|states) (consumer )?privacy (law|laws|rights)',
      'nevada',
      '(residents|resident) of (certain|some|other|the following) (states|jurisdictions|countries)',
    ],
    gloss: 'Rights and notices for residents of particular US states',
    examples: {
      match: [
        'Nevada residents may submit a request to opt out of sales.', 'Residents of certain states have additional rights.',
        'Residents of Virginia have extra rights over their data.', 'Some state privacy laws give you extra rights.',
      ],
      noMatch: ['We operate in many states.'],
    },
  },
  {
    id: 'audiences.europe',
    label: LABEL,
    patterns: [
      '(european|europe|eea|eu|gdpr|united kingdom|uk|switzerland|swiss|general data protection regulation|data protection authority|supervisory authority|data controller|data protection officer)',
      '(canada|canadian|australia|australian|japan|brazil|lgpd|pipeda|quebec|mexico|india|singapore|hong kong|china|korea)',
    ],
    gloss: 'About people in the EU/EEA, the UK or other countries',
    examples: {
      match: ['If you are located in the European Economic Area, you have additional rights.', 'Canadian residents may contact our privacy office.'],
      noMatch: ['We use industry standard encryption.'],
    },
  },
  {
    id: 'audiences.international-transfer',
    label: LABEL,
    patterns: [
      `(transfer|transferred|transfers|processed|stored|store|storage|maintained|located|hosted|kept|housed) (to|in|into) (the )?${US}`,
      '(transfer|transferred|transfers|processed|stored|maintained|moved) (to|in|into) (another|other|different|foreign) (country|countries|jurisdiction|jurisdictions)',
      `transfer of .? .? .? (to|into) the ${US}`,
      'outside (of )?(the|your) (country|countries|jurisdiction|state|united states|u s|us|european|eea|eu)',
      '(cross border|across borders|international transfer|international transfers|international data|transborder|trans border)',
      '(privacy shield|safe harbor|safe harbour|contractual clauses|binding corporate rules|adequacy decision|adequate level of protection)',
      '(other|another|different|foreign) (country|countries|jurisdiction|jurisdictions) (where|which|that|whose|with)',
      '(country|countries|jurisdiction|jurisdictions) (other than|outside)',
    ],
    gloss: 'Says data may be moved to or processed in another country',
    examples: {
      match: [
        'Please be aware that any Personal Information you transfer to us will be transferred to and processed in the U.S and subject to U.S. law.',
        'All data is stored in the United States.', 'Your data may be stored in another country.',
        'By signing up you agree to the transfer of your data to the United States.', 'We may keep your records outside of the European Union.',
        'We protect data in cross-border transfers with contracts.', 'We rely on standard contractual clauses for these transfers.',
        'Your data may go to other countries where the law is less strict.', 'Our servers sit in countries other than the one you live in.',
      ],
      noMatch: ['Your data is stored on secure servers.'],
    },
  },
  {
    id: 'audiences.governing-law',
    label: LABEL,
    patterns: [
      `(governed by|operated in accordance with|subject to) (and operated in accordance with )?the laws of (the )?${US}`,
      `(laws|law) (of|in) (other|your|another) (nations|countries|country|jurisdiction|jurisdictions)`,
      `(located|operated|based|hosted|headquartered|published|controlled) (in|from|within) the ${US}`,
      `(intended|directed|targeted) (for|to|at) (users|persons|people|residents|citizens|visitors|individuals) (in|of|located in|residing in) the ${US}`,
      '(data protection|privacy) (laws|law|rules) * (differ|different|not as protective|less protective|equivalent)',
    ],
    gloss: 'Says which country’s law applies or that the service is run from the United States',
    examples: {
      match: [
        'This Site is governed by and operated in accordance with the laws of the United States.',
        'We make no representation that this Site is operated in accordance with the laws of other nations.', 'Our servers are located in the United States.',
        'The site is intended for users in the United States.', 'Data protection laws in those countries may differ from yours.',
      ],
      noMatch: ['These terms are governed by our policies.'],
    },
  },
  {
    id: 'audiences.residents-of',
    label: LABEL,
    patterns: [
      '(international|non u s|non us|foreign|overseas) (users|visitors|customers|account holders|residents)',
      '(residents|resident|citizens|nationals) of (the state of |the )?(. )?(country|countries|state|states|european|eu|eea|jurisdictions|province|provinces)',
      `(users|visitors|individuals|people|persons|customers) (located |residing |based )?(in|from) (countries|jurisdictions|regions) (other than|outside)`,
      `(if you are|if you reside|if you live|for users|for visitors|if you access) (located |based |a resident )?(outside|in|of) (the )?(${US}|european|eu|eea|another country|a country)`,
    ],
    gloss: 'Addresses residents or visitors from particular places',
    examples: {
      match: [
        'Visitors from countries outside the United States should know that their data is sent to our servers here.',
        'International visitors should know their data goes to our office in Texas.', 'Residents of the European Union have further rights.',
        'If you are located outside the United States, your data will cross borders.',
      ],
      noMatch: ['If you are a registered user, sign in first.'],
    },
  },
  {
    id: 'audiences.heading',
    label: LABEL,
    patterns: [
      '^ (special )?(notice|note|information) (to|for|regarding) (minors|children|parents|california|nevada|international|non|european|eu|users outside|visitors from)',
      '^ (international|global) (users|visitors|transfers|data transfers|transfer|customers)',
      '^ (children|childrens|kids|minors)',
    ],
    gloss: 'A heading that announces a section for a particular audience',
    examples: {
      match: [
        'Special Notice Regarding Minors', 'International Users', "Children's Privacy",
      ],
      noMatch: ['Notice of changes'],
    },
  },
  {
    id: 'audiences.address-or-contents',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '(suite|ste) #Value',
      '(p o|po) box',
      '(ca|california|va|virginia|tx|texas|ny|wa) /^\\d{5}$/',
      ...CONTENTS_LIST,
      'minor (changes|modifications|updates|revisions|edits)',
    ],
    gloss: 'A state in a postal address, a table of contents, or "minor changes": no particular audience is addressed',
    examples: {
      match: [
        '100 Main Plaza, Suite 12, Springfield, California 91608', 'Minor changes may only be shown by a note in the footer.',
        'Write to PO Box 45 for questions from California residents.', 'The following sections apply to California residents.', 'Nevada residents: see the links below.',
        'Jump to the section for California residents.', 'This notice covers what rights residents of California have.',
        'California residents should read the sections below.',
      ],
      noMatch: ['California residents can request the names of third parties we share with.'],
    },
  },
];
