// Rules for "Third Party Sharing/Collection". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Data given to, shared with, sold to or collected by others (affiliates, vendors, advertisers,
// analytics firms, law enforcement, buyers in a merger), and promises *not* to sell or share.
// Links to other sites with their own policies are Practice not covered (other.ts), not sharing.
// Files by what their rules match. The order below is the order of rule ids in the trained model
// (src/rules/model.generated.json): moving rules between files reorders it.
import { sharingRules } from './sharing.ts';
import { disclosureRules } from './disclosures.ts';
import { lookalikeRules } from './lookalikes.ts';
import type { Rule } from '../../types.ts';

export const thirdPartyRules: readonly Rule[] = [...sharingRules, ...disclosureRules, ...lookalikeRules];
