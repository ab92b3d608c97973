// Rules for "User Choice/Control". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Choices the person has: consent, opt-in, opt-out, unsubscribing, cookie and browser settings,
// CPNI approval, not providing data. Seeing, correcting or deleting data is access.ts.
import type { Rule } from './types.ts';

const LABEL = 'User Choice/Control';

export const choiceRules: readonly Rule[] = [
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
      match: ['Readers who no longer want to receive the newsletter can send us a short note.'],
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
      match: ['To remove your name and address from our promotional mailing lists, call customer service.'],
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
      match: ['You can follow the unsubscribe link included in every newsletter.', 'We install an opt-out mechanism directly in any such email messages.'],
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
      match: ['We will continue to follow guidance on opt-in consent for the use and sharing of sensitive information.'],
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
        'Please note that by turning cookies off, you may not have access to certain features available on the Site.',
        'You may opt-out of cookies tracking at any time.',
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
      match: ['For all other cookies, Fusion needs your consent.', 'Fusion obtains this consent when you access our Site.'],
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
      match: ['You can withdraw your consent to receiving these types of communications at any time in your customer portal.'],
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
      match: ['If you do not agree with this Privacy Policy, please do not participate in the online or off-line activities.'],
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
        'If you choose not to provide certain information, some features may not be available.',
      ],
      noMatch: ['We choose our vendors carefully.'],
    },
  },
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
      match: ['Your Choices', 'Choice/Opt-Out'],
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
      match: ['This Policy provides information regarding your choices to either opt out or opt in.'],
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
      match: ['You are not required to provide a second phone number.', 'You can browse our website without providing any personal information.'],
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
        'You can change your communication preferences at any time in your account settings.',
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
    gloss: 'Says you can approve or restrict the carrier’s use of your CPNI (call records) for marketing',
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
      '(tell|ask|instruct|request) us to (stop|not|cease|no longer)',
    ],
    gloss: 'Says you can ask the provider to limit or stop a use or sharing of your data',
    examples: {
      match: ['Customers may limit the sharing of certain types of Personal Data.'],
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
      match: ['Our VoIP customers can designate their telephone listings as non-published for print or electronic directories.'],
      noMatch: ['Directory assistance is provided by a partner.'],
    },
  },
  {
    id: 'choice.cannot-opt-out',
    label: LABEL,
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
      match: ['Click the Do Not Sell My Personal Information link at the bottom of any page.'],
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
      match: ['You can disable location services in your device settings.'],
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
      match: ['If you block all cookies, the order form will not work and you may not be able to use some features.'],
      noMatch: ['You will be able to manage your account online.'],
    },
  },
  // Look-alikes: a sentence that opens on the condition ("if you disable cookies", "should you
  // decline") and goes on to what stops working tells the consequence of a choice, not the
  // choice; OPP-115 annotators leave such sentences to the paragraph's collection topic. Strong
  // enough to cancel the cookie or opt-out cue the same sentence carries.
  {
    id: 'choice.consequence-lookalike',
    label: LABEL,
    prior: -5,
    patterns: [
      '^ (however|please note that|note that|please be aware that|be aware that|but|also|please note|note)? (if|should|when|by) (you|your browser|your computer|your device|users) * (disable|disables|disabled|disabling|block|blocking|delete|deleting|refuse|refusing|reject|rejecting|decline|declining|turn off|turning off|switch off|switching off|do not accept|does not accept|not to accept|choose not to|decide not to|elect not to|do not provide|do not allow|fail to) * (may|might|will|would|can) not',
      '^ (however|please note that|note that|please be aware that|be aware that|but|also|please note|note)? (some|certain|many|parts|portions|areas|features|sections|all) * (may|might|will|would) not (work|function|be available|be accessible|operate|display)',
      '^ (however|please note that|note that|please be aware that|be aware that|but|also|please note|note)? you (may|might|will|would) not be able to * (if|unless|without) (you|your)',
      '(opting out|unsubscribing|declining|disabling cookies) (may|might|will|would) (prevent|mean|result|limit|affect)',
      // The same condition followed by a chore or a reassurance: "you will have to sign in each
      // time", "you can still browse the site".
      '^ (however|please note that|note that|please be aware that|be aware that|but|also|please note|note)? (if|should|when) (you|users|your browser) (disable|block|delete|refuse|reject|decline|turn off|switch off) * (you|they|users) (will|would|may|might|can) (have to|need to|still)',
    ],
    gloss: 'Says what stops working if you decline, which is the consequence of a choice rather than the choice itself',
    examples: {
      match: [
        'However, if you switch off cookies in your browser, parts of the store may not work as intended.',
        'Some pages of the service will not function properly without cookies.',
        'If you block our cookies, you will have to type your password again on every visit.',
      ],
      noMatch: ['Your browser lets you refuse cookies, though a few pages might then load more slowly.'],
    },
  },
  // Look-alikes: an overview of the policy ("this policy explains ... how you can opt out") or a
  // cross-reference to the section that holds the choices ("as described above", "see the
  // Choices section") names the choice without offering it in this passage.
  {
    id: 'choice.overview-or-section-pointer',
    label: LABEL,
    prior: -3,
    patterns: [
      '(policy|notice|statement|section|sections) (also|will|below|above)? (describes|describe|explains|explain|outlines|outline|covers|cover|summarizes|answers|addresses|tells you|sets out) * * * (how|what|which|whether) * (opt out|choices|choice|manage|control|options|unsubscribe|preferences|limit)',
      '(opt out|opting out|choices|choice|unsubscribe|preferences|options) * (as|are|is) (described|discussed|set forth|explained|noted|mentioned) (above|below|earlier|later|in section|in the section|in sections)',
      '^ (please)? (see|read) (the|our|this)? .? .? .? .? (section|sections) $',
      '(section|heading) (of (this|our) (online )?(privacy )?(policy|notice|statement) )?(titled|entitled|headed)',
      '(jump to|links below|link below)',
      // A sentence that opens by saying what the policy explains is an overview, however long.
      '^ (this|the|our) (online )?(privacy )?(policy|notice|statement) (also |will )?(describes|explains|outlines|tells you|covers|answers|explain|describe|discloses|sets out|summarizes)',
    ],
    gloss: 'An overview of the policy or a pointer to the section on choices, not the choice itself',
    examples: {
      match: [
        'This notice explains what we gather, whom we share it with and the ways to opt out.',
        'Your options for limiting these uses are explained later in this notice.',
      ],
      noMatch: ['You can opt out of partner offers by writing to our support desk.'],
    },
  },
  // Look-alikes: "if you do not want it shared, do not enter the contest" offers no control over
  // the practice, only staying away from one feature; annotators rarely file it under choice.
  // (Not using the whole service after disagreeing is choice.do-not-use-if-disagree.)
  {
    id: 'choice.avoid-the-feature-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '(if|should) you (do not|dont|no longer) (want|wish) * (you should not|should not|do not|please do not|please refrain from|refrain from|you must not|you will need to avoid|avoid) (participate|participating|submit|submitting|provide|providing|enter|entering|connect|connecting|sign up|post|posting|join|joining|share|sharing|give|register|link)',
    ],
    gloss: 'Says to stay away from a feature if you dislike how it handles data, rather than offering a control',
    examples: {
      match: ['Should you no longer wish the sponsor to see your entry, refrain from entering the giveaway.'],
      noMatch: ['To leave the newsletter, press the unsubscribe button.'],
    },
  },
  // Look-alikes: objecting to a revision of the policy, or the only remedy being to stop using the
  // site, belongs to Policy Change; it reads like an objection right but offers no control.
  {
    id: 'choice.policy-change-objection-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '(object|objects|disagree|disagrees|do not agree|not agree|do not accept) (to|with)? (any|the|these|such|those)? (of the)? (changes|change|amendments|amendment|modifications|modification|revisions|revision|updates|revised|amended|modified|updated)',
      '(sole|only|exclusive) (recourse|remedy)',
      '(as|which) it may be (amended|modified|revised|updated|changed)',
    ],
    gloss: 'Says what to do if you dislike a change to the policy, which is a policy change rather than a choice',
    examples: {
      match: ['If you disagree with any revisions, your only remedy is to close your account.'],
      noMatch: ['You may object to our use of your data for marketing.'],
    },
  },
  // Look-alikes: "if you choose to enable the feature, we store X" states when a collection or
  // use happens; the person's choosing is the condition, not a control the policy offers.
  {
    id: 'choice.if-you-choose-then-we-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '^ (additionally|also|however|and)? (if|when|once|where) you (choose|elect|decide|opt) to (have|receive|enable|use|provide|submit|share|participate|register|sign up|join|connect|link|post|turn on|allow|give|send|make|enter|download|access) * (we|our|it|the|they|this) (will|may|might|can|automatically|also|then|would)? (store|stores|collect|collects|use|uses|record|records|retain|keep|save|saves|share|shares|receive|send|obtain|have access|access|be stored|be collected|be shared|be used|be able|process)',
    ],
    gloss: 'Says what is collected or shared once you choose to use a feature, rather than offering a choice',
    examples: {
      match: ['If you choose to link your music account, we will store your playlists on our servers.'],
      noMatch: ['You may choose not to link your music account.'],
    },
  },
  // Look-alikes: "we will not share your data unless you consent" / "without your permission"
  // describes the sharing practice and its exception; OPP-115 annotators file it under sharing
  // (with consent as an attribute) far more often than under choice.
  {
    id: 'choice.sharing-needs-consent-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '(not|never) (share|disclose|sell|rent|provide|give|transfer) * * unless you (affirmatively|expressly|first|specifically)? (opt in|agree|consent|authorize|authorise|choose|request|give)',
      '(not|never) (share|disclose|sell|rent|provide|give|transfer|use) * * without (first )?(obtaining |getting |receiving )?your (prior |express |explicit |affirmative |written )?(consent|permission|authorization|approval)',
      '(share|disclose|sell|rent|provide|transfer) * * (only )?(with|upon) your (prior |express |explicit |affirmative |written )?(consent|permission|authorization)',
    ],
    gloss: 'Says data is shared only with your consent, which describes the sharing rule rather than a control you use',
    examples: {
      match: ['We will not rent your mailing address to other retailers without your express permission.'],
      noMatch: ['You can withdraw your permission for partner sharing in your account settings.'],
    },
  },
  // Look-alikes: "children under 13 should not use this site" is an audience rule (International
  // and Specific Audiences), not a choice offered to the reader.
  {
    id: 'choice.children-audience-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '(children|minors|child|kids|individuals|persons|anyone|users) (under|younger than) (the age of )?(13|thirteen|18|eighteen|16|sixteen)',
    ],
    gloss: 'A rule about children or minors using the site, not a choice offered to you',
    examples: {
      match: ['Kids younger than 13 must not register for the forum.'],
      noMatch: ['Forum digest emails can be switched off whenever you like.'],
    },
  },
  // Look-alikes: a state law's disclosure right names opting out, but the sentence is about the law.
  {
    id: 'choice.state-law-lookalike',
    label: LABEL,
    prior: -3,
    patterns: [
      '(shine the light|1798 83|civil code|a business may comply|such businesses may|businesses may have)',
      // State-resident rights sit under International and Specific Audiences in OPP-115.
      '(california|nevada|vermont) (residents|resident|customers|consumers|users|law|privacy rights)',
    ],
    gloss: 'Describes what a state privacy law requires of businesses, not a choice offered to you',
    examples: {
      match: ['A business may comply with the law by publishing a policy that lets customers opt out.'],
      noMatch: ['You may opt out of marketing emails at any time.'],
    },
  },
  // Look-alikes: the browser Do Not Track signal has its own label (dnt.ts).
  {
    id: 'choice.dnt-lookalike',
    label: LABEL,
    prior: -3,
    patterns: ['(do not track|dnt) (signal|signals|request|requests|setting|settings|preference|mechanism|mechanisms|standard|protocol|compliance|browser|feature|features|option|is|and)'],
    gloss: 'Explains the browser Do Not Track signal, which is its own topic rather than a choice offered here',
    examples: {
      match: ['Do Not Track is a preference you can set in your browser to tell sites you do not want to be tracked.'],
      noMatch: ['You may opt out of interest-based ads on the choice page.'],
    },
  },
  // Look-alikes: a pointer elsewhere for more about someone else's opt-out is not itself the choice.
  {
    id: 'choice.pointer-lookalike',
    label: LABEL,
    prior: -1.5,
    patterns: [
      '(learn more|more information|further information|additional information|find out more|to know) (about|on|regarding)? * (opt out|opting out|choices|choice)',
      // A sentence that opens by offering more reading ("For information about how the vendor
      // handles cookies, see ...") points to a control described elsewhere.
      '^ (for|to learn|to find out|to read) (more|further|additional)? (information|details|more|out more) (about|on|regarding|concerning) ',
    ],
    gloss: 'Points elsewhere for more about opting out, rather than stating the choice itself',
    examples: {
      match: [
        'For more information about the ad server and its opt-out choices, see its own privacy notice.',
        'For details on how the analytics vendor lets you switch off its cookies, visit its help pages.',
      ],
      noMatch: ['You may opt out of our newsletter at any time.'],
    },
  },
  // Look-alikes: seeing or changing data you gave is access (access.ts), not a choice.
  {
    id: 'choice.access-edit-lookalike',
    label: LABEL,
    prior: -3,
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
