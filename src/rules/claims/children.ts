// Children and minimum age, as policies write age gates: bans ("not allowed to create an
// account"), requirements ("you must be 16 or older"), "not for use by anyone under 16", and
// services made for children (parent-made accounts, kids' products). Read by
// src/engine/questions/children.ts with the older rules in ../facts/audiences.ts.
import type { FactRule } from '../facts/types.ts';

/** An age as a named group; each alternative of one pattern needs its own name (age1, age2 …). */
const AGE = (n: number): string => String.raw`(?<age${n}>\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)`;

/** A gate: an age below which people may not use the service or are not its audience. */
export const AGE_GATE: FactRule = {
  id: 'children.age-gate',
  pattern: new RegExp([
    String.raw`\b(?:must|need to|have to|are required to|should|require\w* (?:all )?(?:users|you|members|visitors|individuals|people|account holders) to) be (?:at least |over |older than )?(?:the age of )?${AGE(1)}(?: years)?(?: of age| years old)?(?: or older| or over)?\b`,
    String.raw`\b(?:at least|minimum age (?:of|is)|aged?) ${AGE(2)} (?:years )?(?:of age |old )?(?:or older )?(?:to|in order to)\b`,
    String.raw`\b(?:not (?:allowed|permitted|eligible|available|open)|may not|can ?not|cannot|prohibited from|are not able to)\b[^.;]{0,60}?\b(?:under|below|younger than) (?:the age of |age )?${AGE(3)}\b`,
    String.raw`\b(?:under|below|younger than) (?:the age of |age )?${AGE(4)}(?: years)?(?: of age| years old)?\b[^.;]{0,60}?\b(?:(?:are|is) not (?:allowed|permitted|eligible)|(?:are|is) (?:strictly )?(?:prohibited|forbidden)|may not|can ?not|cannot|must not|should not|(?:please )?do not (?:use|access|register|sign up|create|provide|submit|send)|not to use)\b`,
    String.raw`\bnot (?:for use by|directed (?:to|at|towards)|intended for|designed for|targeted at|meant for) (?:anyone|persons|people|individuals|children|users|kids|minors) (?:under|below|younger than) (?:the age of |age )?${AGE(5)}\b`,
    String.raw`\bminimum age\b[^.;]{0,40}?\b${AGE(6)}\b`,
    // "restricted to individuals who are 18 years of age or older", "intended for users who are at least 18"
    String.raw`\b(?:restricted|limited|open|available|intended|designed|meant|directed|offered) (?:only |solely )?(?:to|for) (?:individuals|users|people|persons|those|anyone|adults|members)(?: who are| aged| over)? (?:(?:at least|over) ${AGE(7)}\b|${AGE(8)}(?: years)?(?: of age| years old)? (?:or|and) (?:older|over|above)\b)`,
    // "we do not permit individuals under 18", "we do not knowingly offer the service to anyone under 16"
    String.raw`\b(?:do|does|will) not (?:knowingly )?(?:permit|allow|offer|provide|market)\b[^.;]{0,60}?\b(?:under|below|younger than) (?:the age of |age )?${AGE(9)}\b`,
    // "you represent that you are at least 18 years of age"
    String.raw`\b(?:represent|warrant|confirm|certify|affirm)\w*(?: and (?:represent|warrant)\w*)? that you are (?:at least |over )${AGE(10)}\b`,
    // "no one under age 13 may provide any information"
    String.raw`\bno one (?:under|below|younger than) (?:the age of |age )?${AGE(11)}\b[^.;]{0,30}?\b(?:may|can|is (?:allowed|permitted) to|should)\b`,
    // "anyone aged 13 or over can create an account"
    String.raw`\b(?:anyone|users|individuals|persons|people|those|members) (?:aged?|who are|over) ${AGE(12)}(?: years)?(?: of age| years old)? (?:or (?:over|older|above) )?(?:can|may|are (?:allowed|permitted|eligible|able) to)\b`,
    // "the service is available for individuals from the age of five"
    String.raw`\b(?:available|open|intended|offered) (?:only )?(?:to|for) (?:individuals|users|people|persons|anyone|everyone) (?:from|starting at) (?:the age of |age )${AGE(13)}\b`,
    // "we restrict the use of our services to individuals age 18 and above"
    String.raw`\b(?:restrict|limit)(?:s|ed)? (?:the )?(?:use|access)(?: of| to)? (?:our |the |this )?(?:[\w-]+ ){0,2}?to (?:individuals|users|people|persons|those|adults|members)(?: who are| aged?)? (?:(?:at least|over) ${AGE(14)}\b|${AGE(15)}(?: years)?(?: of age| years old)? (?:or|and) (?:older|over|above)\b)`,
  ].join('|'), 'i'),
  gloss: 'Names the minimum age to use the service',
  examples: {
    match: [
      'Children under the age of 13 are not allowed to create an account.',
      'You must be 16 or older to use the app.',
      'Our services are not for use by anyone under the age of 16.',
      'You must be at least 13 years old to register.',
      'The app is restricted to individuals who are 18 years of age or older.',
      'We do not permit individuals under the age of 18 on the platform.',
      'We do not knowingly offer the forum or any other product to anyone under the age of 16.',
      'If you are under 13, please do not use the app or send us any personal information.',
      'The service is intended for users who are at least 18 years old.',
      'By using the services, you represent that you are at least 18 years of age.',
      'Use of the app by anyone under 13 is prohibited.',
      'No one under age 13 may provide any information to or on the website.',
      'Anyone aged 13 or over can create an account.',
      'The app is available for individuals from the age of five.',
      'We restrict the use of our services to individuals age 18 and above.',
      'The service is not available to persons under the age of 13.',
      'Our Terms of Service require all users to be at least 18 years old.',
    ],
    noMatch: [
      'We keep records for 13 months.',
      'Teens under 18 get extra protections.',
      'You must be at least 18 years old to view mature content.',
      'You must be at least 16 years of age to consent to personalised advertising in your settings.',
      'We do not knowingly sell or share the personal information of consumers under 16 years of age.',
      'If you are under 18, you may use the service only with the involvement of a parent or guardian.',
      'People aged 65 or over can ask for a discount.',
    ],
  },
};

/** A gate for one feature or kind of content, not the service: "at least 18 to view mature content". */
export const NARROW_GATE = /\bto (?:view|access|watch|buy|purchase|order|use) (?:mature|adult|certain|some|alcohol|age-restricted|restricted|explicit|gambling|betting|paid|premium)\b|\bfor (?:certain|some) (?:features|services|content|products)\b|\b(?:mature|adult|alcohol|tobacco|gambling) (?:content|products|features)\b|\bto (?:give |provide )?(?:your )?consent (?:to|for)\b|\bsweepstakes\b|\bcontests?\b|\bpromotions?\b|\bjob applicants?\b|\bemployment\b|\bvolunteers?\b|\bto (?:work|apply)\b|\b(?:team|staff|crew|board) members?\b|\b(?:employees|staff|moderators|administrators|functionaries|(?:advanced )?rights holders)\b/i;

/** The service is (also) for children: child accounts, kids' products, parent-made profiles. */
export const FOR_CHILDREN: FactRule = {
  id: 'children.for-children',
  pattern: /\b(?:child|children|kid|kids)(?:'|’)?s?\s+(?:accounts?|profiles?|services?|products?|versions?|mode|edition|apps?|sites?|content)\b|\b(?:directed|designed|intended|made|built|created) (?:primarily |especially |specifically )?(?:to|at|for|towards) (?:children|kids|young(?:er)? (?:people|children|users|learners|audiences|visitors))\b|\b(?:appropriate|suitable) for (?:children|kids) of all ages\b|\bparents?(?: or (?:legal )?guardians?)? (?:can |may |must |will )?(?:create|set up|open|establish)\w* (?:an? |the )?(?:account|profile|apple id|google account)s? (?:for|on behalf of) (?:their|a|your|the) (?:child|children|kid|kids)\b|\b(?:children|kids) (?:under|below) (?:the age of )?\d{1,2}\b[^.;]{0,60}?\b(?:can|may) (?:only )?(?:use|create|have|open|join)\b[^.;]{0,60}?\b(?:parent|guardian|school)/i,
  gloss: 'The service is also made for children',
  examples: {
    match: [
      'Parents can create an account for their child.',
      'Our kids services are designed for children under 13.',
      'Children under 13 can use the service only with a parent’s consent.',
      'The junior edition is a version of our app designed for younger users.',
      'The site offers puzzles and games appropriate for children of all ages.',
    ],
    noMatch: [
      'Our service is not directed to children.',
      'If you are a parent and believe your child gave us data, contact us.',
      'If we learn that we have collected data from a child under 13, we will delete it and close the child’s account.',
      'In areas of our services that may be directed to children, we collect only what the law permits.',
      'We sell children’s products for purchase by adults.',
    ],
  },
};

/** Not for children, no age: "Our service is not intended for children.", "for adults only". */
export const NOT_DIRECTED = /\bnot (?:directed|intended|targeted|designed|meant|aimed) (?:to(?:ward)?|at|for)(?: use by)? (?:children|minors|kids)\b|\b(?:intended|designed|meant|directed) (?:solely |only )?(?:for|to|at) adults\b|\bfor adults only\b|\bnot (?:specifically )?(?:market|advertise)\w* (?:to|towards|at) (?:children|minors|kids)\b/i;

/** A child found by mistake: "if we learn we collected a child's data, we will close the child's
 *  account". What such a sentence does to a child's account says the service is not for them. */
/** Products for children sold to adults: "we sell children's products for purchase by adults". */
export const SOLD_TO_ADULTS = /\bfor purchase by adults\b|\bsold to adults\b/i;

export const CHILD_DISCOVERED = /\b(?:if|when|where|should|once|in the event)\b[^.;]{0,60}?\b(?:learn|discover|become aware|are made aware|find out|determine|are notified|are informed|notice|believe|suspect)\w*\b/i;

/** Hedged: "areas that may be directed to children" does not say the service is for them. */
export const HEDGED_BEFORE = /\b(?:may|might|could|can)\s+(?:also\s+)?(?:be\s+)?$/i;

/** An age given for selling or sharing minors' data (state privacy laws), not for using the
 *  service: "we do not knowingly sell personal information of consumers under 16", "we do not
 *  sell or process for profiling or targeted advertising the personal information of …", "sell or
 *  share PI of minors under 16". */
export const SALE_OF_MINORS = /\b(?:sell|sells|sold|selling|sale of)\b[^.;]{0,90}?\b(?:information|data|PI)\b|\bshar(?:e|es|ing)\b[^.;]{0,40}?\b(?:personal (?:information|data)|for (?:cross-context|targeted))/i;

/** Words that make an age a gate on the service itself, even in a sentence that also speaks of
 *  selling: collecting from children, who the service is for, who may use it. */
export const SERVICE_GATE = /\b(?:collect\w*|solicit\w*|gather\w*|directed|intended|designed|meant|allowed|permitted|eligible|register\w*|sign up|create an account|must be|for use by)\b/i;

/** An age limit with no number (it varies by country): "if you are under the applicable age
 *  limit, do not use the service". Not directed to children, no age. */
export const UNNUMBERED_GATE = /\b(?:under|below|younger than) (?:the )?(?:applicable |minimum |required |relevant |local )*(?:age limit|minimum age|age of (?:digital )?consent|required age)\b[^.;]{0,80}?\b(?:do not|don't|may not|must not|cannot|can not|are not (?:allowed|permitted|eligible)|not (?:to )?(?:use|create|register))\b|\b(?:has|have|sets?) an? (?:minimum )?age (?:limit|requirement) (?:that )?(?:in each|which varies|that varies|varies|depending)\b/i;
