// Introductory/Generic look-alikes (kind 'lookalike', negative prior): framing words about
// someone else's policy or privacy, what lies outside this policy, accepting a change.
// Registered in ./index.ts.
import type { Rule } from '../../types.ts';
import { OUTSIDE_THIS_POLICY } from '../../words.ts';

const LABEL = 'Introductory/Generic';

export const lookalikeRules: readonly Rule[] = [
  {
    id: 'intro.outside-this-policy',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      OUTSIDE_THIS_POLICY,
      '(does|do|will|shall) not (apply|cover|extend) to',
      '(governed|covered) by (the|their|its) (own )?(privacy )?(policy|policies|terms)',
    ],
    gloss: 'What the policy does *not* cover (other sites, other companies): practice not covered, not framing',
    examples: {
      match: [
        'Your use of linked sites is not governed by this Privacy Policy.', 'This notice does not apply to our shops.',
        'Those sites are governed by their own privacy policies.',
      ],
      noMatch: ['This Privacy Policy applies to all users of the Site.'],
    },
  },
  {
    id: 'intro.others-privacy-not-intro',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(privacy|privacy needs|safety) of (young )?(children|minors|kids)',
      '(expects|expect|requires|require|encourage|encourages|ask|asks) (its |our )?(business )?(partners|advertisers|affiliates|vendors|third parties) * to respect',
    ],
    gloss: 'Respect for children\'s privacy or a demand on partners: audiences or third parties, not a general commitment',
    examples: {
      match: [
        'The privacy of kids who use our service is a special concern for us.', 'We ask our partners to respect your privacy.',
      ],
      noMatch: ['We are committed to protecting your privacy.'],
    },
  },
  {
    id: 'intro.run-by-others-not-intro',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    // "Owned or operated by" names who runs *this* site only when the owner is the company;
    // sites or tools run by third parties, or not run by us, are links and third-party matters.
    patterns: [
      '(not|may not|or may not) (be )?(owned|operated|controlled|maintained|run) (or|and|nor)? (operated|controlled|owned|maintained)? by',
      '(owned|operated|controlled|maintained|run|hosted) by (third parties|third party|other companies|others|other organizations|unaffiliated|independent|companies other|entities other|parties other|a third party|another company)',
    ],
    gloss: 'Sites or tools run by someone else: not a statement of who runs this site',
    examples: {
      match: ['Our forum software lives on servers run by a third party.', 'Some partner pages are not run by us at all.'],
      noMatch: ['This site is owned and operated by Acme Ltd.'],
    },
  },
  {
    id: 'intro.others-policy-at-url-not-intro',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    // A short line pointing to a vendor's privacy policy at a web address looks like a title
    // ("X's privacy policy") but is about the vendor: third-party collection.
    patterns: ['privacy (policy|notice|statement|policies|practices) (see|visit|go to|please visit|available at|located at|can be found at|is available at|at) #Url'],
    gloss: "Points to another company's privacy policy at a web address: about that company, not this policy",
    examples: {
      match: ["For the analytics vendor's privacy notice, see https://vendor.example/privacy."],
      noMatch: ['Privacy Notice'],
    },
  },
  {
    id: 'intro.nothing-restricts-not-intro',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    // "Nothing in this policy is meant to limit our use of X" reads like framing but reserves a
    // use or a disclosure of data: a practice, not a statement about the policy.
    patterns: [
      'nothing in this (privacy )?(policy|notice|statement) (is intended to|is meant to|shall|will|should) (be )?(restrict|limit|prevent|prohibit|construed)',
    ],
    gloss: 'Says the policy does not limit some use of data: that reserves a practice, it is not framing',
    examples: {
      match: ['Nothing in this notice is meant to limit how we use anonymous statistics.'],
      noMatch: ['This notice is meant to explain how we handle your data.'],
    },
  },
  {
    id: 'intro.change-acceptance-not-intro',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(continued|continuing) (use|participation|access|patronage) * (changes|modifications|revisions|amendments|revised|amended|updated|modified)',
      '(changes|change|modifications|revisions|amendments|revised|amended) (to|of|in) (this|our|the) (privacy )?(policy|notice|statement)',
      '(updates|update|changes|change|modifications|revisions|amendments) (to|of|in) (this |our |the )?(privacy )?(policy|notice|statement|policies)',
      '(may|might|will) (update|change|modify|revise|amend) (this|our|the) (privacy )?(policy|notice|statement)',
      '(post|posting|revise|revising|update|updating|change|changing|note|noting|indicate|indicating) the (effective |revision |last updated )?date',
      'referring to the (last updated|effective date|date)',
      '(look|looking|check|checking|refer|see) (at )?the (revised|effective|last updated|revision|modified) (date|legend)',
      '(date|legend) at the top of (this|the)',
      '(post|posting|display|displaying) the date (our|this|the)',
      '(civil code|section|statute|law|act) * (effective|amended) (on |as of )?(january|february|march|april|may|june|july|august|september|october|november|december)',
    ],
    gloss: 'Acceptance of a *changed* policy: that is a policy change, not framing',
    examples: {
      match: [
        'Your continued use of the Site after the posting of changes shall constitute your acceptance of the changes.',
        'Near the page title, we display the date this policy last changed.', 'Updates to Privacy Notice', 'We may make changes to this notice.',
        'We may update this notice when our services change.', 'When we change the notice we will update the effective date.',
        'You can tell when it changed by referring to the last updated date.', 'Check the revised date to see when it last changed.',
        'See the date at the top of this page.', 'The civil code section was amended on January 1.',
      ],
      noMatch: ['By using the Site you agree to this Privacy Policy.'],
    },
  },
];
