// Rules for "Policy Change". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// The policy itself may change and people are told how. Updating *your* account details is
// User Access, and a bare "Last updated" date line is Introductory/Generic.
import type { Rule } from '../types.ts';
import { CONTENTS_LIST, EDIT_POLICY, POLICY_DOC } from '../words.ts';

const LABEL = 'Policy Change';

const THIS_POLICY = `(this|our|the|these|its|any) (online |website |web site |global |customer )?(privacy )?${POLICY_DOC}`;
const CHANGES = '(changes|change|modifications|modification|updates|update|revisions|revision|amendments|amendment|alterations)';

export const changeRules: readonly Rule[] = [
  {
    id: 'change.may-change-policy',
    label: LABEL,
    patterns: [
      `${EDIT_POLICY} ${THIS_POLICY}`,
      `${THIS_POLICY} (may|might|will|can|could|is subject to) (be )?(change|changed|updated|modified|revised|amended|altered|supplemented)`,
      `(${POLICY_DOC}|guidelines|practices|terms) (is|are) subject to (change|revision|modification)`,
      `${POLICY_DOC} (has|have) (recently )?been (updated|changed|revised|amended|modified)`,
      `${POLICY_DOC} (may|might|will) (change|evolve) (from time to time|over time|periodically)`,
    ],
    gloss: 'Says the company may change this privacy policy',
    examples: {
      match: [
        'We reserve the right to update this privacy policy and our practices at anytime.', 'This Policy may be revised from time to time.',
        'This notice is subject to change without warning.', 'This notice has recently been revised to cover our new app.', 'Our policies may change from time to time.',
      ],
      noMatch: ['You may update your account information at any time.'],
    },
  },
  {
    id: 'change.reserve-right-to-change',
    label: LABEL,
    patterns: [`reserves? the right to ${EDIT_POLICY} (this|the|these|our|its|it|any)`, `reserves? the right * ${EDIT_POLICY} (this|our|the|its) (privacy )?${POLICY_DOC}`],
    gloss: 'Says the company keeps the right to change the policy',
    examples: {
      match: ['Conferencing Tree reserves the right to modify its privacy policy at any time.'],
      noMatch: ['We reserve the right to disclose information to comply with the law.'],
    },
  },
  {
    id: 'change.changes-to-policy',
    label: LABEL,
    patterns: [
      `${CHANGES} (to|in|of) ${THIS_POLICY}`,
      `(privacy )?${POLICY_DOC} ${CHANGES} $`,
      `^ ${CHANGES} to (this|our|the) (privacy )?(policy|notice|statement)`,
      `(material|significant|substantial|important) ${CHANGES}`,
    ],
    gloss: 'Talks about changes to the privacy policy',
    examples: {
      match: ['Changes to this Privacy Policy', 'Privacy Policy Changes', 'If we make material changes we will tell you.'],
      noMatch: ['Changes to your account settings take effect at once.'],
    },
  },
  {
    id: 'change.notify-of-changes',
    label: LABEL,
    patterns: [
      `({notify}|{inform}|{alert}|{tell}|{advise}|{email}|{contact}) (you|users|our users|customers|our customers|members) * ${CHANGES}`,
      `(notice|notification|notify|email|e mail) (of|about|regarding|concerning) (any |the |such |these |material |significant )?${CHANGES}`,
      `${CHANGES} * (by|via) (posting|email|e mail|a notice|notice|prominent notice|sending)`,
      `(prominent|prominently) (notice|posted|post|display)`,
    ],
    gloss: 'Says how you will be told about changes to the policy',
    examples: {
      match: [
        'We will notify you of any changes by email.', 'We will email you about material changes before they take effect.',
        'We will send you notice of material changes by email.', 'We will put a prominent notice on the home page before a change takes effect.',
      ],
      noMatch: ['We will notify you when your order ships.'],
    },
  },
  {
    id: 'change.post-revised-policy',
    label: LABEL,
    patterns: [
      `({post}|{publish}|{display}) (the |any |an |a )?(new|revised|updated|amended|modified|changed) (version of (this|the|our) )?(privacy )?(policy|notice|statement|version|terms)`,
      `({post}|{publish}) (any |the |such |those |these |all )?${CHANGES} (on|to|at|here|in)`,
      '(revised|updated|amended|modified|new|changed) (version of (this|the|our) )?(privacy )?(policy|notice|statement) (will|shall) (be )?(posted|effective|become effective|apply|govern|replace)',
    ],
    gloss: 'Says a revised policy will be posted',
    examples: {
      match: [
        'Whenever a material change is made, an updated policy will be posted here.', 'We will post the revised notice on this page.',
        'We will post any changes on this page.',
      ],
      noMatch: ['You may post comments on our blog.'],
    },
  },
  {
    id: 'change.effective-on-posting',
    label: LABEL,
    patterns: [
      '(effective|take effect|takes effect|in effect|become effective|becomes effective) (to you )?(immediately )?(upon|on|after|when|from the date of) (the )?(posting|posted|being posted|their posting|its posting|publication|it is posted|they are posted)',
      `${CHANGES} * (effective|take effect|takes effect|become effective|apply) (immediately|when|upon|as of|on the date)`,
    ],
    gloss: 'Says when a change to the policy takes effect',
    examples: {
      match: ['Any changes to this Privacy Policy are effective immediately upon posting.', 'Such revisions shall be effective to you immediately upon posting.'],
      noMatch: ['This policy is effective as of June 1, 2020.'],
    },
  },
  {
    id: 'change.check-periodically',
    label: LABEL,
    patterns: [
      `({review}|{check}|{visit}|{consult}|{revisit}|{read}) (this|our|the) (privacy )?(policy|notice|statement|page|site|website) (periodically|regularly|frequently|often|from time to time|each time|every time|for updates|for changes|for any changes|on a regular basis|so)`,
      `(periodically|regularly|frequently|often) (review|check|visit|consult|revisit) (this|our|the)`,
      `(review|check|visit|consult) * (periodically|regularly|frequently) (for|to see|to stay) (any )?(changes|updates|current|informed|aware)`,
      `stay (informed|current|up to date) (of|about|on|with) (any )?(changes|updates|our privacy)`,
    ],
    gloss: 'Asks you to check the policy from time to time for changes',
    examples: {
      match: [
        'We encourage you to check this Privacy Policy often.', 'Please review this policy each time you visit our website to stay current.',
        'Please periodically review this page.', 'Check this page regularly to stay informed of updates.', 'Sign up to stay informed about changes to our notice.',
      ],
      noMatch: ['Please read this Privacy Policy carefully.'],
    },
  },
  {
    id: 'change.continued-use-accepts-changes',
    label: LABEL,
    patterns: [
      `(continued|continuing|continue to) (use|access|participation|patronage|using|visit) * (after|following|subsequent to) .? .? .? (${CHANGES}|posting|posted|revised|updated|amended|modified)`,
      `(continued|continuing) (use|access|participation|patronage) * (acceptance|accept|agreement|consent|assent) (of|to)? .? .? (${CHANGES}|revised|amended|updated|modified)`,
      '(bound by|accept|agree to) (the|any|such) (changes|revised|updated|amended|modified|new)',
      '(constitute|constitutes|signify|signifies|indicate|indicates|means|denotes) (your )?(acceptance|agreement|assent|consent) (of|to) (any|the|such|these|those) (changes|modifications|revisions|amendments)',
    ],
    gloss: 'Says that using the service after a change means you accept the changed policy',
    examples: {
      match: [
        'Your continued use of the Site after the posting of any amended Privacy Policy shall constitute your agreement to be bound by any such changes.',
        'Continued use of our web site shall constitute acceptance of any changes in privacy policy.', 'If you keep using the app, you accept the revised terms.',
      ],
      noMatch: ['Your continued participation on this Site indicates your acceptance of this Privacy Policy.'],
    },
  },
  {
    id: 'change.updated-date-reflects-change',
    label: LABEL,
    patterns: [
      `${CHANGES} * (last updated|last modified|last revised|effective date|revision date|date at the (top|bottom))`,
      '(last updated|last modified|last revised|effective date|revision date) (date )?(at|on) the (top|bottom|end|beginning) of (this|the) (policy|page|notice|statement|document)',
      '(date|legend) (at|on) the (top|bottom) of (this|the) (policy|page|notice|statement) (indicates|shows|tells)',
    ],
    gloss: 'Says the date on the policy shows when it last changed',
    examples: {
      match: [
        'You will be able to see that changes have been made by checking the Last Updated date posted.', 'See the last updated date at the top of this page.',
        'The date at the top of this notice shows when it last changed.',
      ],
      noMatch: ['Last updated: October 2020'],
    },
  },
  {
    id: 'change.new-uses-consent',
    label: LABEL,
    patterns: [
      'materially different (way|manner|purpose|purposes)',
      '(use|using) * (information|data) in a (manner|way) (that is )?(materially )?(different|inconsistent) (from|with) (what|that|the)',
    ],
    gloss: 'Says new uses of your data under a changed policy need notice or consent',
    examples: {
      match: [
        'Any materially different purpose for your data first needs your consent.',
        'We will ask you before using your data in a way that is different from what we told you.',
      ],
      noMatch: ['Cookies work in a different way from web beacons.'],
    },
  },
  {
    id: 'change.your-details-not-policy',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      `${EDIT_POLICY} (your|their|his|her) (account|profile|personal|contact|billing|email|e mail|registration|communication|privacy|cookie|browser|information|preferences|settings|password|details|subscription)`,
      `(changes|change|updates|update) (to|in|of) (your|their) (account|profile|information|personal|contact|preferences|settings|address|details|subscription)`,
    ],
    gloss: 'Updating your own details or settings, not a change to the policy',
    examples: {
      match: [
        'We may update your account information with data from our vendors.', 'You can change your cookie settings at any time.',
        'Tell us about changes to your address so your order arrives.',
      ],
      noMatch: ['We may update this privacy policy.'],
    },
  },
  {
    id: 'change.messages-about-changes',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(administrative|service|transactional|account|operational) (messages|emails|e mails|communications|notices|announcements)',
      '(contact|send|communicate with|email|e mail|message) (you|users|a registered user|registered users|site visitors|visitors|customers) (regarding|about|concerning|with) * (changes|updates)',
      '(change|changes) (in|of) (ownership|control|corporate control)',
    ],
    gloss: 'Messages that merely mention changes, or a change of company ownership, not a policy change',
    examples: {
      match: [
        'We may still send you administrative messages, for example about changes to this Privacy Policy.', 'You will be notified by email of any change in ownership.',
        'We may email customers about service changes.',
      ],
      noMatch: ['We will notify you by email of material changes to this policy.'],
    },
  },
  {
    id: 'change.contents-list',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: CONTENTS_LIST,
    gloss: 'A table of contents that lists "Changes to this policy" among other sections is framing, not a policy change',
    examples: {
      match: [
        'Sections (use the links below): What We Gather; Choices You Have; Changes to This Policy.', 'The following sections explain how we update this notice.',
        'Jump to changes to this notice.', 'This notice covers what happens when we change it.', 'See the sections below for how we announce changes.',
      ],
      noMatch: ['We may change this policy from time to time.'],
    },
  },
];
