// Children and minimum age, as policies write age gates: bans ("not allowed to create an
// account"), requirements ("you must be 16 or older"), "not for use by anyone under 16", and
// services made for children (parent-made accounts, kids' products). Read by
// src/engine/questions/children.ts with the older rules in ../facts/audiences.ts.
import type { FactRule } from '../facts/types.ts';

/** An age as a named group; each alternative of one pattern needs its own name (age1, age2 …). */
const AGE = (n: number): string => String.raw`(?<age${n}>\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)`;

/** A gate: an age below which people may not use the service or are not its audience. */
export const AGE_GATE: FactRule = {
  id: 'children.age-gate',
  pattern: new RegExp([
    String.raw`\b(?:must|need to|have to|are required to|should) be (?:at least |over |older than )?(?:the age of )?${AGE(1)}(?: years)?(?: of age| years old)?(?: or older| or over)?\b`,
    String.raw`\b(?:at least|minimum age (?:of|is)|aged?) ${AGE(2)} (?:years )?(?:of age |old )?(?:or older )?(?:to|in order to)\b`,
    String.raw`\b(?:not (?:allowed|permitted|eligible)|may not|can ?not|cannot|prohibited from|are not able to)\b[^.;]{0,60}?\b(?:under|below|younger than) (?:the age of )?${AGE(3)}\b`,
    String.raw`\b(?:under|below|younger than) (?:the age of )?${AGE(4)}(?: years)?(?: of age| years old)?\b[^.;]{0,60}?\b(?:(?:are|is) not (?:allowed|permitted|eligible)|may not|can ?not|cannot|must not|should not|are prohibited|not to use)\b`,
    String.raw`\bnot (?:for use by|directed (?:to|at|towards)|intended for|designed for|targeted at|meant for) (?:anyone|persons|people|individuals|children|users|kids|minors) (?:under|below|younger than) (?:the age of )?${AGE(5)}\b`,
    String.raw`\bminimum age\b[^.;]{0,40}?\b${AGE(6)}\b`,
  ].join('|'), 'i'),
  gloss: 'Names the minimum age to use the service',
  examples: {
    match: [
      'Children under the age of 13 are not allowed to create an account.',
      'You must be 16 or older to use the app.',
      'Our services are not for use by anyone under the age of 16.',
      'You must be at least 13 years old to register.',
    ],
    noMatch: ['We keep records for 13 months.', 'Teens under 18 get extra protections.'],
  },
};

/** A gate for one feature or kind of content, not the service: "at least 18 to view mature content". */
export const NARROW_GATE = /\bto (?:view|access|watch|buy|purchase|order|use) (?:mature|adult|certain|some|alcohol|age-restricted|restricted|explicit|gambling|betting|paid|premium)\b|\bfor (?:certain|some) (?:features|services|content|products)\b|\b(?:mature|adult|alcohol|tobacco|gambling) (?:content|products|features)\b|\bsweepstakes\b|\bcontests?\b|\bpromotions?\b|\bjob applicants?\b|\bemployment\b|\bvolunteers?\b|\bto (?:work|apply)\b/i;

/** The service is (also) for children: child accounts, kids' products, parent-made profiles. */
export const FOR_CHILDREN: FactRule = {
  id: 'children.for-children',
  pattern: /\b(?:child|children|kid|kids)(?:'|’)?s?\s+(?:accounts?|profiles?|services?|products?|versions?|mode|edition|apps?|sites?|content)\b|\b(?:directed|designed|intended|made|built|created) (?:primarily )?(?:to|at|for|towards) (?:children|kids|young (?:people|children|users|learners))\b|\bparents?(?: or (?:legal )?guardians?)? (?:can |may |must |will )?(?:create|set up|open|establish)\w* (?:an? |the )?(?:account|profile|apple id|google account)s? (?:for|on behalf of) (?:their|a|your|the) (?:child|children|kid|kids)\b|\b(?:children|kids) (?:under|below) (?:the age of )?\d{1,2}\b[^.;]{0,60}?\b(?:can|may) (?:only )?(?:use|create|have|open|join)\b[^.;]{0,60}?\b(?:parent|guardian|school)/i,
  gloss: 'The service is also made for children',
  examples: {
    match: ['Parents can create an account for their child.', 'Our kids services are designed for children under 13.', 'Children under 13 can use the service only with a parent’s consent.'],
    noMatch: ['Our service is not directed to children.', 'If you are a parent and believe your child gave us data, contact us.'],
  },
};

/** Not for children, no age: "Our service is not intended for children." */
export const NOT_DIRECTED = /\bnot (?:directed|intended|targeted|designed|meant|aimed) (?:to(?:ward)?|at|for)(?: use by)? (?:children|minors|kids)\b/i;
