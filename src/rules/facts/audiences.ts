// Particular audiences: children (ages, not directed at them, deletion), and where people
// live (California's CCPA and "Shine the Light", the EU, transfers to the United States).
// "CPUC (California Public Utilities Commission)" names a regulator, not California residents.
import type { ChildrenStatementKind, RegionKind } from './kinds.ts';
import type { FactRule } from './types.ts';

/** Spelled-out ages policies use ("under the age of eighteen"). */
export const AGE_WORDS: Readonly<Record<string, number>> = { thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, 'twenty-one': 21 };

/** An age, captured as a named group (two alternatives of one pattern need two names). */
const age = (group: 'age' | 'age2'): string => String.raw`(?<${group}>\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one)`;

/** Children rules; the `age` (or `age2`) named group gives the age when the statement names one. */
export const CHILDREN_RULES: ReadonlyArray<FactRule & { kind: ChildrenStatementKind }> = [
  {
    id: 'children.min-age',
    kind: 'min-age',
    pattern: new RegExp(String.raw`\b(?:children|child|minors?|teenagers|kids)\b[^.;]{0,60}?\b(?:under|below|younger than) (?:the )?(?:age (?:of )?)?${age('age')}\b|\bunder (?:the )?(?:age (?:of )?)?${age('age2')}\b[^.;]{0,40}?\b(?:children|minors|is allowed|are allowed|may (?:not )?use)\b`, 'i'),
    gloss: 'Names an age below which people are treated as children',
    examples: {
      match: ['Phone.com will not knowingly collect any personal information directly from children under the age of 13.', 'children or teenagers under the age of eighteen', 'Nobody under age 13 may use the chat.'],
      noMatch: ['You have the right to know what we collected over the preceding 12 months.'],
    },
  },
  {
    id: 'children.adults-only',
    kind: 'adults-only',
    pattern: new RegExp(String.raw`\bat least ${age('age')} years (?:of age|old)\b|\b${age('age2')} years (?:of age )?or older\b|\bage of majority\b`, 'i'),
    gloss: 'Users must be adults',
    examples: { match: ['all subscribers to our Services and users of the Site must be at least 18 years of age.', 'you are at least the age of majority in your state'], noMatch: ['for up to 18 months'] },
  },
  {
    id: 'children.not-directed',
    kind: 'not-directed',
    pattern: /\bnot (?:directed|intended|targeted|designed) (?:to(?:ward)?|at|for)(?: use by)? (?:children|minors|kids|anyone under)\b|\bnot designed with the intent to attract\b[^.;]{0,60}?\bchildren\b|\b(?:do|does) not sell (?:products|services|items)(?: or (?:products|services))? for purchase by children\b/i,
    gloss: 'The service is not meant for children',
    examples: { match: ['The Fusion Services are not directed toward Minors.', 'Our forum is not intended for use by children.'], noMatch: ['This site is directed to businesses.'] },
  },
  {
    id: 'children.no-knowing-collection',
    kind: 'no-knowing-collection',
    pattern: /\b(?:not|never) (?:\w+ or )?(?:knowingly|intentionally|deliberately|willingly) (?:solicit|collect|gather|accept|receive|request)\w*|\b(?:not|never) (?:collect|solicit|gather|accept)\w*\b[^.;]{0,100}?\b(?:from|about) (?:children|minors|kids|(?:those|anyone|persons|people|users) (?:we (?:actually )?know (?:are|to be) )?under (?:the age of )?\d)/i,
    gloss: 'Does not knowingly collect data from children',
    examples: {
      match: ['Phone.com does not knowingly solicit or collect Personal Information from children.', 'The bank does not request or knowingly accept details from persons under 18 years old.', 'We never collect data from anyone we know to be under 13.', 'We will never knowingly request personal information online from anyone under the age of 13.', 'We do not intentionally gather information from visitors who are under the age of 13.'],
      noMatch: ['We knowingly collect data.', 'We do not collect payment details from you.'],
    },
  },
  {
    id: 'children.deletes',
    kind: 'deletes',
    pattern: /\b(?:delet(?:e|ed|ing)|remov(?:e|ed|ing)|eras(?:e|ed|ing))\b[^.;]{0,80}?\b(?:child|children|minor)\w*|\b(?:child|children|minor)\w*\b[^.;]{0,120}?\b(?:delete|remove|erase)\b/i,
    gloss: "Deletes a child's data when it learns of it",
    examples: { match: ["If we discover that a Minor has provided us with Personal Data, we will use commercially reasonable efforts to delete such Minor's Personal Data."], noMatch: ['We delete logs after 30 days.'] },
  },
  {
    id: 'children.parental-consent',
    kind: 'parental-consent',
    pattern: /\bparental (?:consent|permission|supervision|involvement)\b|\b(?:consent|permission|involvement|supervision) (?:of|from) (?:a|the|their|your) parents?\b|\bconsent to allow any of your minor dependents\b/i,
    gloss: "Asks a parent's consent",
    examples: { match: ['We obtain verifiable parental consent.', 'Teenagers may shop here with the involvement of their parents.', 'A child can join the game club with parental permission.'], noMatch: ['We obtain your consent.'] },
  },
  {
    id: 'children.report-contact',
    kind: 'report-contact',
    pattern: /\bif you believe (?:that )?(?:a|your) (?:child|minor)\b|\bparents?\b[^.;]{0,60}?\bcontact us\b|\b(?:worried|concerned|questions?)\b[^.;]{0,60}?\b(?:child|children)\w*\b[^.;]{0,100}?\bcontact\b/i,
    gloss: "Says how to report a child's data",
    examples: { match: ['If you believe that a minor has disclosed Personal Information to Phone.com, please e-mail us at legal@phone.com.'], noMatch: ['If you believe we acted contrary to this policy'] },
  },
];

/** The age a "not knowingly collect … from children under 13" statement names. */
export const UNDER_AGE: FactRule = {
  id: 'children.under-age',
  pattern: new RegExp(String.raw`\bunder (?:the age of )?${age('age')}\b`, 'i'),
  gloss: 'An age limit',
  examples: { match: ['from children or teenagers under the age of eighteen'], noMatch: ['under our control'] },
};

/** A sentence about children (needed for min-age, which alone could be any age). */
export const CHILDREN_CONTEXT: FactRule = {
  id: 'children.context',
  // Also ages written as a requirement, naming no child: "you must be 16 or older", "if you are
  // under 13, do not use the app", "intended for adults".
  pattern: /\b(?:child|children|minors?|teen\w*|kids|age of|years of age|COPPA)\b|\byears old\b|\bor older\b|\bor over\b|\badults\b|\b(?:under|below|younger than) (?:the age of |age )?\d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|minutes?|percent|%))/i,
  gloss: 'The sentence is about children or ages',
  examples: { match: ['Special Notice Regarding Minors', 'You must be 16 or older to use the app.', 'If you are under 13, do not use the app.'], noMatch: ['California residents', 'We delete logs in under 30 days.'] },
};

export const REGION_RULES: ReadonlyArray<FactRule & { kind: RegionKind }> = [
  {
    id: 'region.california-ccpa',
    kind: 'california-ccpa',
    pattern: /\bCCPA\b|\bCalifornia Consumer Privacy Act\b|\bCPRA\b|\bCalifornia Privacy Rights Act\b/,
    gloss: 'Gives California residents rights under the CCPA',
    examples: { match: ['Rights under the California Consumer Privacy Act (CCPA)'], noMatch: ['California Public Utilities Commission'] },
  },
  {
    id: 'region.california-shine-the-light',
    kind: 'california-shine-the-light',
    pattern: /\bShine the Light\b|\bCalifornia Civil Code\b|\b1798\.83\b|\bYour California Privacy Rights\b|\bdirect marketing purposes during the preceding (?:calendar )?year\b/i,
    gloss: 'California residents can ask who got their data for direct marketing',
    examples: { match: ['YOUR CALIFORNIA PRIVACY RIGHTS', 'a list of all third parties to which the company has disclosed Personal Information about the resident for direct marketing purposes during the preceding year'], noMatch: ['California Public Utilities Commission'] },
  },
  {
    id: 'region.california',
    kind: 'california',
    pattern: /\bCalifornia (?:residents?|consumers?)\b|\bresidents of (?:the State of )?California\b|\bCalifornia (?:data )?privacy (?:rights|line)\b/i,
    gloss: 'Speaks to California residents',
    examples: { match: ['If you are a California resident'], noMatch: ['the CPUC (California Public Utilities Commission)'] },
  },
  {
    id: 'region.eu',
    kind: 'eu',
    pattern: /\bGDPR\b|\bGeneral Data Protection Regulation\b|\bEuropean (?:Economic Area|Union)\b|\bEEA\b|\bUnited Kingdom\b|\bSwitzerland\b|\bPrivacy Shield\b|\bStandard Contractual Clauses\b/,
    gloss: 'Speaks to people in the EU or UK',
    examples: { match: ['residents of the European Economic Area have rights under the GDPR'], noMatch: ['laws of the United States'] },
  },
  {
    id: 'region.transfer-us',
    kind: 'transfer-us',
    // Also the wording of US sites addressing visitors from abroad: data "handled by us in the
    // United States", a visitor who "agrees to the transfer of data to the United States".
    pattern: /\btransferred to (?:and (?:processed|stored) in )?(?:the )?(?:U\.S\.?A?\b\.?|USA\b|United States)|\b(?:processed|stored|(?:data|information|servers?|databases?) (?:is |are )?located) in (?:the )?(?:U\.S\.?A?\b\.?|USA\b|United States)|\b(?:transfer\w*|process\w*|stor(?:e|ed|age|ing)|host\w*|maintain\w*)\b[^.;]{0,80}?\b(?:in|to),? (?:the )?(?:U\.S\.?A?\b\.?|USA\b|United States)(?! (?:law|laws|privacy|government|department|federal)\b)|\baccess\w*\b[^.;]{0,40}?\bfrom (?:the )?(?:U\.S\.?A?\b\.?|USA\b|United States)\b|\b(?:stored|processed|hosted|located|transferred)\s+(?:in|to)\s+[^.;]{1,40}?(?:,|\band|\bor|\bas well as)\s+(?:in\s+)?(?:the )?(?:U\.S\.?A?\b\.?|USA\b|United States)\b/i,
    gloss: 'Your data is stored or processed in the United States',
    examples: {
      match: [
        'any Personal Information you transfer to us will be transferred to and processed in the U.S', 'All data is stored in the United States.', 'Our team processes all orders in the United States.',
        'you agree to the transfer of your account data to, and its storage in, the United States', 'Our support provider may access your data from the United States.',
        'Our data is stored in Germany and the United States.', 'Data is stored in data centers located in Japan, the United States and South Korea.',
      ],
      noMatch: ['United States law governs this site.', 'We store your data in compliance with United States privacy laws.', 'any stored account information that you have given to us', 'our retail stores located in the United States'],
    },
  },
  {
    id: 'region.transfer-abroad',
    kind: 'transfer-abroad',
    pattern: /\b(?:transfer\w*|stored|processed|maintained|located|hosted|accessed)\b[^.;]{0,140}?\b(?:outside (?:of )?your (?:state|province|country|jurisdiction)|other countries|another country|other jurisdictions|(?:locations )?around the world|(?:countries|any country) (?:where|in which) (?:we|our)|any (?:other )?country|foreign countries)\b|\b(?:transferr?\w*|stor(?:e|ed|ing)|process(?:ed|ing)?|host(?:ed|ing)?|accessed)\b[^.;]{0,40}?\b(?:internationally|abroad|globally|worldwide|across (?:national )?borders)\b/i,
    gloss: 'Your data may go to other countries',
    examples: {
      match: [
        'Your information may be transferred to other countries.', 'Account data may be kept on servers located outside of your state or country.', 'We may transfer order details to partners in locations around the world.',
        'We may store your information in the United States or we may transfer it to any other country.', 'Your data may be processed worldwide by our group companies.',
        'Data may be stored in any country where we or our service providers have facilities.',
      ],
      noMatch: ['the laws of other nations', 'Our stores are located around the corner.', 'We sell our products worldwide.'],
    },
  },
  {
    // "US" in capitals only: "transferred to us" is the provider.
    id: 'region.transfer-us-abbrev',
    kind: 'transfer-us',
    pattern: /\b(?:[Tt]ransferred to|[Ss]tored in|[Pp]rocessed in|[Hh]osted in|[Ll]ocated in|[Mm]aintained in|[Ss]ervers? in)\s+(?:the\s+)?US\b(?!\s*dollars)/,
    gloss: 'Your data is stored or processed in the United States',
    examples: { match: ['Our servers are located in the US.', 'Your data may be transferred to the US.'], noMatch: ['Information transferred to us is kept safe.', 'Payments are processed in US dollars.'] },
  },
  {
    id: 'region.waives-home-law',
    kind: 'waives-home-law',
    pattern: /\bwaive (?:any )?claims\b[^.;]{0,60}?\b(?:national|local|own) laws?\b/i,
    gloss: 'Using the site waives claims under your own country’s laws',
    examples: { match: ['you consent to this transfer and waive any claims that may arise under your own national laws'], noMatch: ['We waive fees.'] },
  },
  {
    id: 'region.other-us-states',
    kind: 'other-us-states',
    pattern: /\b(?:Nevada|Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Montana|Delaware|Iowa) (?:residents?|consumers?|privacy|law)\b/,
    gloss: 'Speaks to residents of other US states',
    examples: { match: ['Nevada residents may opt out of the sale.'], noMatch: ['Houlton, ME 04730'] },
  },
];
