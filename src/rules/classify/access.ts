// Rules for "User Access, Edit and Deletion". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// What the person can do with their own data: see it, correct or update it, delete it, take a
// copy, close the account, and how to ask. Deletion the company does on its own schedule is
// Data Retention; "you need a password to access your account" is only logging in.
import type { Rule } from '../types.ts';
import { CONTENTS_NAVIGATION, EDIT_DATA } from '../words.ts';

const LABEL = 'User Access, Edit and Deletion';

/** Verbs for seeing one's own data. */
const SEE = '({access}|view|see|inspect|{review}|{obtain}|{download}|{export})';
const OWNER = '(your|their|his or her|his|her|my|its)';
const DATA = '(information|data|details|records|record|pii|info|profile|profiles)';
/** The person acting: access rules need the user, not the company or a vendor, to do it. */
const ACTOR = '(you|users|user|customers|members|subscribers|individuals|parents|registrants|he or she|visitors|consumers|to|please|can|may)';
/** Only a person (not "may", which companies use too). */
const PERSON = '(you|users|user|customers|members|subscribers|individuals|parents|registrants|he or she|consumers)';
const DATA_OR_ACCOUNT = '(information|data|details|records|record|pii|info|profile|profiles|account|accounts|account information)';

export const accessRules: readonly Rule[] = [
  {
    id: 'access.edit-your-information',
    label: LABEL,
    patterns: [
      `${ACTOR} * ${EDIT_DATA} (or|and|and or)? (${EDIT_DATA} )?(or|and)? (any of |all of |some of )?${OWNER} (own )?.? .? ${DATA_OR_ACCOUNT}`,
      `${ACTOR} * ${EDIT_DATA} (or|and|and or)? (${EDIT_DATA} )?(any |the |certain |such )?(personal|personally identifiable|user|account|profile|contact|registration) ${DATA}`,
      `(make|request|ask for) (changes|corrections|updates|amendments) (or (changes|corrections|updates) )?(to|in) (any |the )?${OWNER}? (personal )?${DATA_OR_ACCOUNT}`,
      '(make|request|ask for) (changes|corrections|updates|amendments) (to|in) (this|that|such|any|the) (personal )?(information|data|details)',
      `${PERSON} * ${EDIT_DATA} (or|and)? (${EDIT_DATA} )?(or|and)? (the|any|this|such|all) (personal )?(information|data) (that |which )?(you|we|they) `,
      `(wish|want|would like|like|need) to .? .? ${EDIT_DATA} (it|them|this information|that information|such information)`,
      // A run of verbs before the object: "wish to see, amend or erase it".
      `(wish|want|would like|like|need) to (${SEE} |${EDIT_DATA} )(or |and )?(${SEE} |${EDIT_DATA} )(or |and )?(${EDIT_DATA} )?(or |and )?(${EDIT_DATA} )?(or |and )?(it|them|this information|that information|such information|${OWNER})`,
      `${PERSON} (can|may|are able to|will be able to) (add|${EDIT_DATA}) (or|and) ${EDIT_DATA} (certain|some|any|the|your|such)? (of your )?(information|data|details)`,
      `${EDIT_DATA} ${OWNER} (email|e mail|mailing|postal|billing|shipping|contact) (address|addresses)`,
      `(ability|opportunity|option|way|means) to (${SEE} |${EDIT_DATA} )(or |and )?(${EDIT_DATA} )?(or |and )?.? .? .? (personal )?(information|data)`,
    ],
    gloss: 'Says you can correct, update or delete your own data',
    examples: {
      match: [
        'Generally, you may review, update or delete your Personal Information.', 'To fix or amend your personal details on file, get in touch with our support team.',
        'Members can change the contact details shown on their profile page.', 'You can ask for corrections to your account information at any time.',
        'Write to us to request changes to the information we hold.', 'You may correct any information that you gave us when you signed up.',
        'If you want to change it, write to our support team.', 'If you wish to see or correct your records, contact us.',
        'Users can add or delete details in their profile.', 'You may update your email address from the settings page.',
        'Our app gives you the option to edit the data you gave us.',
      ],
      noMatch: ['We update our systems regularly.'],
    },
  },
  {
    id: 'access.see-your-information',
    label: LABEL,
    patterns: [
      `${PERSON} * ${SEE} (and|or)? (${EDIT_DATA} )?(any of |all of |some of )?${OWNER} (own )?.? .? ${DATA}`,
      `(wish|want|would like|like) to ${SEE} (and|or)? (${EDIT_DATA} )?(any of |all of |some of )?${OWNER} (own )?.? .? ${DATA}`,
      `(provide|providing|grant|granting|give|giving|offer|offering) (you |users |individuals |.? .? )?(with )?access to (your|their|his or her) (personal )?(information|data|records)`,
      `${PERSON} (can|may|are able to|will be able to) (easily )?(access|view|see|review) (information|details|data|records) (regarding|about|on|relating to|concerning) (your|their|recent|past)`,
      '(will|can|shall) provide (you )?(with )?access (to it|and make|and correct)',
      `${PERSON} * ${SEE} (the )?(personal )?(information|data) (that )?(we|the company) (have|hold|maintain|store|keep|collect|collected|has collected|have collected)`,
      '(see|know|learn|find out) what (personal )?(information|data) (we|the company) (have|hold|maintain|store|keep|collect|collected|has collected|have collected)',
    ],
    gloss: 'Says you can see the data the company holds about you',
    examples: {
      match: [
        'Customers can view the data we hold about them at any time.', 'Signed-in users can review and edit their own details from the account page.',
        'If you would like to see your own records, email us.', 'We will give you access to your personal data on request.',
        'Customers can view details about their past orders online.', 'If you ask, we will provide you with access to it within a month.',
        'You may find out what personal information we hold about you.',
      ],
      noMatch: ['You need a password to access your account.'],
    },
  },
  {
    id: 'access.request-deletion-or-correction',
    label: LABEL,
    patterns: [
      '(request|ask|asks|requests|asking|requesting|instruct|tell) (that )?(we |us |us to |the company to |.? )?(to )?(delete|remove|erase|correct|amend|update|deactivate|rectify)',
      '(request|requests|right) (to |for )?(the )?(deletion|erasure|removal|correction|rectification|amendment|access|copy|copies) (of|to)',
      '(deletion|removal|erasure|correction|access|amendment) (request|requests)',
      '(request|requests) for (access|deletion|correction|removal|erasure)',
      '(deletion|erasure|correction|rectification) of (your|the|any) (personal )?(data|information)',
      '(prefer|wish|want|would like) (that )?(we|us) (to )?(delete|remove|erase|correct|amend|update|suppress)',
      '(upon|at|on) (your|their|a) (written )?request * (we|it|the company) (will|can|may|shall)? (promptly )?(remove|delete|erase|correct|update|amend|deactivate)',
    ],
    gloss: 'Says you can ask the company to delete, correct or hand over your data',
    examples: {
      match: [
        'You have the right to request that Fusion delete the Personal Data we have collected from you.',
        'To request access to or deletion of your Personal Data, you may contact Fusion.', 'We answer every deletion request within a month.',
        'Send requests for correction to our privacy team.', 'If you would like us to delete your records, tell us.',
        'Upon your written request, we will promptly delete your file.',
      ],
      noMatch: ['You may request a quote for our services.'],
    },
  },
  {
    id: 'access.named-right',
    label: LABEL,
    patterns: [
      '(have|has|your|a|following|their|additional|certain) (the )?right (to|of) (know|delete|access|correct|rectify|rectification|erasure|be forgotten|portability|data portability|request access|request deletion|inspect|amend|review|obtain a copy|request a copy|request correction|deletion|correction)',
      'rights to (access|review|correct|delete|update|amend|inspect)',
      '^ (right|rights) to (know|delete|access|correct)',
    ],
    gloss: 'Names a right to know, access, correct or delete your data',
    examples: {
      match: [
        'Right to Know.', 'Right to Delete.', 'You have the right to access the data we hold about you.', 'Members have rights to access and correct their records.',
      ],
      noMatch: ['We reserve the right to delete content that violates our terms.'],
    },
  },
  {
    id: 'access.close-account',
    label: LABEL,
    patterns: [
      `({close}|{delete}|{deactivate}|{cancel}|{terminate}|{disable}|{remove}) ${OWNER} (own )?.? (account|accounts|profile|membership|registration|user registration|user account|online account)`,
      '(account|profile|membership) (deletion|closure|deactivation|cancellation|termination)',
      '(close|delete|deactivate|cancel|terminate) (an|the) (account|profile|membership)',
    ],
    gloss: 'Says you can close or delete your account',
    examples: {
      match: [
        'You may choose to delete your account at any time.', 'Members who want to leave can ask us by email to deactivate their profile.',
        'You can ask for account deletion from the help page.', 'To close the account, go to the settings page.',
      ],
      noMatch: ['We may terminate accounts that violate our terms.'],
    },
  },
  {
    id: 'access.clear-history',
    label: LABEL,
    patterns: [
      '({clear}|{delete}|{remove}|{erase}|{view}|{edit}|{manage}) (your|their|the)? (search|browsing|viewing|watch|order|purchase|location|listening|activity)? (history|histories)',
    ],
    gloss: 'Says you can view, clear or delete your search, viewing or order history',
    examples: {
      match: ['You can clear your viewing history from the settings menu at any time.'],
      noMatch: ['We keep a history of changes to this policy.'],
    },
  },
  {
    id: 'access.account-settings',
    label: LABEL,
    patterns: [
      '(my account|edit profile|edit your profile|update account|update your account|account information section|account information page|profile page)',
      '(log|logging|sign|signing) (in|into|on) (to )?(your|their|the)? (account|profile) (and|to) ',
    ],
    gloss: 'Points to the account or profile page where you can change your details',
    examples: {
      match: ['Sign in to your account to change profile settings whenever you like.', 'Use the My Account feature to change your contact details.'],
      noMatch: ['Create an account to place orders.'],
    },
  },
  {
    id: 'access.accuracy',
    label: LABEL,
    patterns: [
      '(correct|fix|amend) (any )?(factual )?(inaccuracies|inaccuracy|inaccurate|errors|error|incorrect|mistakes|omissions)',
      '(inaccurate|incorrect|incomplete|out of date|outdated|inaccuracies) (personal )?(information|data)?',
      '(keep|keeping) (your |their )?(personal )?(information|data|details|profile) (accurate|current|up to date|complete|correct)',
    ],
    gloss: 'Talks about keeping your data accurate and fixing mistakes',
    examples: {
      match: [
        'You may also correct factual inaccuracies.', 'Please help us by keeping your details up to date.',
      ],
      noMatch: ['We use accurate maps to show store locations.'],
    },
  },
  {
    id: 'access.copy-of-data',
    label: LABEL,
    patterns: [
      '(obtain|receive|get|request|see|send you|provide you with|give you) (a |an )?(copy|copies|list|summary|report|accounting) of (the |your |any |all )?(personal )?(information|data|records|personal data|personal information)',
      '(data )?portability',
      '(download|export) (a copy of )?(your|their|all) (data|information|content|personal)',
      'specific pieces of (personal )?(information|data)',
    ],
    gloss: 'Says you can get a copy of your data',
    examples: {
      match: [
        'You have the right to obtain a copy of your personal data.', 'The specific pieces of Personal Data Fusion has collected about you.',
        'You have a right to data portability.', 'You can export your data as a spreadsheet.',
      ],
      noMatch: ['We will send you a copy of your receipt.'],
    },
  },
  {
    id: 'access.right-to-know-lists',
    label: LABEL,
    patterns: [
      'categories of (personal )?(information|data) * (collected|has collected|have collected) about you',
      'categories of sources from which',
      '(you have|consumers have|residents have) (additional|certain|the following|specific) (privacy |data )?rights',
      '(rights|right) under the (california )?consumer privacy act',
    ],
    gloss: 'Lists what you may learn about your data under state privacy laws (right to know)',
    examples: {
      match: [
        'The categories of Personal Data Fusion has collected about you;',
        'If you are a California resident, under the California Consumer Privacy Act you have additional rights related to your Personal Data.',
        'You may ask for the categories of sources from which we got your data.', 'You have rights under the California Consumer Privacy Act.',
      ],
      noMatch: ['We collect the following categories of personal information.'],
    },
  },
  {
    id: 'access.request-handling',
    label: LABEL,
    patterns: [
      '{respond} to (your|all|any|such|a|the|every|each) * (request|requests) (for )?(access|deletion|correction)? (or )?(access|deletion|correction)? within',
      '(request|requests) (will be|are|is) (processed|honored|honoured|fulfilled|responded to|handled) within',
      '(proof|verification) of (your )?(identity|identification)',
      '(deny|refuse|decline) (your )?(access|request|requests|such requests)',
      '(authorized|authorised) agent',
      '(access|deletion|correction) (can not|may not|will not) be (provided|granted|honored|honoured|fulfilled)',
    ],
    gloss: 'Explains how access and deletion requests are verified and answered',
    examples: {
      match: [
        'Fusion will respond to a California consumer request for access or deletion within 45 days.',
        'We reserve the right to deny access to any user if we question their identity.', 'Requests will be handled within thirty days.',
        'We may ask for proof of identity before we act on a request.', 'An authorized agent may make a request for you.',
        'In some cases, access cannot be provided, and we will tell you why.',
      ],
      noMatch: ['We will respond to your question as soon as possible.'],
    },
  },
  {
    id: 'access.parent-review-child-data',
    label: LABEL,
    prior: 1,
    patterns: [
      `(${SEE}|${EDIT_DATA}|deletion of|have deleted) (any of )?(your|their|the) (child|childs|children|son|daughter|son or daughter|daughter or son)`,
      '(parent|parents|guardian|guardians) (may|can|has the right to|have the right to) ({review}|{delete}|{access}|{request}|{correct}|see)',
    ],
    gloss: 'Says parents can review or delete what their child shared',
    examples: {
      match: [
        'A parent may review and delete the personal information of their child.', "Parents may view their child's profile and ask us to delete it.",
      ],
      noMatch: ['We do not knowingly collect data from children.'],
    },
  },
  {
    id: 'access.heading',
    label: LABEL,
    patterns: [
      '^ (accessing|reviewing|updating|correcting|changing|deleting|modifying|managing|editing|access and correction|access correction) .? .? .? .? (your )?(personal )?(information|data|account|profile)',
      '^ access to (your )?(personal )?(information|data) $',
      '^ (how (can|do) (you|i) )?(access|review|update|correct|change|delete) (and |or )?.? .? (your |my )?(personal )?(information|data) $',
      '^ (review|update|correct|delete) .? .? .? .? (personal )?(information|data)',
    ],
    gloss: 'A heading that announces the access, correction and deletion section',
    examples: {
      match: [
        'Accessing, Correcting, and Deleting Your Personal Information', 'Reviewing and Correcting Your Data', 'Access to Your Personal Information',
        'How Can You Update Your Personal Information', 'Review and Correct Your Personal Information',
      ],
      noMatch: ['How we use your personal information'],
    },
  },
  {
    id: 'access.exercise-rights',
    label: LABEL,
    prior: 1,
    patterns: ['{exercise} (your|any|these|those|the|such|their)? (of )?(california )?(data )?(privacy )?(rights|right)'],
    gloss: 'Tells you how to use your data rights (may also be about opting out)',
    examples: {
      match: ['Authenticate and exercise your data privacy rights, click here.', 'Exercising Your California Data Privacy Rights.'],
      noMatch: ['We exercise care in choosing our vendors.'],
    },
  },
  {
    id: 'access.disclosure-list-or-retention-context',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(shine the light|1798 83|for (their|its) (own )?direct marketing)',
      '{retain} * (as long as|for (a|the) (period|reasonable|commercially))',
    ],
    gloss: 'A list of disclosures for direct marketing (California) or how long data is kept: not access to your own data',
    examples: {
      match: ['California residents may ask for the third parties that received their data for their direct marketing purposes.', 'Account details are retained as long as the account stays open.'],
      noMatch: ['You may access and correct your account information at any time.'],
    },
  },
  {
    id: 'access.choice-or-minor-context',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '(opt out|opting out|unsubscribe|stop receiving|no longer receive|not to receive|not receive)',
      '(promotional|mailing|marketing|telemarketing|solicitation) (list|lists)',
      'do not (contact|call|mail) (file|list)',
      '(minor|minors) ',
      '(under|younger than) (the age of )?(18|eighteen)',
      '(posted|post|user posted|public) (comments|content|material|postings)',
      '(other|others) (users|members|people|visitors) ',
      '(changes|change|revisions|amendments) (to|in) (this|the|our) (privacy )?(policy|notice|statement)',
      '(revised|amended|modified|new) (privacy )?(policy|notice|statement) ',
    ],
    gloss: 'Stopping messages, minors removing posts, other users seeing a profile, closing an account over a policy change: not access to your data',
    examples: {
      match: [
        'You can unsubscribe from our emails in your account settings.', 'California minors may request removal of content they posted.',
        'You may ask to be removed from our mailing list.', 'We keep a do not call list for customers who ask.',
        'Users under the age of 18 can ask us to remove what they posted.', 'You may ask us to remove posted content at any time.',
        'Other users may see your profile photo.', 'If you disagree with changes to this policy, you can close your account.',
        'If you do not accept the revised policy, you may delete your account.',
      ],
      noMatch: ['You may review and correct your personal information at any time.'],
    },
  },
  {
    id: 'access.contents-list',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      ...CONTENTS_NAVIGATION,
      '(policy|statement|notice) (also )?(tells you|explains|describes|answers|covers|outlines) (how|what|the)',
      '(set forth|described|explained) in the * section (above|below)',
      // An overview sentence listing the policy's topics, one of which is correcting your data.
      '(policy|notice|statement) (also )?(discloses|describes|explains|outlines|covers|tells you|summarizes|sets out) * * (and )?how (to|you can|you may) ',
    ],
    gloss: 'A table of contents or a pointer to another section, not the access practice itself',
    examples: {
      match: [
        'This policy answers the following questions: what we collect, how to update your information.', 'Use the links below to learn how to update your details.',
        'Jump to how you can update your details.', 'You can correct your data as described in the rights section below.',
        'This policy explains what we collect, who sees it and how you can correct it.',
      ],
      noMatch: ['You may delete your account at any time.'],
    },
  },
  // Look-alikes: access by governments or courts to data, and what survives after you delete
  // your account, are about disclosure and retention, not your own access.
  {
    id: 'access.authority-or-residual-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(access|accessible|accessed) (requests|request|demands)? (from|by|to) (the )?(foreign |local |federal |us |united states )?(government|governments|governmental|courts|law enforcement|public authorities|authorities|regulators|police)',
      '(government|governments|governmental|courts|law enforcement|public authorities|regulators|police) (agencies |authorities |officials )?(may|might|can|could|to) (also )?(obtain|gain|have|request|seek)? access',
      '(even )?after (you|users|a user|the user) (have )?(cancel|cancels|cancelled|canceled|delete|deletes|deleted|close|closes|closed|deactivate|deactivated|terminate|terminated) (your|their|his or her)? (account|profile|membership)',
      '(not always|not be|never be|not) (possible|able) to (completely |fully |entirely )?(remove|delete|erase)',
      '(may|will|can|might) (still )?(remain|persist|continue to exist|be retained|stay) (viewable|visible|accessible|in our|on our|in backup|in backups|in archived|in cached)',
    ],
    gloss: 'Access by authorities, or what remains after you delete your account: not your right to see or edit your data',
    examples: {
      match: [
        'Foreign courts could also obtain access to these records.', 'Some posts may remain visible to others even after you close your account.',
        'Your records may be accessed by law enforcement under a court order.', 'It may not be possible to completely remove your posts from backups.',
      ],
      noMatch: ['You can close your account from the settings page.'],
    },
  },
  {
    id: 'access.company-may-update',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(we|company|it) (may|might|can|also|will) (also )?(access|review|update|change|modify|edit|supplement|correct) (your|the|such|this|any) (information|data|account|personal)',
      '(need|use|uses|with) (a|your|their) (password|user name|username|login) (to )?(access|to access|log)',
      'reserves? the right to (access|amend|delete|review|correct|update|remove|edit)',
    ],
    gloss: 'The company working on your data, or a password used to sign in: not your access rights',
    examples: {
      match: [
        'We may update your account information with data from our partners.', 'We reserve the right to access and share your information.',
        'You need a password to access the members area.',
      ],
      noMatch: ['You may update your account information.'],
    },
  },
];
