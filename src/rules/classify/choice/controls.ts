// User Choice/Control: headings and mentions of choices, optional data, marketing preferences,
// industry opt-out programmes, telecom choices (CPNI, directory listing), do-not-sell links,
// device controls. Registered in ./index.ts.
import type { Rule } from '../../types.ts';

const LABEL = 'User Choice/Control';

export const controlRules: readonly Rule[] = [
  {
    id: 'choice.choices-heading',
    label: LABEL,
    patterns: [
      '^ .? (your)? (choices|choice|options|controls|opt out|choices and controls|your choices|your options|your privacy choices|choice opt out|choice and opt out|opt in or opt out|opting out)$',
      '^ (what|which) (choices|options) (do|does) (i|you|a user|users) have',
      '^ (your)? (choices|options) (about|regarding|concerning|for) (your)? (personal|the|how|marketing|cookies|communications|information)',
    ],
    gloss: 'A heading or pointer to the choices section of the policy',
    examples: {
      match: [
        'Your Choices', 'Choice/Opt-Out', 'What choices do I have?', 'Your Choices About Marketing',
      ],
      noMatch: ['Choice Hotels is one of our partners.'],
    },
  },
  {
    id: 'choice.choices-mention',
    label: LABEL,
    // "We respect your choices about your information" frames a policy more often than it offers one.
    prior: 1.5,
    patterns: [
      '(choices|choice) (about|regarding|with respect to|for) (the|your|our|how|cookies|marketing|collection)',
      '(your|what|which) choices (do|you|to)',
    ],
    gloss: 'Mentions the choices you have about your information',
    examples: {
      match: [
        'This Policy provides information regarding your choices to either opt out or opt in.', 'You have choices about cookies.',
      ],
      noMatch: ['We chose a new hosting vendor this year.'],
    },
  },
  {
    id: 'choice.not-required',
    label: LABEL,
    // Weak alone: "providing it is optional" is filed under collection (first-party.optional-data).
    prior: 1,
    patterns: [
      '(not|never) (required|obligated|obliged) to (provide|give|submit|disclose|share|register|answer|participate)',
      '(at your|your own) (option|discretion|choice)',
      'you (are|be) (able to|free to) (browse|visit|use) (our|the|this)? (site|website|sites|services) (without|anonymously)',
      '(without|not) (providing|having to provide|revealing|disclosing|submitting) (any)? (personal|personally|your|information|identifying)',
    ],
    gloss: 'Says you do not have to give the data, or can use the service without it',
    examples: {
      match: [
        'You are not required to provide a second phone number.', 'You can browse our website without providing any personal information.',
        'You can give us your phone number at your option.', 'You are free to browse our site without giving us your name.',
      ],
      noMatch: ['You are required to provide a valid billing address.'],
    },
  },
  {
    id: 'choice.marketing-preferences',
    label: LABEL,
    patterns: [
      '(preference|preferences|subscription) (center|centre|page|manager|dashboard)',
      '(update|change|modify|manage|adjust|set|indicate|express|tell us|let us know|edit) (your|their)? (marketing|communication|communications|email|e mail|contact|subscription|privacy|notification|cookie|cookies|ad|advertising|sharing)? (preferences|preference|settings|choices)',
      '(tell|let|notify|inform|contact|ask) us (if|that|know if|know that)? (you)? (do not|no longer|would prefer not to|prefer not to) (want|wish)',
      '(check|uncheck|checking|unchecking|tick|untick|select|deselect) (the|a|an)? (appropriate|relevant|opt out|opt in)? (box|boxes|checkbox)',
    ],
    gloss: 'Says how to set your marketing or communication preferences',
    examples: {
      match: [
        'Therefore, you will need to tell us if you do not want to receive marketing information directly from our Advertisers.',
        'You can change your communication preferences at any time in your account settings.', 'You can change what we send you in the preference center.',
        'Untick the box if you do not want our newsletter.',
      ],
      noMatch: ['We remember your language preference with a cookie.'],
    },
  },
  {
    id: 'choice.ad-industry-programs',
    label: LABEL,
    // Naming the NAI or DAA is often just membership or a pointer; with an opt-out cue it counts.
    prior: 1.5,
    patterns: [
      '(network advertising initiative|digital advertising alliance|aboutads|about ads|youradchoices|your ad choices|adchoices|ad choices|your online choices|youronlinechoices|nai|daa|edaa|optout networkadvertising|networkadvertising)',
      '(self regulatory|self regulation) (program|programs|principles|principle)',
      '(consumer|industry) (opt out|choice) (page|tool|mechanism|program)',
    ],
    gloss: 'Points to industry ad opt-out programs (NAI, DAA, YourAdChoices)',
    examples: {
      match: [
        'You may opt out of interest-based ads from many companies through the Digital Advertising Alliance choice page.',
        'We follow the self-regulatory principles for online advertising.', 'Visit the industry opt-out page to stop these ads.',
      ],
      noMatch: ['We do not use an ad network.'],
    },
  },
  {
    id: 'choice.cpni-approval',
    label: LABEL,
    patterns: [
      '(approve|approval|approvals|authorize|authorization|permit|permission|restrict|restriction|deny|denial|consent) (of|to|for)? (our|the)? (use|access|sharing|disclosure)? (of|to)? (your)? cpni',
      'cpni (approval|approvals|consent|authorization|preference|preferences|choice|opt)',
      '(access|use) (to)? (your)? cpni (for)? (our)? (internal)? (marketing)',
      'decision to (permit|restrict|allow|deny|approve)',
    ],
    gloss: 'Says you can approve or restrict the carrier’s use of your CPNI (call records) for marketing',
    examples: {
      match: [
        'If you do not wish for us to access your CPNI for our internal marketing purposes, you can contact us at any time to change your preference.',
        'Your decision to permit or restrict our access to your CPNI for marketing purposes will not affect the provision of any services.',
        'You may change your CPNI approval at any time.',
      ],
      noMatch: ['CPNI includes the type of services you have with us.'],
    },
  },
  {
    id: 'choice.limit-sharing-request',
    label: LABEL,
    patterns: [
      '(may|can|right to) (limit|restrict) (the|our)? (sharing|disclosure|use)',
      '(request|ask) (that)? (we|us) (not|to not|to stop|stop|refrain|cease|to limit|to restrict) (to)? (share|sharing|disclose|disclosing|sell|selling|contact|contacting|send|sending)',
      '(withhold|withheld|withholding)',
      '(tell|ask|instruct|request) us to (stop|not|cease|no longer)',
    ],
    gloss: 'Says you can ask the provider to limit or stop a use or sharing of your data',
    examples: {
      match: [
        'Customers may limit the sharing of certain types of Personal Data.', 'You can ask us not to share your details with partners.',
        'You may withhold your date of birth.', 'Tell us to stop calling you at any time.',
      ],
      noMatch: ['We limit employee access to your data.'],
    },
  },
  {
    id: 'choice.directory-listing',
    label: LABEL,
    patterns: [
      '(designate|designated|request|choose) (their|your|a)? (telephone)? (listings|listing|number) (as|be)? (non published|unlisted|non listed|not published)',
      '(non published|unlisted|non listed) (number|numbers|listing|listings)',
    ],
    gloss: 'Says you can keep your phone number out of directories',
    examples: {
      match: [
        'Our VoIP customers can designate their telephone listings as non-published for print or electronic directories.',
        'Ask us for a non-published number if you want to stay out of the directory.',
      ],
      noMatch: ['Directory assistance is provided by a partner.'],
    },
  },
  {
    id: 'choice.cannot-opt-out',
    label: LABEL,
    kind: 'lookalike',
    // Naming the messages that keep coming after an opt-out states a limit, not a choice: OPP-115
    // annotators mark fewer than half of these, so alone it speaks against the label.
    prior: -3,
    patterns: [
      '(may|can) not (opt out|unsubscribe)',
      '(may|will) (still|continue to) (receive|contact|send)',
    ],
    gloss: 'Says which messages or uses you cannot opt out of',
    examples: {
      match: ['You may not opt out of the use of your Personal Data for Business Purposes.', 'Please be aware that we may continue to contact you via email for administrative purposes.'],
      noMatch: ['You may opt out at any time.'],
    },
  },
  {
    id: 'choice.do-not-sell-link',
    label: LABEL,
    patterns: [
      'do not sell (or share)? my (personal)? (information|info|data)',
      '(global privacy control|gpc)',
      'right to opt (out|in)',
    ],
    gloss: 'Points to the "Do Not Sell My Personal Information" control or a privacy signal',
    examples: {
      match: [
        'Click the Do Not Sell My Personal Information link at the bottom of any page.', 'We honor the Global Privacy Control signal.',
        'You have the right to opt out of the sale of your data.',
      ],
      noMatch: ['We do not sell your personal information.'],
    },
  },
  {
    id: 'choice.device-controls',
    label: LABEL,
    patterns: [
      // The object is a device feature; "manage access to the services" is the provider at work.
      '(disable|turn off|turning off|deactivate|switch off|adjust|change|manage) (the)? (location|location services|gps|geolocation|push notifications|notifications|tracking|ad tracking|bluetooth|camera|microphone|app access|location access|camera access|microphone access|contacts access)',
      '(device|mobile device|phone|operating system|app) (settings|setting|permissions|preferences|controls)',
      '(settings|permissions|preferences) (of|on|in) (your|the) (mobile)? (device|phone|operating system)',
      '(limit ad tracking|reset your advertising identifier|reset (your)? (advertising|ad) (id|identifier))',
    ],
    gloss: 'Says you can switch off location, notifications or ad tracking on your device',
    examples: {
      match: [
        'You can disable location services in your device settings.', 'You can turn off location in the settings of your device.',
        'You can reset your advertising identifier on your phone.',
      ],
      noMatch: ['We use location services to route 911 calls.'],
    },
  },
  {
    id: 'choice.consequences-of-declining',
    label: LABEL,
    // What breaks if you decline is usually said inside a collection or cookie paragraph: it only
    // counts together with a real choice cue.
    prior: 0.5,
    patterns: [
      '(if you|should you) (do not|choose not to|decline to|refuse to|fail to) (provide|give|accept|allow|enable|submit)',
      '(may|might|will) not be able to (use|access|take advantage|participate|receive|enjoy|register)',
      '(some|certain|many) (features|parts|portions|areas|functions|functionality|services|pages) (of|on) (our|the|this) (site|website|sites|websites|service|services)? (may|might|will) (not)? (function|work|be available|be unavailable|be accessible)',
    ],
    gloss: 'Says what happens if you decline to give data or accept cookies',
    examples: {
      match: [
        'If you block all cookies, the order form will not work and you may not be able to use some features.',
        'If you choose not to provide your email, we cannot send receipts.', 'Some features of the site may not work without cookies.',
      ],
      noMatch: ['You will be able to manage your account online.'],
    },
  },
];
