// Promises that name no one: a blanket or exclusive sharing clause, read by the module as "no"
// for some recipients, the denials the recipient cues miss, and what scopes or empties such a
// promise (a region, one item of data, a hypothetical, a goal, a sale only, no data given).
// Re-exported by ./index.ts.
import type { FactRule } from '../../facts/types.ts';

/** The words of a region-only clause: it does not answer for the whole policy. */
export const REGION_SCOPE = /\b(?:California|Nevada|Virginia|Colorado|Texas|EEA|European|EU|UK|United Kingdom|Switzerland|Brazil|Japan|Korea|Canada|Australia|residents? of)\b/;

/** The data the promise is about is all personal data, not one item of it. */
export const GENERAL_DATA = /\b(?:personal (?:data|information)|personally identifiable|your (?:data|information|details|PII)|(?:any|the|user|customer|member) (?:data|information)|data about you|information about you|PII|it)\b/i;
/** One item or one feature's data: "this data", "your email address", "video used to …", "data
 *  collected through the SMS program", or a sentence about one kind ("All financial data …"). */
export const NARROW_DATA = /\b(?:Restricted Scope|Google user|Gmail) [Dd]ata\b|^\W*(?:all\s+)?(?:(?:your|such|any)\s+)?(?:financial|payment|billing|banking|credit card|card|health|medical)\s+(?:data|information|details)\b|\b(?:this|these|such|that)\s+(?:[\w-]+\s+)?(?:data|information|profile|content|recordings?|videos?|images?)\b|\byour (?:email(?: address)?|phone number|password|username|credentials?|photos?|messages?|profile)\b|\bpasswords?\b|\b(?:collected|obtained|gathered|provided) (?:through|via|in|as part of|in connection with) (?:the|our|this|these|an?) (?:[\w-]+ ){0,2}?(?:programs?|features?|campaigns?|promotions?|surveys?|contests?|sweepstakes|forms?)\b/i;

/** A blanket promise: the provider gives personal data to no third party (bar the exceptions
 *  the sentence names): "we will not disclose your personal data to any third parties". */
export const BLANKET_DENIAL: FactRule = {
  id: 'share.blanket-denial',
  anchors: ['not', 'never', "n't"],
  pattern: /(?:\b(?:not|never)|n't)\s+(?:[\w-]+,?\s+){0,3}?(?:share|shared|sharing|disclose|disclosed|transfer|transferred|give|given|pass|passed|provide|provided|make available|made available|release|released)\b[^.;:]{0,60}?\b(?:to|with)\s+(?:any\s+)?(?:other\s+)?(?:third[- ]part(?:y|ies)\b(?![- ](?:advertis|ad\b|ads\b|marketing|marketers|vendors?|service|providers?|processors?|partners?|sites?|websites?|cookies|apps?|data brokers?))|anyone|anybody|others\b|(?:other |outside )?(?:companies|organi[sz]ations|parties|entities)\b(?:,? organi[sz]ations)?(?:,? or individuals)? outside\b|outside (?:parties|companies|organi[sz]ations)\b)|(?:\b(?:not|never)|n't)\s+(?:[\w-]+\s+){0,2}?(?:share|disclose|transfer|give|sell or share|share or sell)\s+(?:(?:any|your|the)\s+)?(?:personal\s+)?(?:information|data)(?:\s+(?:about|of)\s+(?:you|our users))?\s+(?:except|other than)\s+(?:as|in the (?:ways?|cases?|circumstances))\s+(?:[\w-]+\s+){0,2}?(?:described|set (?:out|forth)|outlined|listed|explained)\b/i,
  gloss: 'Says it gives your data to no one else',
  examples: {
    match: [
      'We never give your personal data to third parties.', 'We do not share your information with anyone outside Example Inc.', 'Your personal information is never shared with third parties.',
      'Example Plus doesn’t share any of your data with third parties.', 'We do not share information about you except as described in this policy.',
    ],
    noMatch: ['We share your data with third parties.', 'Third parties do not receive your name.', 'Do not share your password with anyone.', 'We do not share personal data with third-party advertisers.', 'We will not disclose your personal information to third-party marketers.'],
  },
};

/** An exclusive clause: the provider gives data out only to narrow recipients or only when the
 *  law compels it: "we only share your data with suppliers who help us provide services", "we
 *  will disclose personal data to third parties only if required by law". */
export const EXCLUSIVE_SHARING: FactRule = {
  id: 'share.exclusive',
  anchors: ['only'],
  pattern: /\bonly\s+(?:ever\s+)?(?:share|shares|disclose|discloses|transfer|transfers|give|gives|pass|passes|release|releases|provide|provides)\b|\b(?:share|shares|shared|disclose|discloses|disclosed|transfer|transfers|transferred|give|pass|passed|release|released|provide|provided)\b[^.;:]{0,60}?\bonly (?:if|when|where|with|to|in|as|upon)\b/i,
  gloss: 'Says it gives your data out only to a few kinds of recipient',
  examples: {
    match: ['We only share your data with the suppliers that run our systems.', 'We will disclose personal data to third parties only if required by law.'],
    noMatch: ['We pick vendors with care and only share with them what the job needs.', 'We only disclose the data listed in the table below.'],
  },
};

/** What an exclusive or blanket clause allows that makes it no promise: open kinds of recipient,
 *  or any lawful ground ("without a basis under the GDPR"). An exception that points to the
 *  policy's own list ("except in the following cases", "except as described in this Privacy
 *  Policy") keeps it a promise: a closed list (guide, Clarification 1) whose recipients are read
 *  from the list, while data brokers and others it does not name get nothing. */
export const OPEN_EXCEPTION = /\b(?:(?:permitted|allowed|authori[sz]ed) (?:by|under) (?:(?:the|applicable|relevant|any)\s+)*laws?\b|partners?|advertis\w*|marketing|sponsors?|brokers?|affiliated businesses|other companies|for their own|(?:legal |lawful )?basis|GDPR|General Data Protection Regulation|data protection (?:laws?|legislation|regulations?))\b/i;
/** What an exclusive clause must restrict: who gets the data, or when. Consent is no restriction
 *  ("we only share … where we have obtained consent" lets anyone in who is consented to); the
 *  person's own direction is (what they direct does not count). */
export const NARROW_RECIPIENT = /\b(?:(?:service |payment |hosting )?providers?|suppliers?|vendors?|processors?|contractors?|agents|affiliates?|subsidiar\w+|group compan\w+|authorit\w+|law enforcement|police|courts?|regulators?|(?:required|compelled|obliged|obligated|necessary|needed|permitted)\b|by law|legal|direct(?:ion|ed)?|instructions?|request)\b/i;

/** A promise limited to one purpose: "we do not share personal data with third parties for their
 *  own marketing purposes" says no for advertisers only. */
export const NO_MARKETING_SHARING: FactRule = {
  id: 'share.no-marketing-sharing',
  anchors: ['not', 'never'],
  pattern: /\b(?:not|never)\s+(?:[\w-]+,?\s+){0,3}?(?:share|disclose|sell|rent|provide|transfer|give)\b[^.;:]{0,80}?\bfor (?:their|its|his|her) (?:own )?(?:direct )?(?:marketing|advertising|promotional)\b/i,
  gloss: 'Says it gives no one your data for their own marketing',
  examples: {
    match: ['We do not give your data to other companies for their own marketing.'],
    noMatch: ['We share personal data with partners for their own marketing purposes.'],
  },
};

/** A denial the recipient rules' cue misses: "we do not permit ad networks to collect". */
export const PERMIT_DENIAL = /\b(?:do|does|will|shall)\s*(?:not|n't)\s+(?:permit|allow|authori[sz]e|let)\b/gi;

/** A passive denial: "is not shared", "will never be disclosed". */
export const PASSIVE_DENIAL = /\b(?:is|are|be|been|will|shall|would)\s+(?:not|never)\s+(?:be\s+)?(?:shared|disclosed|sold|rented|transferred|given|provided|made available|released|passed)\b|\bnever (?:be )?(?:shared|disclosed|sold|rented)\b/gi;

/** What "only" restricts that is not who gets the data: "transfer it only to countries …". */
export const NOT_A_RECIPIENT = /\b(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|abroad|regions?)\b/i;
/** Others as the subject just before a verb: "third parties do not share …". */
export const OTHERS_SUBJECT = /\b(?:they|third[- ]part(?:y|ies)|partners|providers|vendors|advertisers|companies|services|apps|sites|websites|platforms|businesses|organi[sz]ations)\b(?:\s+(?:\w+))?\s+(?:(?:will|do|does|may|shall|would|can|must)\s+)?(?:not\s+|never\s+|only\s+)?$/i;

/** After a denial of giving data to the authorities: the law is the exception ("unless Wire is
 *  obliged to do so under Swiss law"). */
export const LAW_EXCEPTION = /^[^.;]{0,40}?\b(?:unless|except)\b[^.;]{0,60}?\b(?:law|lawful|legal|court|required|compelled|obliged|obligated)\b/i;

/** The advertising purpose stated in an opening clause, before the recipient: "When we provide
 *  you with relevant advertising on other sites, we may share identifiers with third parties". */
export const AD_PURPOSE_BEFORE = /^\W*(?:when|where|to|in order to|for the purposes? of|if)\s+[^.;]{0,100}?\b(?:(?:targeted|relevant|personali[sz]ed|interest-based|tailored|behaviou?ral)\s+(?:advertising|ads|adverts)|(?:serve|serving|show|showing|deliver|delivering|display|displaying|provide you with|providing you with)\s+(?:\w+\s+){0,3}?(?:ads|adverts|advertis\w+))\b[^.;]{0,80},\s*we\b/i;

/** A promise opened by a hypothetical: "If an authority wishes to obtain your data, then ... we
 *  will only disclose it to the Authority where legally required" speaks of that case only. */
export const HYPOTHETICAL_OPENING = /^\W*(?:if|in the event|should)\b/i;

/** Before a blanket denial: it is the goal of a step (checking who asks for data), not a sharing
 *  practice: "we ask for proof of identity to ensure your data is not provided to anyone other
 *  than you". */
export const PURPOSE_BEFORE = /\b(?:to (?:ensure|make sure|guarantee)|so that|in order to (?:ensure|make sure))\b[^.;:]{0,150}$/i;

/** A denial whose verbs only sell or rent ("we do not sell your information to third parties"):
 *  a no-sale promise, not a promise not to share. It answers for data brokers only (guide,
 *  Clarification 2). */
export const SELL_ONLY = /^(?=[^]*\b(?:sell|sold|rent|rented|trade)\b)(?![^]*\b(?:shar\w*|disclos\w*|giv\w*|transfer\w*|make|made|provid\w*|pass\w*|releas\w*|volunteer|prohibit\w*|permit|allow|let)\b)/i;

/** After a denial of giving data out: it is denied only for money ("we do not disclose personal
 *  information to third parties in exchange for monetary compensation"), a no-sale promise, not
 *  a promise not to share. */
export const FOR_MONEY = /^[^.;:]{0,80}?\b(?:in exchange for|for (?:monetary|financial|valuable) (?:compensation|consideration)|for (?:money|payment|profit)\b)/i;

/** After a verb of an exclusive clause: what is given is no data ("we may only provide notice
 *  if …", "we only provide services to …"). */
export const NOT_DATA_OBJECT = /^\s+(?:(?:you|users|them)\s+(?:with\s+)?)?(?:(?:a|an|the|such|this|prior|advance|written|our)\s+)?(?:notice|notices|notifications?|services?|support|features?|products?)\b/i;
