// User Choice/Control: opting out and in, unsubscribing, cookie and browser settings, consent
// and its withdrawal, "if you do not wish", "you may choose". Registered in ./index.ts.
import type { Rule } from '../../types.ts';

const LABEL = 'User Choice/Control';

export const optOutRules: readonly Rule[] = [
  {
    id: 'choice.opt-out',
    label: LABEL,
    // Opting in is choice.opt-in: naming it here too counted every opt-in sentence twice, which
    // outweighed any look-alike that same sentence carried.
    patterns: [
      '(opt out|opt outs|opted out|opting out|optout)',
    ],
    gloss: 'Says you can opt out of a use of your data',
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
    ],
    gloss: 'Says how to unsubscribe from messages',
    examples: {
      match: [
        'You may opt-out of our marketing and communications emails by unsubscribing at the subscription center.',
        'Every issue of the newsletter ends with an unsubscribe link you can use at any time.',
      ],
      noMatch: ['You will receive our newsletter every week.'],
    },
  },
  {
    id: 'choice.stop-receiving',
    label: LABEL,
    patterns: [
      '(stop|cease|no longer) (receiving|to receive|wish to receive|want to receive|sending you)',
      '(stop|cancel|end|terminate) (the)? (delivery|receipt) of',
      '(cancel|terminate|end) (your|any|the)? (free)? (email|e mail|newsletter|magazine)? (subscription|subscriptions)',
      '(do not|no longer) (wish|want) to receive',
    ],
    gloss: 'Says how to stop receiving messages you no longer want',
    examples: {
      match: [
        'Readers who no longer want to receive the newsletter can send us a short note.', 'You can stop the delivery of our catalogue by calling us.',
        'You may cancel your newsletter subscription at any time.',
      ],
      noMatch: ['You will receive our newsletter every week.'],
    },
  },
  {
    id: 'choice.remove-from-list',
    label: LABEL,
    patterns: [
      '(remove|removed|delete) (you|yourself|your name|your email|your e mail|your address|your information|your contact information)? (from|off) (our|the|any|all)? (mailing|e mail|email|marketing|distribution|subscriber|contact|promotional|telemarketing)? (list|lists|database)',
      '(remove|delete) (your|you) .? .? .? from (our|the|any|all)? (mailing|e mail|email|marketing|promotional|distribution|subscriber|contact|telemarketing)? (mailing|e mail|email|marketing)? (list|lists|database)',
    ],
    gloss: 'Says you can have yourself removed from mailing or marketing lists',
    examples: {
      match: [
        'To remove your name and address from our promotional mailing lists, call customer service.', 'Ask us to remove your email from our mailing list.',
      ],
      noMatch: ['We remove expired entries from the database each month.'],
    },
  },
  {
    id: 'choice.link-in-message',
    label: LABEL,
    patterns: [
      '(follow|click|clicking|use|using|select) (on)? (the)? (unsubscribe|opt out|remove me|instructions|link) (link|instructions|option|feature|provided|included|at the bottom|in)',
      '(link|instructions|mechanism) (provided|included|contained|found|at the bottom|directly) (in|of|at the bottom of) (any|each|every|the|our|all)? (such)? (email|e mail|emails|e mails|message|messages|newsletter|communication)',
      '(reply|replying) (to)? (the|any|that)? (email|e mail|message) (with|and)',
    ],
    gloss: 'Says each message carries a link or instructions to opt out',
    examples: {
      match: [
        'You can follow the unsubscribe link included in every newsletter.', 'We install an opt-out mechanism directly in any such email messages.',
        'You can reply to the email with the word STOP.',
      ],
      noMatch: ['Click the link to confirm your email address.'],
    },
  },
  {
    id: 'choice.opt-out-of-marketing',
    label: LABEL,
    patterns: [
      '(opt out|opt outs|opting out|unsubscribe|opted out) (of|from) (receiving|having)? (our|the|these|such|any|all|future)? .? (marketing|promotional|commercial|email|e mail|emails|e mails|newsletters|newsletter|communications|mailings|offers|advertising|direct mail|text|sms|messages)',
    ],
    gloss: 'Says you can opt out of marketing emails, mailings or texts',
    examples: {
      match: ['You may opt out of Fusion marketing communications at any time.'],
      noMatch: ['You may opt out of the directory listing.'],
    },
  },
  {
    id: 'choice.opt-in',
    label: LABEL,
    patterns: [
      '(opt in|opted in|opting in|optin)',
      'affirmatively (consent|opt|agree|choose)',
    ],
    gloss: 'Says a use happens only if you opt in',
    examples: {
      match: [
        'We will continue to follow guidance on opt-in consent for the use and sharing of sensitive information.',
        'We send offers only to members who affirmatively opt in.',
      ],
      noMatch: ['We may use your information for marketing.'],
    },
  },
  {
    id: 'choice.browser-cookie-settings',
    label: LABEL,
    patterns: [
      '(set|setting|adjust|adjusting|configure|configuring|change|changing|modify|modifying|instruct|program) (your|the|their)? (web)? (browser|browsers|browser settings|browser preferences|settings|device settings) (to|so|settings|preferences)',
      '(browser|browsers) (settings|setting|preferences|options|controls|tools|help|to refuse|to reject|to block|to notify|to accept|to decline|to alert|to warn|to delete|to disable)',
      '(help|tools) (section|menu|feature|option|function) (of|on|in) (your|the|most) (browser|web browser)',
      '(settings|preferences|options) (in|of|on) (your|the)? (web)? (browser|browsers)',
      '(agree|consent) to (our|the) use of (cookies|cookie)',
      '(notify|alert|warn) you when (you receive)? (a)? (cookie|cookies)',
    ],
    gloss: 'Says you can change your browser settings to control cookies',
    examples: {
      match: [
        'You may adjust your browser to reject cookies from us or from any other website.',
        'For more information please select the "Help" option on your browser to assist you in changing your cookies preferences.',
        'You can change the settings in your browser to refuse cookies.', 'Click the button if you agree to our use of cookies.',
        'Your browser can notify you when you receive a cookie.',
      ],
      noMatch: ['We use cookies to remember your preferences.'],
    },
  },
  {
    id: 'choice.refuse-cookies',
    label: LABEL,
    patterns: [
      '(disable|disabling|disabled|block|blocking|refuse|refusing|reject|rejecting|decline|declining|delete|deleting|remove|removing|turn off|turning off|turned off|clear|clearing|erase|manage|managing|control|controlling|prevent|stop) (all|some|the|any|these|such|your|existing|third party|our|certain)? (cookies|cookie|flash cookies|web beacons|local shared objects|tracking technologies)',
      '(cookies|cookie) (are|is)? (disabled|turned off|blocked|refused|rejected|deleted|not enabled)',
      '(accept|accepting|accepts) (or (reject|decline|refuse))? (cookies|cookie|all cookies)',
      'without cookies (enabled)?',
      '(turning|turn|switch|switching|turned|switched) (cookies|cookie) off',
      '(opt out|opt outs) (of)? (cookies|cookie|cookies tracking)',
    ],
    gloss: 'Says you can refuse, block or delete cookies',
    examples: {
      match: [
        'Please note that by turning cookies off, you may not have access to certain features available on the Site.', 'You may opt-out of cookies tracking at any time.',
        'You can block cookies in your browser.', 'If cookies are disabled, some pages may not work.', 'Your browser may let you accept or reject cookies.',
        'You can browse the shop without cookies enabled.',
      ],
      noMatch: ['Cookies help us remember your preferences.'],
    },
  },
  {
    id: 'choice.flash-and-email-images',
    label: LABEL,
    patterns: [
      '(flash player|flash cookies|local shared objects|html5 local storage) * (settings|set|reject|delete|disable|manage|control)',
      '(display|view|read|receive) (html)? (e mails|emails|email|e mail)? as (text only|plain text)',
      '(turning|turn) images (off)?',
    ],
    gloss: 'Says how to block Flash cookies or tracking images in email',
    examples: {
      match: [
        'If you have a Flash player installed on your computer, your Flash player may be able to be set to reject or delete Flash cookies.',
        'By setting your Web browser to display HTML e-mails as text only, you may be able to prevent the use of some image tags.',
        'Turning images off in your mail app stops web beacons.',
      ],
      noMatch: ['We use Flash to play videos.'],
    },
  },
  {
    id: 'choice.consent',
    label: LABEL,
    // Policies often name consent in passing inside a sharing or collection sentence, and OPP-115
    // annotators rarely file such a sentence under choice (about one in six): no weight of its own
    // beyond what the seeds show, so it takes a second choice cue to carry the label.
    prior: 0,
    patterns: [
      '(ask|asks|request|requests|obtain|obtains|seek|seeks|get|require|requires|need|needs) (for)? (your|their|the|a|this|such|prior|express|explicit|affirmative|specific|parental|verifiable|additional|separate)? (prior|express|explicit|affirmative|opt in|specific)? (consent|permission|authorization|approval)',
      '(give|giving|grant|granted) (your|their|such|this|the)? .? .? (consent|permission|authorization|approval)',
      '(if|unless|once|after) you (consent|authorize|approve|give us permission|opt)',
      '^ .? (consent|your consent|with your consent)$',
    ],
    gloss: 'Says something needs your consent, or how you give or withdraw it',
    examples: {
      match: [
        'For all other cookies, Fusion needs your consent.', 'Fusion obtains this consent when you access our Site.', 'You can give your consent in the app settings.',
        'We only share your location if you consent.', 'With your consent',
      ],
      noMatch: ['Consent decrees are public records.'],
    },
  },
  {
    id: 'choice.withdraw-consent',
    label: LABEL,
    patterns: [
      '(withdraw|withdrawn|revoke|revoked|revoking|withdrawing|change) (your|their|such|this|the)? .? .? (consent|permission|authorization|approval)',
      '(object|objection|objections) to (our|the|any|including|sharing|this)',
    ],
    gloss: 'Says you can withdraw consent you gave, or object to a use',
    examples: {
      match: [
        'You can withdraw your consent to receiving these types of communications at any time in your customer portal.',
        'You may object to our use of your data for marketing.',
      ],
      noMatch: ['We obtained consent when you signed up.'],
    },
  },
  {
    id: 'choice.do-not-use-if-disagree',
    label: LABEL,
    patterns: [
      '(if you|should you) (do not|cannot|can not|no longer) (agree|accept|consent)',
      'please do not (use|access|participate|continue)',
      '(should|must) (not|immediately) (use|access|exit|stop using|discontinue)',
    ],
    gloss: 'Says your choice is not to use the service if you disagree with the policy',
    examples: {
      match: [
        'If you do not agree with this Privacy Policy, please do not participate in the online or off-line activities.',
        'If you disagree with this policy, you should not use the site.',
      ],
      noMatch: ['If you agree, click continue.'],
    },
  },
  {
    id: 'choice.if-you-do-not-wish',
    label: LABEL,
    patterns: [
      '(if|should) you (do not|no longer) (wish|want|desire) (to receive|us to|to have|to be|to allow|to participate|for us|your|cookies|to share|such|this|these|to accept|certain|any|the)',
      'you (may|can) (accept|decline|refuse) (certain|some|the|any|cookies|all|to)',
    ],
    gloss: 'Says what you can do if you do not want a use, message or cookie',
    examples: {
      match: [
        'If you do not wish for us to access your CPNI for our internal marketing purposes, you can contact us at any time.',
        'You may decline cookies when you first visit.',
      ],
      noMatch: ['If you wish to contact us, write to the address below.'],
    },
  },
  {
    id: 'choice.you-may-choose',
    label: LABEL,
    patterns: [
      'you (may|can|might|could|will|are free to|have the right to|have the option to|have the ability to|always have the option to)? (always)? (choose|elect|decide|select|opt|prefer|request) (not|to not|whether|which|to limit|to restrict|to receive|to stop|to have|to turn|to disable|to decline|to refuse)',
      'you (may|can|could|are free to|have the right to)? (decline|refuse|limit|restrict) (to|the|our|cookies|any|certain|your|that|such|this|receiving|some|sharing|use|us)',
      '(refusal|refuse|unwilling) to (provide|submit|give|disclose|accept)',
      '(choose|decline|elect) not to (provide|give|submit|share|allow|accept|receive|participate|disclose|register)',
      'you (can|may|are able to|have the ability to|will be able to) (control|manage) (how|whether|which|what|the|your|cookies)',
      '(have|offer you|give you|provide you with) (a|the)? (choice|choices|controls|options) (about|regarding|for|over|with respect|to)',
      '(opportunity|option|ability) to (decide|choose) (whether|if|not|which)',
      '(make|making) (your)? choices (about|regarding|on)',
      '(it is|is) (entirely)? (your|up to you) (choice|decision) (whether|to|if)',
    ],
    gloss: 'Says you may choose whether to give data, receive messages or allow a use',
    examples: {
      match: [
        'In some cases you have a choice about the collection and use of your Personal Data.',
        'If you choose not to provide certain information, some features may not be available.', 'You can refuse cookies from advertisers.',
        'Your refusal to provide your email means we cannot reply.', 'You can control which cookies we set.', 'You have the option to choose whether we send you offers.',
        'Our settings page helps you in making choices about ads.', 'It is your choice whether to give us your phone number.',
      ],
      noMatch: ['We choose our vendors carefully.'],
    },
  },
];
