// User Choice/Control look-alikes (kind 'lookalike', negative prior): the consequence of a
// choice, an overview or pointer, avoiding a feature, another label's practice named with
// choice words. Registered in ./index.ts. (choice.cannot-opt-out, in controls.ts, is one too.)
import type { Rule } from '../../types.ts';

const LABEL = 'User Choice/Control';

export const lookalikeRules: readonly Rule[] = [
  // Look-alikes: a sentence that opens on the condition ("if you disable cookies", "should you
  // decline") and goes on to what stops working tells the consequence of a choice, not the
  // choice; OPP-115 annotators leave such sentences to the paragraph's collection topic. Strong
  // enough to cancel the cookie or opt-out cue the same sentence carries.
  {
    id: 'choice.consequence-lookalike',
    label: LABEL,
    kind: 'lookalike',
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
        'Some pages of the service will not function properly without cookies.', 'If you block our cookies, you will have to type your password again on every visit.',
        'You may not be able to check out if you disable cookies.', 'Disabling cookies may prevent some pages from loading.',
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
    kind: 'lookalike',
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
        'This notice explains what we gather, whom we share it with and the ways to opt out.', 'Your options for limiting these uses are explained later in this notice.',
        'This section explains how you can manage your email preferences.', 'Please see the Your Choices section.', 'Read the section titled Your Choices.',
        'Jump to your choices.',
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
    kind: 'lookalike',
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
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(object|objects|disagree|disagrees|do not agree|not agree|do not accept) (to|with)? (any|the|these|such|those)? (of the)? (changes|change|amendments|amendment|modifications|modification|revisions|revision|updates|revised|amended|modified|updated)',
      '(sole|only|exclusive) (recourse|remedy)',
      '(as|which) it may be (amended|modified|revised|updated|changed)',
    ],
    gloss: 'Says what to do if you dislike a change to the policy, which is a policy change rather than a choice',
    examples: {
      match: [
        'If you disagree with any revisions, your only remedy is to close your account.', 'You agree to this notice as it may be amended from time to time.',
      ],
      noMatch: ['You may object to our use of your data for marketing.'],
    },
  },
  // Look-alikes: "if you choose to enable the feature, we store X" states when a collection or
  // use happens; the person's choosing is the condition, not a control the policy offers.
  {
    id: 'choice.if-you-choose-then-we-lookalike',
    label: LABEL,
    kind: 'lookalike',
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
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(not|never) (share|disclose|sell|rent|provide|give|transfer) * * unless you (affirmatively|expressly|first|specifically)? (opt in|agree|consent|authorize|authorise|choose|request|give)',
      '(not|never) (share|disclose|sell|rent|provide|give|transfer|use) * * without (first )?(obtaining |getting |receiving )?your (prior |express |explicit |affirmative |written )?(consent|permission|authorization|approval)',
      '(share|disclose|sell|rent|provide|transfer) * * (only )?(with|upon) your (prior |express |explicit |affirmative |written )?(consent|permission|authorization)',
    ],
    gloss: 'Says data is shared only with your consent, which describes the sharing rule rather than a control you use',
    examples: {
      match: [
        'We will not rent your mailing address to other retailers without your express permission.', 'We will not share your phone number unless you agree.',
        'We share your email only with your express consent.',
      ],
      noMatch: ['You can withdraw your permission for partner sharing in your account settings.'],
    },
  },
  // Look-alikes: "children under 13 should not use this site" is an audience rule (International
  // and Specific Audiences), not a choice offered to the reader.
  {
    id: 'choice.children-audience-lookalike',
    label: LABEL,
    kind: 'lookalike',
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
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(shine the light|1798 83|civil code|a business may comply|such businesses may|businesses may have)',
      // State-resident rights sit under International and Specific Audiences in OPP-115.
      '(california|nevada|vermont) (residents|resident|customers|consumers|users|law|privacy rights)',
    ],
    gloss: 'Describes what a state privacy law requires of businesses, not a choice offered to you',
    examples: {
      match: [
        'A business may comply with the law by publishing a policy that lets customers opt out.',
        'California residents may ask for a list of the companies we share with.',
      ],
      noMatch: ['You may opt out of marketing emails at any time.'],
    },
  },
  // Look-alikes: the browser Do Not Track signal has its own label (../dnt.ts).
  {
    id: 'choice.dnt-lookalike',
    label: LABEL,
    kind: 'lookalike',
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
    kind: 'lookalike',
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
  // Look-alikes: seeing or changing data you gave is access (../access.ts), not a choice.
  {
    id: 'choice.access-edit-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(access|review|correct|update|amend|edit|delete|view|modify) (and|or)? (correct|update|amend|delete|change)? (and|or)? (correct|update|amend|delete|change)? (your|the|any)? (personal|personally identifiable|account|profile|registration|contact)? (information|data|details|account) (that|we|by|at|in|through|you|collected|held|stored)',
      '(request|requests) (access to|a copy of|deletion of|correction of)',
    ],
    gloss: 'Says you can see, correct or delete your data, which is access rather than a choice',
    examples: {
      match: [
        'Generally, you may review, update or delete your Personal Information collected by the Site.', 'You can request a copy of your records by post.',
      ],
      noMatch: ['You can opt out of marketing emails at any time.'],
    },
  },
];
