// Rights over your data as modern policies word them, beside ../facts/rights.ts: deleting the
// account (which deletes the data), downloading a copy, the rights lists of the GDPR (by name or
// by article) and US state laws; and how a request is made: the ways a rights passage names
// ("by phone", "write to us", "through your account"), the things you can do yourself
// ("you can delete your account": settings), and a referral to the contact section ("contact us
// as described below"). Read by src/engine/questions/rights.ts and rights-ways.ts.
import type { RightItem } from './items.ts';
import type { FactRule, KindRule } from '../facts/types.ts';

/** A GDPR article by number: "(Art. 15 GDPR)", "Article 17 of the GDPR". */
const gdprArticle = (n: number): string => String.raw`\bArt(?:icle|\.)? ?${n}\b(?: ?\(\d\))?(?: of the| of)? (?:EU |UK )?(?:GDPR|General Data Protection Regulation)\b`;

export const EXTRA_RIGHT_RULES: readonly KindRule<RightItem>[] = [
  {
    id: 'rights.delete-account',
    kind: 'delete',
    name: 'delete',
    pattern: new RegExp(String.raw`\b(?:delete|close|deactivate|remove|erase|cancel)\w*\s+(?:your\s+)?(?:\w+\s+)?account\b|\baccount deletion\b|\bright (?:to|of) (?:erasure|deletion|be forgotten)\b|\bright to be forgotten\b|${gdprArticle(17)}`, 'i'),
    gloss: 'You can delete your account and the data with it',
    examples: { match: ['You can delete your account at any time in Settings.', 'You have the right to erasure.', 'You may ask us to erase your data (Art. 17 GDPR).'], noMatch: ['We may close accounts that break the rules.'] },
  },
  {
    id: 'rights.download',
    kind: 'portability',
    name: 'get a copy to take elsewhere',
    // "transfer" alone is a transfer abroad; it is the right to port only beside the other
    // rights ("know, access, correct, transfer ... your data") or towards another company.
    // "Portability" in the name of the US health-insurance law (HIPAA), listed among data a
    // state law exempts, is no right.
    pattern: new RegExp(String.raw`\b(?:download|export|take out|takeout)\w*\s+(?:a copy of\s+)?(?:your|their|all of your|some of your)\s+(?:[\w-]+\s+)?(?:data|information|content|personal data|account data)\b|\bright to (?:data )?portability\b|\b(?<!Insurance )portability\b|\btransferability\b|\bstructured, commonly used\b|\bportable\b[^.;]{0,30}?\bformat\b|\btransfer \(port\)|\b(?:access|correct|rectify|delete|erase|know),? (?:and |or )?transfer\b|\btransmit\w*\b[^.;]{0,60}?\bto another (?:company|controller|organi[sz]ation|provider|service|business|party)\b|\b(?:request|ask for|obtain) the transfer of (?:your|the) (?:personal )?(?:data|information)\b|${gdprArticle(20)}`, 'i'),
    gloss: 'You can get a copy of your data to take elsewhere',
    examples: {
      match: ['You can download your data from your account settings.', 'You have the right to data portability.', 'You have the right to access your data and to request the transfer of your personal data to you or to a third party.', 'We respect your ability to know, access, correct, transfer and delete your personal data.', 'We will provide this information to you in a portable and readily usable format.'],
      noMatch: ['Download our app.', 'We may transfer your personal data to other countries.', 'Data covered by the Health Insurance Portability and Accountability Act is exempt.'],
    },
  },
  {
    id: 'rights.access-named',
    kind: 'access',
    name: 'see',
    pattern: new RegExp(String.raw`\bright (?:of|to) access\b|\bright to know\b|\baccess (?:to )?(?:your|the) (?:personal )?(?:data|information)\b|\bsubject access request\b|\bcopy of (?:your|the) (?:personal )?(?:data|information)\b|\bconfirm whether (?:or not )?we (?:are )?process\w*\b|\bextract from (?:the |our |its )?(?:[\w-]+ )?regist(?:er|ry)\b|\bregist(?:er|ry) extract\b|${gdprArticle(15)}`, 'i'),
    gloss: 'You can see the data held about you',
    examples: {
      match: ['You have the right of access to your personal data.', 'You may request a copy of your personal information.', 'Once a year you are entitled to obtain an extract from the registry of the data we hold about you, with a signed, written request.', 'You have the right to obtain information about the data we store about you (Art. 15 GDPR).'],
      noMatch: ['Only staff have access to the servers.'],
    },
  },
  {
    id: 'rights.correct-named',
    kind: 'correct',
    name: 'correct',
    pattern: new RegExp(String.raw`\bright (?:to|of) (?:rectification|correction)\b|\brectif\w+\b|\bcorrection\b|\b(?:correct|update|edit|fix|change|amend|modify)\w*(?:(?:,| and| or|, and|, or) (?:access|review|view|correct|update|edit|change|amend|modify|delete|remove|erase)\w*){0,4}\s+(?:any\s+)?(?:your|inaccurate|incorrect|incomplete|some of your)\s+(?:[\w-]+\s+)?(?:data|information|details|profile)\b(?!\s+(?:[\w-]+\s+)?(?:settings|preferences|choices|controls)\b)|\b(?:inaccurate|incorrect|incomplete|out-of-date)\b[^.;]{0,80}?\b(?:is|be|are) (?:amended|corrected|rectified|completed)\b|${gdprArticle(16)}`, 'i'),
    gloss: 'You can correct your data',
    examples: {
      match: ['You can update your profile information at any time.', 'You have the right to rectification.', 'You can change or delete your profile data at any time.', 'You may request correction of inaccurate data we hold about you.', 'You have the right to request that any incomplete or inaccurate data we process about you is amended.'],
      noMatch: ['We update this policy from time to time.', 'Sign in to your account, where you can also update your data sharing settings.'],
    },
  },
];

/** A sentence about the person's rights beside ../facts/rights.ts RIGHTS_CONTEXT: "your ability
 *  to know, access, correct ...", "you can use your rights at ...", "these rights are exercised
 *  by ...", "requests for data correction or deletion", "a data access request". */
export const RIGHTS_CONTEXT_MORE: FactRule = {
  id: 'rights.context-more',
  pattern: /\b(?:you|users?|customers?|consumers?|members?|individuals?)\b[^.;]{0,30}?\b(?:have|has|are given|retain) the (?:ability|option|opportunity) to\b[^.;]{0,40}?\b(?:access|review|know|correct|update|amend|delete|erase|export|download|rectify)\b|\byour (?:ability|right|rights) to\b[^.;]{0,40}?\b(?:access|review|know|correct|update|amend|delete|erase|export|download|copy|rectify)\b|\b(?:use|exercise|exercising) (?:your|these|those|any of (?:your|these|the)) (?:\w+ )?rights\b|\brights (?:are|can be|may be) exercised\b|\b(?:have|has|are entitled to) (?:a number of|several|certain|various|some|the following|other) (?:\w+ )?rights\b|\brequests? (?:for|to)\b[^.;]{0,40}?\b(?:access|deletion|delete|correction|correct|erasure|rectification|portability)\b|\brequests? (?:for|to)\b[^.;]{0,40}?\ba copy of (?:your|the|their) (?:personal )?(?:data|information)\b|\b(?:data|subject|privacy|deletion|access|correction|portability) (?:access )?requests?\b|\brequests? (?:regarding|about|relating to|related to|concerning) your (?:personal )?(?:data|information)\b/i,
  gloss: 'The sentence is about your rights over your data',
  examples: {
    match: ['All requests for data addition, correction, or deletion should be sent by email.', 'You can use your rights at privacy.example.com.', 'These rights are exercised by a request to our privacy officer.'],
    noMatch: ['We respond to requests from law enforcement.'],
  },
};

/** A right named outright: the sentence is about rights whatever else it says. */
export const RIGHT_NAMED: FactRule = {
  id: 'rights.named',
  pattern: new RegExp(String.raw`\bright (?:of|to) (?:access|know|rectification|correction|erasure|deletion|be forgotten|(?:data )?portability|(?:data )?transferability)\b|\bsubject access requests?\b|\bportable\b[^.;]{0,30}?\bformat\b|\bentitled to (?:obtain |receive |request )?an? (?:[\w-]+ )?extract from (?:the |our |its )?(?:[\w-]+ )?regist(?:er|ry)\b|${gdprArticle(15)}|${gdprArticle(16)}|${gdprArticle(17)}|${gdprArticle(20)}`, 'i'),
  gloss: 'The sentence names a right over your data',
  examples: { match: ['Right to erasure of data (Article 17 of the GDPR)', 'Once a year you are entitled to an extract from the registry of the data we hold about you.'], noMatch: ['We limit access to your personal information to our staff.'] },
};

/** A list of rights follows: "parents have the right to:", "you have the following rights:". */
export const RIGHTS_LEAD_IN: FactRule = {
  id: 'rights.lead-in',
  pattern: /\b(?:right|rights|entitled to|ability to)\b[^.;]{0,80}:\s*$|\byou (?:can|may)(?: also)?:\s*$/i,
  gloss: 'A list of your rights follows',
  examples: { match: ['In accordance with the law, parents have the right to:', 'You have the following rights with respect to your personal data:'], noMatch: ['We collect the following data:', 'You can also write to us at:'] },
};

/** A heading over a rights passage: "Your rights", "How to exercise them", "Access and deletion". */
export const RIGHTS_HEADING = /\brights?\b|\baccess(?:ing)? (?:to )?(?:your|and)\b|\b(?:delet|correct|rectif)\w*\b|\bmanage (?:or delete )?your (?:data|information)\b|\byour (?:choices|controls)\b/i;

/** The sentence says how a request is made or a right used: "to request", "submit a request",
 *  "you can do this by", "contact us to". */
export const REQUEST_CUE: FactRule = {
  id: 'rights.request-cue',
  pattern: /\bto (?:request|exercise|make (?:a|this|such|your) request|use (?:your|these|this) right)\b|\b(?:submit|make|send|file|direct)\w* (?:a |your |the |this |such |any )?(?:\w+ )?requests?\b|\brequests?\b[^.;]{0,60}?\b(?:can|may|should|must) be (?:made|sent|submitted|addressed|directed)\b|\bexercis\w+ (?:your|any|these|the|this|such)\b|\b(?:request that we|ask us to)\b|\brequests? (?:regarding|about|relating to|related to|concerning) your\b|\b(?:do|request) (?:this|so) by\b|^to do (?:so|this)\b|\byou can (?:do|request) (?:this|so)\b|^(?:[➢•▪◦·*-]\s*)?request (?:access|correction|erasure|deletion|restriction|the transfer|a copy)\b/i,
  gloss: 'The sentence says how to make a request',
  examples: { match: ['To make this request, please fill out the online form.', 'Requests can be made by logging into your account.', 'Request erasure of your personal data where there is no reason to keep it.'], noMatch: ['You have the right to object.'] },
};

/** "You can also write to us", "Alternatively, call us": another way for the request just named. */
export const ALSO_WAY = /^(?:you (?:can|may|could) (?:also|always|alternatively)|alternatively|(?:or|also),? you (?:can|may))\b/i;

/** Channels for complaints to a regulator, not requests: "lodge a complaint with the CNIL". */
export const COMPLAINT_ONLY = /\b(?:supervisory authority|data protection authority|regulator|commissioner|attorney general|lodge a complaint|file a complaint|complain to|appeal)\b/i;

/** A request about something other than the four rights: "to suppress or limit our use",
 *  "to opt out of marketing", "to withdraw your consent". Its ways are that choice's. */
export const OTHER_REQUEST = /\b(?:suppress|limit|restrict|object|opt[- ]?out|unsubscribe|withdraw|do not sell|marketing|non-?discriminat)\w*/i;

export type HowKind = 'email' | 'form' | 'settings' | 'postal' | 'phone';

/** A way named in words, with or without its address: "by phone", "write to us at the address
 *  below", "through your online account", "complete this form", "submit your request here". */
export const HOW_WORD_RULES: readonly KindRule<HowKind>[] = [
  {
    id: 'rights.how.phone-word',
    kind: 'phone',
    name: 'phone',
    pattern: /\bby (?:tele)?phone\b|\bby calling\b|\bcall(?:ing)? (?:us|our|the|them)\b|\b(?:tele)?phone us\b|\btoll[- ]free (?:number|line)\b|\bCall or contact us\b/i,
    gloss: 'You can make a request by phone',
    examples: { match: ['You can request a copy through your online account, or by contacting us by phone or in store.'], noMatch: ['We collect your phone number.'] },
  },
  {
    id: 'rights.how.postal-word',
    kind: 'postal',
    name: 'post',
    pattern: /\bby (?:post|mail|letter|postal mail|physical mail|regular mail|snail mail)\b|\b(?:in writing|writ(?:e|ing)) to (?:us|our|the|them)\b|\bwrit(?:e|ing) us\b|\bpost it to\b|\b(?:mailing|postal) address\b|\bphysical mail\b|\b(?:at|to) the (?:(?!e-?mail\b|IP\b|web\b|website\b)[\w.]+ ){0,2}address (?:(?:listed|given|provided|set out|shown|indicated) )?(?:in (?:Section|section|§) ?[\w.]+ )?(?:above|below|at the end)\b|\b(?:at|to) the (?:(?!e-?mail\b|IP\b|web\b|website\b)[\w.]+ ){0,2}address (?:listed|given|provided|set out|shown|indicated) in (?:Section|section|§) ?\d|\bsigned,? (?:and )?(?:written )?(?:request|application|letter)\b|\bwritten,? signed (?:request|application|letter)\b|\bsubmit\w* (?:the |your |a |such )?(?:\w+ )?requests? in writing\b|\bdeliver\w* it to the address\b/i,
    gloss: 'You can make a request by post',
    examples: {
      match: [
        'You may also exercise your rights by post to our privacy officer.',
        'You can also write to us at the address listed at the end of this policy.',
        'Please contact us by using the request link or at the address provided in Section 15 below.',
        'Once a year you may obtain a copy of your data with a signed, written request.',
        'Alternatively, you can submit the request in writing to our head office.',
      ],
      noMatch: ['You may designate an agent in writing.', 'You can exercise your rights by contacting us at the email address below.'],
    },
  },
  {
    id: 'rights.how.login-word',
    kind: 'settings',
    name: 'account',
    pattern: /\bby (?:logging|signing) (?:in|into|on)(?:to)?\b|\b(?:log|sign) (?:in|into|on)(?:to)? (?:to )?(?:your|the) (?:account|service|app)\b(?! (?:page|screen) (?:to|and) (?:contact|email|call|write))/i,
    gloss: 'You can do it by logging into your account',
    examples: { match: ['The user may use this right by logging into the service or by writing to us.'], noMatch: ['We record when you log in.'] },
  },
  {
    id: 'rights.how.email-word',
    kind: 'email',
    name: 'email',
    pattern: /\bby e-?mail(?:ing)?\b|\be-?mail(?:ing)? us\b|\bsend(?:ing)? (?:us )?an e-?mail\b|\bvia e-?mail\b/i,
    gloss: 'You can make a request by email',
    examples: { match: ['All requests for correction or deletion should be sent by email to our team.'], noMatch: ['We collect your email address.'] },
  },
  {
    id: 'rights.how.form-word',
    kind: 'form',
    name: 'web form',
    pattern: /\b(?:complete|fill (?:in|out)|use|submit) (?:this|the|our|an?) (?:[\w-]+ ){0,3}form\b|\b(?:request|requests|form|page|portal|instructions)\b[^.;]{0,30}?\bhere\b|\bcontact us (?:online|here)\b|\bsubmit (?:a |your )?(?:data |privacy )?requests? (?:online|here)\b|\bsubmit a data request\b|\bexercis\w+\b[^.;]{0,50}?\b(?:at |via |through )?here\b/i,
    gloss: 'You can make a request through a web form',
    examples: { match: ['If you would like to exercise your rights, please contact us or complete this form.', 'You can submit your requests here.', 'You can exercise your data privacy rights here.'], noMatch: ['Here we go:', 'You can find your local data protection authority here.'] },
  },
];

/** Things you do yourself, which the guide reads as settings: "you can delete your account",
 *  "you can change or delete your profile data", "through the Service you can directly access,
 *  edit, delete or export your data", "by editing your profile". Not "you can request ..." nor
 *  "you can access your data by contacting us". */
export const SELF_SERVICE: FactRule = {
  id: 'rights.how.self-service',
  pattern: /\b(?:you|users?|members?|customers?)\b(?: [^.;]{0,30}?)? (?:can|may|are able to|have the ability to|will be able to)(?: also| always| easily| directly| at any time| yourself| in general)?,? (?:(?:directly|easily|also) )?(?:access|view|review|edit|update|change|modify|correct|amend|delete|remove|erase|download|export|manage|deactivate|close|add|rectify)\b(?:(?:,|,? and|,? or|,? and\/or) (?:access|view|review|edit|update|change|modify|correct|amend|delete|remove|erase|download|export|manage|deactivate|close|add|rectify)\b){0,5}[^.;]{0,60}?\b(?:data|information|account|profile|details|content|history|activity|username|password)\b|\b(?:services?|apps?|applications?|products?|platforms?|website|site|account|settings|tools?|dashboard|features?) (?:also )?(?:allows?|lets?|enables?|permits?) (?:you|users|members|customers) to (?:(?:directly|easily) )?(?:access|view|review|edit|update|change|modify|correct|amend|delete|remove|erase|download|export|manage|deactivate|close|add|rectify)\b(?:(?:,|,? and|,? or) (?:access|view|review|edit|update|change|modify|correct|amend|delete|remove|erase|download|export|manage|deactivate|close|add|rectify)\b){0,5}[^.;]{0,40}?\b(?:data|information|account|profile|details|content|history)\b|\bby (?:editing|updating|changing) your (?:profile|account|settings|information)\b|\byou can (?:access|find|use|manage) (?:these|them|those|this)(?: tools| controls| options)? (?:in|through|via|from) your (?:[\w-]+ )?(?:settings|Settings|account|dashboard)\b|\bby (?:pressing|clicking|tapping|selecting) the\b[^.;]{0,40}?\b(?:button|link|option)\b|\b(?:directly )?(?:within|through|in) the (?:service|app|application|services)\b[^.;]{0,20}?\byou can\b|\byou can\b[^.;]{0,60}?\bdirectly (?:within|through|in) the (?:service|app|application|services)\b/i,
  gloss: 'You can do it yourself in the service',
  examples: {
    match: [
      'You can delete your account and associated data at any time.',
      'You may access, modify or delete the Information we collected by editing your profile.',
      'Most of our services allow you to change your account profile.',
      'We offer tools to manage your data, and you can access these in your Privacy Settings.',
    ],
    noMatch: ['You may request access to your data.', 'You can delete cookies in your browser.', 'The app allows you to share content with friends.', 'We take reasonable steps to allow you to correct or delete your personal data.'],
  },
};

/** Doing it yourself is not what a sentence says that sends you to someone: "you can access your
 *  data by contacting us", "you can ask us to delete it". */
export const NOT_SELF = /\bby (?:contacting|emailing|calling|writing|sending|submitting|making|filing|mailing)\b|\b(?:contact|ask|email|call|write to) us\b|\brequest\w*\b/i;

/** A place in the service to do it: "your account settings", "Settings", "the user profile
 *  section of the App", "My Vodafone", "through our digital channels". */
export const SETTINGS_PLACE: FactRule = {
  id: 'rights.how.settings-place',
  pattern: /\b(?:in|through|via|using|under) (?:your |the |our |their )?(?:[A-Z][\w'’-]* )?(?:app(?:lication)? )?(?:account|settings|Settings|profile|dashboard|app|App|digital channels|online account)\b|\bin the (?:user )?profile section\b|\byour (?!browser)(?:[\w-]+ )?settings\b|\b(?:Settings|Account) ?[>›]/,
  gloss: 'A place in your account or the app',
  examples: { match: ['You can manage your personal information in the application Settings.', 'You can update some of your data through our digital channels.'], noMatch: ['We keep your data on our servers.'] },
};

/** The rights passage sends you to the contact section: "contact us", "contact us as described
 *  below", "the contact details set out above in Sec. 1", "contact Microsoft". */
export const CONTACT_REFERRAL: FactRule = {
  id: 'rights.how.contact-referral',
  pattern: /\b[Cc]ontact(?:ing)? (?:us|[A-Z][\w&-]+|our (?:Data Protection Officer|DPO|[Pp]rivacy (?:[Tt]eam|[Oo]ffice)|[Ss]upport [Tt]eam|[Cc]ustomer (?:[Ss]ervices?|[Cc]are|[Ss]upport)(?: [Tt]eam)?))\b|\b[Rr]each (?:out to )?us\b|\bget in touch with us\b|\b[Cc]ontact (?:details|information) (?:set out |given |listed |provided )?(?:above|below)\b|\b(?:[Cc]ontact|[Cc]ontacting) [Uu]s section\b|\bHow [Tt]o [Cc]ontact\b/,
  gloss: 'The passage sends you to the contact section',
  examples: { match: ['You have a number of rights, and you can contact us if you want to exercise any of these.'], noMatch: ['We may contact you about your account.'] },
};

/** After "contact us", what sends you on rather than giving the address: "using the contact
 *  information below", "at the address listed above". */
export const REFERS_ON = /^\s*(?:at|via|by|on|through|using)\s+(?:the|our)\s+(?:[\w.]+\s+){0,2}(?:contact (?:details|information|methods)|(?:details|information|address(?:es)?|methods|numbers?) (?:below|above|listed|set out|provided|given))/i;

/** A referral to one kind of contact detail: "at the email address below", "at the number listed
 *  in the Contact Us section", "using the form linked below". */
export const SINGLE_POINTER = /\b(?:at|via|by|on|through|using|to)\s+(?:the|our)\s+(e-?mail(?: address)?|(?:tele)?phone(?: number)?|number|(?:web |online |contact )?form)\s+(?:(?:listed|given|provided|set out|shown|indicated|linked)\s+)?(?:below|above|in\b)/i;

/** A site's home page ("https://www.example.com"): not a form or a page to make a request. */
export const HOME_PAGE = /^(?:https?:\/\/)?(?:www\.)?[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})?\/?$/i;

/** A line that is itself a way to reach them: "Contact us via our line: …", "By post: …". */
export const WAY_LINE = /^(?:[•*-]\s*)?(?:contact|call|e-?mail|write|visit|by|phone|tel(?:ephone)?|mail|post|online|via|send|submit|complete|fill|use)\b/i;

/** A sentence inviting contact, not only naming "contact information". */
export const CONTACT_INVITE = /\b(?:contact|reach|write to|call|e-?mail) us\b|\bquestions\b|\bget in touch\b|\bcontact (?:our|the) (?:Data Protection Officer|DPO|privacy)\b|\byou (?:can|may) (?:contact|reach|write|call|e-?mail)\b/i;

/** A contact line that only names the company: "X Ltd is the controller", "registered office". */
export const IDENTIFIES_ONLY = /\b(?:controller|registered (?:office|address)|headquarter\w*|incorporated|company number|registration number|is located at|operated by|©)/i;

/** What follows a right's verb that is not your data: "review this policy" (or "our privacy
 *  policies"), "access more information about the software", "access features", "view our
 *  site", "access the Services", "request access to a private group", "correct errors and bugs". */
export const NOT_YOUR_DATA = /^\s*(?:(?:this|our|the|these|those) (?:privacy )?(?:polic(?:y|ies)|notices?|statements?|terms)|(?:more|additional|further) (?:information|details)|(?:information|details) (?:about|on|regarding) (?:how|the|our|this|these|their)|(?:certain |some |all )?(?:features|content on|(?:our|the) (?:site|website|services?|apps?|platform))\b|(?:to )?(?:a|an|the|this|that) (?:[\w-]+ )?(?:group|event|channel|chat ?room|community|forum)s?\b|(?:errors?|bugs?|technical (?:issues?|problems?))\b(?!\s+in\s+(?:your|the|any)\s+(?:personal\s+)?(?:data|information|details|profile)))/i;

/** Before "access": access to the service, a device or purchases taken away, not a right to see
 *  your data ("sign out to revoke access", "you will lose access to your purchases", "you may
 *  revoke our access to that information"). */
export const ACCESS_TAKEN_AWAY = /\b(?:revok\w*|los(?:e|es|ing|t)|remov\w*|restrict\w*|deny|denied|denying|block\w*|unauthori[sz]ed|suspend\w*|terminat\w*)\s+(?:(?:your|their|its|the|all|any|this|such|our)\s+)?$/i;

/** Before the right's verb: the people someone gave access to what you share ("members with
 *  permission to open it can view your profile", "anyone with the link can see"). */
export const GIVEN_ACCESS_BEFORE = /\b(?:users|members|people|anyone|others|persons|recipients|viewers|collaborators)\b[^.;]{0,20}?\bwith (?:(?:the|a|your|that) )?(?:permission|access|link)\b[^.;]{0,40}$/i;

/** What a cookie choice acts on, not your data: "delete Flash cookies", "clear local storage". */
export const COOKIE_OBJECT = /\b(?:cookies?|flash|local shared objects?|local storage|add-ons?|browser history|cache)\b/i;

/** Channel kinds (src/engine/facts/types.ts ChannelKind) → the ways a request can be made. */
export const HOW_OF_CHANNEL: Readonly<Record<string, HowKind>> = {
  email: 'email',
  'web-form': 'form',
  url: 'form',
  account: 'settings',
  postal: 'postal',
  phone: 'phone',
};
