// How a policy says it may change, and how people hear of it. Read only in sentences about
// changing the policy (Policy Change label, or CHANGE_CONTEXT): "you will receive an email
// notice of our intention to share" is about sharing, not about changes to the policy.
import type { ChangeKind } from './kinds.ts';
import type { FactRule } from './types.ts';

export const CHANGE_RULES: ReadonlyArray<FactRule & { kind: ChangeKind }> = [
  {
    id: 'change.any-time',
    kind: 'any-time',
    pattern: /\bat any ?time\b|\bfrom time to time\b|\bperiodically\b/i,
    gloss: 'Can change the policy at any time',
    examples: { match: ['We reserve the right to update this privacy policy and our practices at anytime.'], noMatch: ['We will notify you of material changes.'] },
  },
  {
    id: 'change.without-notice',
    kind: 'without-notice',
    pattern: /\bwithout (?:advance |prior |further |any )?(?:notice|notification|notifying)\b/i,
    gloss: 'Can change the policy without telling you',
    examples: { match: ['We reserve the right to revise this Privacy Policy at any time by updating this document without advance notice to you.'], noMatch: ['We will give you advance notice.'] },
  },
  {
    id: 'change.posting-only',
    kind: 'posting-only',
    pattern: /\bupon (?:their |its )?posting\b|\bby updating this document\b|\b"?last updated"? date\b|\bafter the posting of\b|\bposted (?:on|to) (?:this|our|the) (?:page|site|website)\b/i,
    gloss: 'Changes take effect once posted on the site',
    examples: { match: ['Changes and clarifications will take effect immediately upon their posting on the website.', 'by checking the "Last Updated" date posted'], noMatch: ['We will email you.'] },
  },
  {
    id: 'change.notice-on-site',
    kind: 'notice-on-site',
    pattern: /\bnotify you here\b|\bprominent notice\b|\bnotice on (?:our|the|this) (?:site|website|page)\b|\bnotify you (?:on|through|via) (?:our|the|this) (?:site|website)\b/i,
    gloss: 'Announces changes with a notice on the site',
    examples: { match: ['If we make material changes to this policy, we will notify you here that it has been updated.'], noMatch: ['Please review it frequently.'] },
  },
  {
    id: 'change.notice-direct',
    kind: 'notice-direct',
    // Also "tell members via email", "inform you via email before", "a notice to the email
    // address on your account", "contact you beforehand".
    pattern: /\b(?:notify|inform|tell|alert|contact) (?:you|users|our users|customers|members)\b[^.;]{0,40}?\b(?:directly|by (?:e-?mail|electronic mail)|via (?:e-?mail|electronic mail)|through (?:e-?mail|electronic mail)|in writing|personally|beforehand|in advance)\b|\bdirect notice\b|\be-?mail (?:notice|notification)\b|\bsend(?:ing)? you an e-?mail\b|\b(?:notice|notification|e-?mail) to the (?:primary )?e-?mail address\b/i,
    gloss: 'Tells you about changes directly, e.g. by email',
    examples: {
      match: [
        'We will notify you by email of any material change.',
        'We will tell members via email two weeks before a change applies.',
        'the club will contact you beforehand and ask first',
        'we send a notice to the primary email address we hold for you',
      ],
      noMatch: ['we will notify you here', 'Please contact us by email with questions.'],
    },
  },
  {
    id: 'change.material-notice',
    kind: 'material-notice',
    pattern: /\bmaterial(?:ly)? chang\w*[^.;]{0,100}?\bnotif\w*|\bnotif\w*[^.;]{0,80}?\bmaterial(?:ly)? chang/i,
    gloss: 'Promises notice of material changes',
    examples: { match: ['If we make material changes to this policy, we will notify you here.'], noMatch: ['We may change this policy.'] },
  },
  {
    id: 'change.material-consent',
    kind: 'material-consent',
    pattern: /\bmaterial(?:ly)? chang\w*[^.;]{0,100}?\b(?:your (?:consent|permission)|opt-?in)\b|\b(?:your (?:consent|permission)|opt-?in)\b[^.;]{0,80}?\bmaterial(?:ly)? chang/i,
    gloss: 'Asks your consent before material changes apply',
    examples: { match: ['We will obtain your consent before applying material changes to data we already hold.'], noMatch: ['If we make material changes, we will notify you.'] },
  },
  {
    id: 'change.continued-use',
    kind: 'continued-use',
    pattern: /\bcontinued (?:use|participation|patronage)\b[^.;]{0,140}?\b(?:accept\w*|agree\w*|consent|assent|constitute\w*|denotes)\b/i,
    gloss: 'Using the service after a change counts as accepting it',
    examples: { match: ['Continued use of our web site and conferencing services shall constitute acceptance of any changes in privacy policy.'], noMatch: ['Thank you for your continued trust.'] },
  },
];

/** The sentence is about changing this policy. */
export const CHANGE_CONTEXT: FactRule = {
  id: 'change.context',
  // Also changes to the practices the policy describes ("changes in the way we use personal
  // data", "use it in a manner materially different from what we stated") and "any modification
  // will be posted".
  pattern: /\b(?:chang|modif|updat|revis|amend)\w*\b[^.;]{0,80}?\b(?:this|our|the|its|any) (?:privacy |data protection )?(?:policy|statement|notice)\b|\b(?:this|our|its) (?:privacy |data protection )?(?:policy|statement|notice)\b[^.;]{0,80}?\b(?:chang|modif|updat|revis|amend)\w*|\bchanges (?:and clarifications )?(?:will|shall) take effect\b|\b(?:changes?|modifications?) (?:in|to) (?:the way|how) we (?:use|collect|process|handle|share|treat)\b|\b(?:manner|way)s? (?:that is |which is )?(?:materially |substantially )?(?:different from|inconsistent with|not described)\b|\b(?:any|all|such) (?:changes?|modifications?|updates?|revisions?|amendments?) (?:\w+ )?(?:will|shall) be (?:posted|published)\b/i,
  gloss: 'The sentence is about changes to the policy',
  examples: {
    match: [
      'We reserve the right to modify this privacy policy at any time.',
      'If we make changes in the way we use personal data, we will tell you.',
      'If we decide to use your data in a manner materially different from what we stated, we will ask you first.',
      'If we are going to use your information in a manner different from that stated at the time of collection, we will email you.',
      'Any modification will be posted on this page.',
      'This data protection notice may be updated from time to time.',
    ],
    noMatch: ['We may monitor our network for changes.', 'Any changes to your account will be saved.'],
  },
};
