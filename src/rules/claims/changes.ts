// How people are told of changes to the policy, as modern policies word it, beside
// ../facts/changes.ts: in-app and in-product notices, "let you know", notifications, and
// posting the new date. Read by src/engine/questions/changes.ts.
import type { FactRule } from '../facts/types.ts';

/** Telling people beyond the page itself. */
export const CHANGE_NOTICE: FactRule = {
  id: 'change.notice',
  pattern: /\b(?:notify|inform|tell|alert|let)\w*\s+(?:you|users|our users|customers|members|account holders|affected (?:users|people))(?:\s+know)?\b|\b(?:e-?mail|in-?app|in-?product|push|direct|prominent|separate|advance|additional|individual|personal) (?:notice|notification|message|alert)s?\b|\bnotice (?:through|via|in|on) (?:the |our )?(?:app|services?|products?|platform|account)\b|\b(?:by|via) (?:sending (?:you )?)?(?:an )?e-?mail\b|\b(?:ask|seek|obtain|request) (?:for )?your (?:consent|agreement|permission)\b|\bprovide (?:you with )?(?:notice|notification)\b|\bgive (?:you )?(?:notice|advance notice)\b|\b(?:will|shall) be notified\b/i,
  gloss: 'Tells you about changes beyond updating the page',
  examples: {
    match: ['If we make material changes, we will notify you by email or through the app.', 'we may also notify you by sending an email', 'We will let you know before changes take effect.', 'we will provide notice through our services'],
    noMatch: ['We will post the updated policy on this page.', 'Changes take effect when posted.'],
  },
};

/** Posting on the page, or changing its date. */
export const CHANGE_POSTED: FactRule = {
  id: 'change.posted',
  pattern: /\b(?:post|posted|posting|publish|published|publishing)\w*\b[^.;]{0,60}?\b(?:policy|statement|notice|page|site|website|changes|updates?|version)\b|\b(?:revis|updat|chang|modif)\w*\s+(?:the\s+)?(?:"?(?:last\s+)?(?:updated|effective|revised|modified)"?\s+)?date\b|\b(?:last|date of (?:the )?last) (?:updated|revised|modified|update|revision)\b[^.;]{0,40}\b(?:top|bottom|beginning|end|above|below)\b|\bupon (?:their |its )?posting\b|\beffective (?:immediately|when|upon|as of the date)\b/i,
  gloss: 'Posts changes on the page or changes its date',
  examples: { match: ['We will post any changes on this page.', 'we will let you know by revising the date at the top of the policy', 'Changes are effective upon posting.'], noMatch: ['We will email you.'] },
};
