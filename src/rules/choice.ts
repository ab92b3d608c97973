// Rules for "User Choice/Control". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Choices the person has: consent, opt-in, opt-out, unsubscribing, cookie and browser settings,
// CPNI approval, not providing data. Seeing, correcting or deleting data is access.ts.
import type { Rule } from './types.ts';

const LABEL = 'User Choice/Control';

export const choiceRules: readonly Rule[] = [
  {
    id: 'choice.opt-out',
    label: LABEL,
    patterns: [
      '(opt out|opt outs|opted out|opting out|optout|opt in|opted in|opting in|optin)',
    ],
    gloss: 'Says you can opt out of (or must opt in to) a use of your data',
    examples: {
      match: ['You may opt-out of cookies tracking at any time.', 'We also provide you with an option to "Opt-out" of receiving advertising email from us.'],
      noMatch: ['We may send you promotional emails.'],
    },
  },
  {
    id: 'choice.unsubscribe',
    label: LABEL,
    patterns: [
      '(unsubscribe|unsubscribing|unsubscribed)',
      '(remove|removed|delete) (you|yourself|your name|your email|your e mail|your address|your information|your contact information)? (from|off) (our|the|any|all)? (mailing|e mail|email|marketing|distribution|subscriber|contact|promotional|telemarketing)? (list|lists|database)',
      '(stop|cease|no longer) (receiving|to receive|wish to receive|want to receive|sending you)',
      '(do not|no longer) (wish|want) to receive',
      '(follow|click|clicking|use|using) (the)? (unsubscribe|opt out|remove me|instructions|link) (link|instructions|option|feature|provided|included|at the bottom)',
    ],
    gloss: 'Says how to unsubscribe or stop receiving messages',
    examples: {
      match: [
        'You may opt-out of our marketing and communications emails by unsubscribing at the subscription center.',
        'Every issue of the newsletter ends with an unsubscribe link you can use at any time.',
      ],
      noMatch: ['You will receive our newsletter every week.'],
    },
  },
  {
    id: 'choice.browser-cookie-settings',
    label: LABEL,
    patterns: [
      '(set|setting|adjust|adjusting|configure|configuring|change|changing|modify|modifying|instruct|program) (your|the|their)? (web)? (browser|browsers|browser settings|browser preferences|settings|device settings) (to|so|settings|preferences)',
      '(browser|browsers) (settings|setting|preferences|options|controls|tools|help|to refuse|to reject|to block|to notify|to accept|to decline|to alert|to warn|to delete|to disable)',
      '(disable|disabling|disabled|block|blocking|refuse|refusing|reject|rejecting|decline|declining|delete|deleting|remove|removing|turn off|turning off|turned off|clear|clearing|erase|manage|managing|control|controlling) (all|some|the|any|these|such|your|existing|third party|our|certain)? (cookies|cookie|flash cookies|web beacons|local shared objects|tracking technologies)',
      '(cookies|cookie) (are|is)? (disabled|turned off|blocked|refused|rejected|deleted|not enabled)',
      '(accept|accepting|accepts) (or (reject|decline|refuse))? (cookies|cookie|all cookies)',
      '(help|tools) (section|menu|feature|option|function) (of|on|in) (your|the|most) (browser|web browser)',
      'without cookies (enabled)?',
      '(agree|consent) to (our|the) use of (cookies|cookie)',
      '(turning|turn|switch|switching|turned|switched) (cookies|cookie) off',
      '(notify|alert|warn) you when (you receive)? (a)? (cookie|cookies)',
    ],
    gloss: 'Says you can refuse, block or delete cookies in your browser settings',
    examples: {
      match: [
        'You may adjust your browser to reject cookies from us or from any other website.',
        'Please note that by turning cookies off, you may not have access to certain features available on the Site.',
        'For more information please select the "Help" option on your browser to assist you in changing your cookies preferences.',
      ],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'choice.consent',
    label: LABEL,
    // Policies often name consent in passing inside a sharing sentence; alone it is weak evidence.
    prior: 0.5,
    patterns: [
      '(ask|asks|request|requests|obtain|obtains|seek|seeks|get|require|requires|need|needs) (for)? (your|their|the|a|prior|express|explicit|affirmative|specific|parental|verifiable|additional|separate)? (prior|express|explicit|affirmative|opt in|specific)? (consent|permission|authorization|approval)',
      '(withdraw|withdrawn|revoke|revoked|revoking|withdrawing|change|give|giving|grant|granted) (your|their|such|this|the)? (consent|permission|authorization|approval)',
      '(if|unless|once|after) you (consent|authorize|approve|give us permission|opt)',
      '^ .? (consent|your consent|with your consent)$',
    ],
    gloss: 'Says something needs your consent, or how you give or withdraw it',
    examples: {
      match: [
        'You can withdraw your consent to receiving these types of communications at any time in your customer portal.',
        'For all other cookies, Fusion needs your consent.',
      ],
      noMatch: ['Consent decrees are public records.'],
    },
  },
  {
    id: 'choice.do-not-use-if-disagree',
    label: LABEL,
    prior: 0.8,
    patterns: [
      '(if you|should you) (do not|cannot|can not|no longer) (agree|accept|consent)',
      'please do not (use|access|participate|continue)',
    ],
    gloss: 'Says your choice is not to use the service if you disagree with the policy',
    examples: {
      match: ['If you do not agree with this Privacy Policy, please do not participate in the online or off-line activities.'],
      noMatch: ['If you agree, click continue.'],
    },
  },
  {
    id: 'choice.if-you-do-not-wish',
    label: LABEL,
    patterns: [
      '(if|should) you (do not|no longer) (wish|want|desire) (to receive|us to|to have|to be|to allow|to participate|for us|your|cookies|to share|such|this|these|to accept)',
      'you (may|can) (accept|decline|refuse) (certain|some|the|any|cookies|all|to)',
    ],
    gloss: 'Says what you can do if you do not want a use, message or cookie',
    examples: {
      match: ['If you do not wish for us to access your CPNI for our internal marketing purposes, you can contact us at any time.'],
      noMatch: ['If you wish to contact us, write to the address below.'],
    },
  },
  {
    id: 'choice.you-may-choose',
    label: LABEL,
    patterns: [
      'you (may|can|might|could|will|are free to|have the right to|have the option to|have the ability to|always have the option to)? (always)? (choose|elect|decide|select|opt|prefer|request) (not|to not|whether|which|to limit|to restrict|to receive|to stop|to have|to turn|to disable|to decline|to refuse)',
      'you (may|can|could|are free to|have the right to)? (decline|refuse|limit|restrict) (to|the|our|cookies|any|certain|your|that|such|this|receiving|some|sharing|use|us)',
      '(choose|decline|elect) not to (provide|give|submit|share|allow|accept|receive|participate|disclose|register)',
      'you (can|may|are able to|have the ability to|will be able to) (control|manage) (how|whether|which|what|the|your|cookies)',
      '(have|offer you|give you|provide you with) (a|the)? (choice|choices|controls|options) (about|regarding|for|over|with respect|to)',
      '(choices|choice) (about|regarding|with respect to) (the|your|our|how|cookies|marketing)',
      '^ .? (your)? (choices|choice|options|controls|opt out|choices and controls|your choices|your options|your privacy choices|choice opt out|choice and opt out)$',
    ],
    gloss: 'Says you may choose whether to give data, receive messages or allow a use',
    examples: {
      match: [
        'In some cases you have a choice about the collection and use of your Personal Data.',
        'If you choose not to provide certain information, some features may not be available.',
      ],
      noMatch: ['We choose our vendors carefully.'],
    },
  },
  {
    id: 'choice.not-required',
    label: LABEL,
    // OPP-115 annotators mostly file "providing it is optional" under collection; weak alone.
    prior: 0.5,
    patterns: [
      '(is|are|be) (entirely|completely|purely|always|strictly)? (voluntary|optional)',
      '(not|never) (required|obligated|obliged) to (provide|give|submit|disclose|share|register|answer|participate)',
      '(at your|your own) (option|discretion|choice)',
      '(is|are) (entirely|completely|always)? (your|up to you|up to your) (choice|decision)?',
      'you (are|be) (able to|free to) (browse|visit|use) (our|the|this)? (site|website|sites|services) (without|anonymously)',
      '(without|not) (providing|having to provide|revealing|disclosing|submitting) (any)? (personal|personally|your|information|identifying)',
    ],
    gloss: 'Says giving the data is voluntary or that you can use the service without it',
    examples: {
      match: ['Whether to sign up for newsletters and share personal details with us is up to you.', 'Providing your phone number is optional.'],
      noMatch: ['You are required to provide a valid billing address.'],
    },
  },
  {
    id: 'choice.marketing-preferences',
    label: LABEL,
    patterns: [
      '(preference|preferences|subscription|privacy) (center|centre|page|manager|dashboard)',
      '(update|change|modify|manage|adjust|set|indicate|express|tell us|let us know|edit) (your|their)? (marketing|communication|communications|email|e mail|contact|subscription|privacy|notification|cookie|cookies|ad|advertising|sharing)? (preferences|preference|settings|choices)',
      '(tell|let|notify|inform|contact|ask) us (if|that|know if|know that)? (you)? (do not|no longer|would prefer not to|prefer not to) (want|wish)',
      '(check|uncheck|checking|unchecking|tick|untick|select|deselect) (the|a|an)? (appropriate|relevant|opt out|opt in)? (box|boxes|checkbox)',
    ],
    gloss: 'Says how to set your marketing or communication preferences',
    examples: {
      match: [
        'Therefore, you will need to tell us if you do not want to receive marketing information directly from our Advertisers.',
        'You can change your communication preferences at any time in your account settings.',
      ],
      noMatch: ['We remember your language preference with a cookie.'],
    },
  },
  {
    id: 'choice.ad-industry-programs',
    label: LABEL,
    patterns: [
      '(network advertising initiative|digital advertising alliance|aboutads|about ads|youradchoices|your ad choices|adchoices|ad choices|your online choices|youronlinechoices|nai|daa|edaa|optout networkadvertising|networkadvertising)',
      '(self regulatory|self regulation) (program|programs|principles|principle)',
      '(consumer|industry) (opt out|choice) (page|tool|mechanism|program)',
    ],
    gloss: 'Points to industry ad opt-out programs (NAI, DAA, YourAdChoices)',
    examples: {
      match: ['You may opt out of interest-based ads from many companies through the Digital Advertising Alliance choice page.'],
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
    gloss: 'Says you can approve or restrict the carrier use of your CPNI (call records) for marketing',
    examples: {
      match: [
        'If you do not wish for us to access your CPNI for our internal marketing purposes, you can contact us at any time to change your preference.',
        'Your decision to permit or restrict our access to your CPNI for marketing purposes will not affect the provision of any services.',
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
      '(designate|designated) (their|your)? (telephone)? (listings|listing|number) (as)? (non published|unlisted|non listed)',
      '(do not|dont) (call|email|e mail|contact|mail) (list|registry|lists)',
    ],
    gloss: 'Says you can ask the provider to limit or stop a use or sharing of your data',
    examples: {
      match: [
        'Customers may limit the sharing of certain types of Personal Data.',
        'Our VoIP customers can designate their telephone listings as non-published for print or electronic directories.',
      ],
      noMatch: ['We limit employee access to your data.'],
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
      match: ['Click the Do Not Sell My Personal Information link at the bottom of any page.'],
      noMatch: ['We do not sell your personal information.'],
    },
  },
  {
    id: 'choice.device-controls',
    label: LABEL,
    patterns: [
      '(disable|turn off|turning off|deactivate|switch off|adjust|change|manage) (the)? (location|location services|gps|geolocation|push notifications|notifications|tracking|ad tracking|bluetooth|camera|microphone|access)',
      '(device|mobile device|phone|operating system|app) (settings|setting|permissions|preferences|controls)',
      '(limit ad tracking|reset your advertising identifier|reset (your)? (advertising|ad) (id|identifier))',
    ],
    gloss: 'Says you can switch off location, notifications or ad tracking on your device',
    examples: {
      match: ['You can disable location services in your device settings.'],
      noMatch: ['We use location services to route 911 calls.'],
    },
  },
  {
    id: 'choice.consequences-of-declining',
    label: LABEL,
    prior: 0.8,
    patterns: [
      '(if you|should you) (do not|choose not to|decline to|refuse to|fail to) (provide|give|accept|allow|consent|agree|enable|submit)',
      '(may|might|will) not be able to (use|access|take advantage|participate|receive|enjoy|register)',
      '(some|certain|many) (features|parts|portions|areas|functions|functionality|services|pages) (of|on) (our|the|this) (site|website|sites|websites|service|services)? (may|might|will) (not)? (function|work|be available|be unavailable|be accessible)',
    ],
    gloss: 'Says what happens if you decline to give data or accept cookies',
    examples: {
      match: ['However, disabling cookies might prevent you from accessing some of our content, and you may not be able to use some features.'],
      noMatch: ['You will be able to manage your account online.'],
    },
  },
  // Look-alikes: seeing or changing data you gave is access (access.ts), not a choice.
  {
    id: 'choice.access-edit-lookalike',
    label: LABEL,
    prior: -1.5,
    patterns: [
      '(access|review|correct|update|amend|edit|delete|view|modify) (and|or)? (correct|update|amend|delete|change)? (and|or)? (correct|update|amend|delete|change)? (your|the|any)? (personal|personally identifiable|account|profile|registration|contact)? (information|data|details|account) (that|we|by|at|in|through|you|collected|held|stored)',
      '(request|requests) (access to|a copy of|deletion of|correction of)',
    ],
    gloss: 'Says you can see, correct or delete your data, which is access rather than a choice',
    examples: {
      match: ['Generally, you may review, update or delete your Personal Information collected by the Site.'],
      noMatch: ['You can opt out of marketing emails at any time.'],
    },
  },
];
