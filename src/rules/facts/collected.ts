// What data a policy says the provider collects: the kinds people ask about, each a list of
// item rules. An item counts only in a sentence about collection (labelled First Party
// Collection/Use, or naming a collecting verb with "we" — see COLLECT_CONTEXT) that does not
// deny it ("we do not read the content of your communications" — COLLECT_NEGATION).
import type { DataKindId } from './kinds.ts';
import type { FactRule, KindRule } from './types.ts';
import { IDENTITY_ITEM_RULES } from './collected/identity.ts';
import { SENSITIVE_ITEM_RULES } from './collected/sensitive.ts';
import { USAGE_ITEM_RULES } from './collected/usage.ts';

type ItemRule = KindRule<DataKindId>;

/** Every item rule, kind by kind in display order (./kinds.ts DATA_KINDS); files in ./collected/. */
export const DATA_ITEM_RULES: readonly ItemRule[] = [...IDENTITY_ITEM_RULES, ...USAGE_ITEM_RULES, ...SENSITIVE_ITEM_RULES];

/** A sentence about the provider's own collection, besides the First Party label. */
export const COLLECT_CONTEXT: readonly FactRule[] = [
  {
    id: 'collect.context.we-collect',
    // "we [may also] collect": "we" as the subject, a few words before the verb; not "law
    // enforcement can obtain", nor "have a relationship with us and want to receive".
    pattern: /\bwe\s+(?:[\w-]+\s+){0,3}?(?:collect|gather|obtain|receive|record|log|store|retain|maintain|process|keep)(?:s|ed|ing)?\b/i,
    gloss: 'The provider says it collects or holds something',
    examples: {
      match: ['Like most Internet service providers, we automatically collect and store both dynamic and static IP addresses.'],
      noMatch: ['Law enforcement can also obtain details about your Internet use.', 'If you have an established business relationship with us and want to receive information'],
    },
  },
  {
    id: 'collect.context.passive',
    pattern: /\b(?:is|are|be) (?:collected|gathered|obtained|stored|recorded)\b|\b(?:information|data) (?:we|that we) (?:may )?(?:collect|receive|have|hold)\b|\bwe may have\b|\b(?:information|data) (?:may )?includes?\b|\bmay be present\b[\s\S]{0,60}?\bsystems\b/i,
    gloss: 'Data is collected, held, or listed as included',
    examples: {
      match: ['Personal Data may include:', 'any location or positioning information we may have', 'PHI may be present in data at rest within Phone.com systems'],
      noMatch: ['We share data with vendors.'],
    },
  },
  {
    id: 'collect.context.uses-trackers',
    // Cookies are "used", "sent" or "placed" rather than collected.
    pattern: /\b(?:we|us|site|\w+\.com|fusion)\b[^.;]{0,40}?\b(?:use|uses|send|place|set|store|employ)\b[^.;]{0,40}?\b(?:cookies|image tags|web beacons|pixels|analytics)\b/i,
    gloss: 'The provider uses cookies or other trackers',
    examples: { match: ['We may send cookies to your computer.', 'Phone.com uses these cookies'], noMatch: ['You may adjust your browser to reject cookies.'] },
  },
];

/** The sentence denies collecting ("we do not read", "does not … intend to access"). */
export const COLLECT_NEGATION: FactRule = {
  id: 'collect.negated',
  pattern: /\b(?:do|does|did|will|shall|would|can)\s*(?:not|n't)\s+(?:[\w-]+\s+){0,4}?(?:collect|gather|read|record|listen|access|obtain|solicit|store|use|keep|have access|learn)\b|\bnever (?:collect|gather|record|store|read)\b/i,
  gloss: 'The sentence says data is not collected',
  examples: {
    match: ['Unless sent directly to us in an email, we do not read the content of your online communications.', 'We do not use cookies to gather any personal information.'],
    noMatch: ['We collect usage information.'],
  },
};

/** Headings that announce a collection section: sentences under them count as collection. */
export const COLLECT_HEADING: FactRule = {
  id: 'collect.heading',
  pattern: /\b(?:collect|collection|gather|information we (?:receive|obtain)|information (?:you give|from other sources)|personal (?:data|information) (?:do )?we)\b/i,
  gloss: 'A heading about what is collected',
  examples: { match: ['What Personal Data Do We Collect?', 'Information from other sources'], noMatch: ['Security of Information'] },
};
