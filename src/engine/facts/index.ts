// extractFacts: every fact family from the classified sentences, in one pass per family over
// text normalised once. One file per family; this list is where a family is registered.
import type { ClassifiedSentence } from '../types.ts';
import { extractChanges } from './changes.ts';
import { extractChildren } from './children.ts';
import { extractChoices } from './choices.ts';
import { extractCollected } from './collected.ts';
import { extractContact } from './contact.ts';
import { createFactContext, type FactContext } from './context.ts';
import { extractDoNotTrack } from './dnt.ts';
import { extractRecipients } from './recipients.ts';
import { extractRegions } from './regions.ts';
import { extractRetention } from './retention.ts';
import { extractRights } from './rights.ts';
import { extractSale } from './sale.ts';
import { extractSecurity } from './security.ts';
import type { Facts } from './types.ts';

export type { Facts } from './types.ts';

/** The registry: each family's extractor, keyed by the field of Facts it fills. */
export const FACT_EXTRACTORS: { readonly [K in keyof Facts]: (ctx: FactContext) => Facts[K] } = {
  collected: extractCollected,
  recipients: extractRecipients,
  sale: extractSale,
  retention: extractRetention,
  choices: extractChoices,
  rights: extractRights,
  security: extractSecurity,
  changes: extractChanges,
  children: extractChildren,
  regions: extractRegions,
  doNotTrack: extractDoNotTrack,
  contact: extractContact,
};

export function extractFacts(sentences: readonly ClassifiedSentence[]): Facts {
  const ctx = createFactContext(sentences);
  const facts: Partial<Record<keyof Facts, unknown>> = {};
  for (const family of Object.keys(FACT_EXTRACTORS) as (keyof Facts)[]) facts[family] = FACT_EXTRACTORS[family](ctx);
  // Every key of Facts is filled above: the registry's type requires one extractor per family.
  return facts as Facts;
}
