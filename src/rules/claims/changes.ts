// How people are told of changes to the policy, as modern policies word it, beside
// ../facts/changes.ts: in-app and in-product notices, "let you know", notifications, and
// posting the new date. Read by src/engine/questions/changes.ts.
import type { FactRule } from '../facts/types.ts';

/** Telling people beyond the page itself. */
export const CHANGE_NOTICE: FactRule = {
  id: 'change.notice',
  pattern: /\b(?:notify|inform|tell|alert|let)\w*\s+(?:you|users|our users|customers|members|account holders|affected (?:users|people))(?:\s+know)?\b|\b(?:e-?mail|in-?app|in-?product|push|direct|prominent|separate|advance|additional|individual|personal) (?:notice|notification|message|alert)s?\b|\bnotice (?:through|via|in|on) (?:the |our )?(?:app|services?|products?|platform|account)\b|\b(?:by|via) (?:sending (?:you )?)?(?:an )?e-?mail\b|\bsend(?:ing)? (?:you )?(?:an )?e-?mail\b|\b(?:ask|seek|obtain|request)\w* (?:for )?(?:your |new |fresh |renewed |additional |user )+(?:consent|agreement|permission)\b|\bprovid\w* (?:you )?(?:with )?(?:(?:reasonable|advanced?|prior|appropriate|adequate) )?(?:notice|notification)\b|\bgiv\w* (?:you )?(?:(?:reasonable|advanced?|prior) )?notice\b|\b(?:post|posting|display|displaying|show|showing)\w* (?:a |an )?banner\b|\badvanced notice\b|\b(?:will|shall) be notified\b|\b(?:will|shall|may) (?:also )?announce\b|\bgive you (?:a|the) (?:choice|chance|opportunity)\b|\b(?:changes?|updates?|amendments?|modifications?)\b[^.;]{0,30}?\b(?:will|shall) be communicated\b|\bcommunicat\w* (?:any |such |these |the )?(?:significant |material |important |major )?(?:changes|updates)\b/i,
  gloss: 'Tells you about changes beyond updating the page',
  examples: {
    match: [
      'If we make material changes to this policy, we will notify you by email or through the app.',
      'We will revise the date at the top of this policy, and we may also notify you of the change by sending an email.',
      'We will let you know before changes to this policy take effect.',
      'When we update this policy, we will provide notice through our services.',
      'We post changes to this policy on this page and, where appropriate, we will provide you with reasonable notice of material changes.',
      'If relevant changes to this policy are made that require new user consent, we will publish the update and request new consent.',
      'If we make changes in the way we use personal data, we will post an announcement on the service or send an email.',
      'We will announce any material changes to this privacy notice on our website.',
      'Any significant changes to this notice will be communicated appropriately, and the latest version will always be available in the service.',
    ],
    noMatch: [
      'We will post the updated policy on this page.',
      'Changes to this policy take effect when posted.',
      'If we change this policy, we will let you know by revising the date at the top of the policy.',
      'We will give you 30 days of prior notice of changes to this policy by posting a notice on our website.',
      'We will notify you of changes to this policy by posting the revised policy on this page.',
      'If we change this policy, we will post an updated notice on the website before the change takes effect.',
    ],
  },
};

/** A notice whose only route is the page itself: "we will let you know by revising the date",
 *  "prior notice by posting the revised policy on our website", "by publication here". Read just
 *  after a CHANGE_NOTICE match. A notice posted on the service ("by posting a notice on our
 *  services") is a notice, not the page. */
export const NOTICE_BY_POSTING = /^[^.;]{0,60}?\b(?:(?:by|through|via) (?:(?:updating|revising|changing) (?:the|this|its|our)\b|(?:posting|publishing|publication)(?: of)? (?:(?:it|them|the|this|an?|our)\s+)?(?:(?:revised|updated|new|amended|modified|latest|effective)\s+)*(?:privacy\s+)?(?:policy|statement|version|changes?|updates?|date|notice of (?:the |such )?changes?|here|on (?:this|the|our) (?:page|policy|website|site))\b|(?:a |an )?notice (?:on|at) (?:this|the|our) (?:page|policy|website|site))|on (?:this|our|the) (?:privacy (?:policy|notice|statement) )?page\b)/i;

/** A route that reaches the person, not only the page: email, in-app, a notification. */
export const PERSONAL_ROUTE = /\be-?mail\b|\bin-?app\b|\bin-?product\b|\bnotifications?\b|\bmessages?\b|\bprominent\b|\bpop-?up\b|\bbanner\b|\bannouncement\b|\bnotice (?:on|in|through|via) (?:the |our )?(?:services?|apps?|platform|products?|homepage)\b/i;

/** Posting on the page, or changing its date. */
export const CHANGE_POSTED: FactRule = {
  id: 'change.posted',
  pattern: /\b(?:post|posted|posting|publish|published|publishing)\w*\b[^.;]{0,60}?\b(?:policy|statement|notice|page|site|website|changes|updates?|version)\b|\b(?:revis|updat|chang|modif)\w*\s+(?:the\s+)?(?:"?(?:last\s+)?(?:updated|effective|revised|modified)"?\s+)?date\b|\b(?:last|date of (?:the )?last) (?:updated|revised|modified|update|revision)\b[^.;]{0,40}\b(?:top|bottom|beginning|end|above|below)\b|\bupon (?:their |its )?posting\b|\beffective (?:immediately|when|upon|as of the date)\b/i,
  gloss: 'Posts changes on the page or changes its date',
  examples: {
    match: ['We will post any changes to this policy on this page.', 'If we change this policy, we will let you know by revising the date at the top of the policy.', 'Changes to this policy are effective upon posting.'],
    noMatch: ['We will email you about changes to this policy.'],
  },
};

/** The policy says it may be changed, and nothing about how: the changed policy is the page
 *  ("we will update this privacy policy as needed"). Counts as posting when nothing else does. */
export const CHANGE_MAY_UPDATE: FactRule = {
  id: 'change.may-update',
  pattern: /\b(?:we|the company|it)\s+(?:will|may|might|can|reserve the right to)\s+(?:\w+\s+)?(?:update|change|modify|revise|amend)\w*\s+(?:this|our|the)\s+(?:privacy\s+)?(?:policy|statement|notice)\b|\b(?:this\s+(?:privacy\s+|data protection\s+)?|our\s+(?:privacy|data protection)\s+)(?:policy|statement|notice)\s+(?:may|will|can)\s+(?:also\s+)?(?:be\s+)?(?:updat|chang|modif|revis|amend|undergo)\w*/i,
  gloss: 'Says the policy may change, without saying how you hear of it',
  examples: {
    match: ['We will update this privacy policy as needed so that it stays accurate.', 'This policy may be updated from time to time.', 'Our business changes constantly and our privacy notice will change also.', 'This data protection notice may be updated from time to time.'],
    noMatch: ['We update our apps often.', 'If we change this policy, we will email you.', 'Although our policy may change in the future, we do not currently support Do Not Track.'],
  },
};

/** Consent asked before data is used under changed terms: "we will not, without your consent, use
 *  your information in a manner materially different from what was stated", "the notice in place
 *  when you gave us your data governs it unless you consent to the new notice". A promise of
 *  consent for material changes is a notice (the guide's `notice`: "by asking consent"), even
 *  worded as a denial, and so is "we will never change our practices to make them less protective
 *  of data collected in the past without the consent of affected customers". */
export const CHANGE_CONSENT: FactRule = {
  id: 'change.consent',
  pattern: /\bwithout (?:first )?(?:obtaining |getting |asking for |seeking )?your (?:prior |express |explicit |affirmative )?(?:consent|permission)\b[^.;]{0,100}?\b(?:materially|substantially|significantly) different\b|\b(?:materially|substantially|significantly) different\b[^.;]{0,100}?\bwithout (?:first )?(?:obtaining |getting |asking for |seeking )?your (?:prior |express |explicit |affirmative )?(?:consent|permission)\b|\bunless you (?:consent|agree) to (?:the|this|a|any) (?:new|revised|updated|changed|amended|modified) (?:version|notice|policy|statement|terms)\b|\b(?:chang\w*|make)\b[^.;]{0,60}?\bless protective\b[^.;]{0,80}?\bwithout (?:first )?(?:obtaining |getting |asking for )?(?:the |your )?(?:prior |express |explicit )?(?:consent|permission)\b/i,
  gloss: 'Asks your consent before using your data under changed terms',
  examples: {
    match: [
      'However, we will not, without your consent, use your personal data in a manner materially different from what was stated when it was collected.',
      'If changes are material, the notice in place when you gave us your data will govern that data unless you consent to the new notice.',
      'We will not make any changes to this policy that are less protective of your data collected in the past without your consent.',
    ],
    noMatch: ['We will not share your data without your consent.', 'Changes to this policy are effective when posted.'],
  },
};

/** Only the law's requirement brings a notice: "if required by law, we will also notify you by
 *  email" (the guide's clarification 10: `posted`). Read on the text before a notice: the
 *  condition opens the sentence, or comes just before the notice ("we will, where required by
 *  law, notify you"). */
// Also "if we are required by applicable law to", "where necessary or required under law" and
// "where the law requires it".
const IF_LAW = String.raw`\b(?:if|where|when|as|to the extent|insofar as)\s+(?:(?:(?:it|we) (?:is|are)|so|legally|otherwise)\s+)?(?:necessary (?:or|and) )?(?:required|mandated|necessary|obliged)\s+(?:to\s+)?(?:by|under)\s+(?:the\s+)?(?:applicable\s+|relevant\s+)?(?:data protection\s+|privacy\s+)?(?:law|laws|legislation|regulations?)\b|\b(?:if|where|when|as)\s+(?:the\s+)?(?:applicable\s+)?law\s+(?:so\s+)?requires?\b(?:\s+(?:it|so|us to))?`;
export const NOTICE_IF_LAW = new RegExp(String.raw`^\W*${IF_LAW}\s*,|${IF_LAW}[^.;]{0,30}$`, 'i');

/** The same condition just after the notice, with no other route between ("may take other steps
 *  to inform you of the changes if required by applicable privacy laws"); read on the text after
 *  a notice match. "… in the app or, if required by law, by email" offers the app anyway, and
 *  "we will notify you and take additional steps as required by law" conditions only the steps. */
export const NOTICE_IF_LAW_AFTER = new RegExp(String.raw`^(?:(?!\b(?:and|or)\b)[^.;,]){0,40}?(?:${IF_LAW})`, 'i');

/** Posting the changed policy before it applies: a route that rules out "without notice" ("we
 *  will post an updated notice on the Website prior to the changes becoming effective"). */
export const ADVANCE_POSTING = /\b(?:prior to|before) (?:the |any |such )?(?:changes?|updates?|revisions?|it|they|them) (?:becom|tak|go|com)\w* (?:into )?effect\w*|\bin advance of (?:the |any |such )?(?:changes?|their effective date)\b|\b\d+ days (?:before|prior to)\b/i;
