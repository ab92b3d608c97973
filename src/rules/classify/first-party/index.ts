// Rules for "First Party Collection/Use". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// What the provider itself collects, how (you give it, automatically, cookies), and what it uses it for.
// Giving data to others belongs to third-party/; choices about collection to choice/.
// Files by what their rules match. The order below is the order of rule ids in the trained model
// (src/rules/model.generated.json): moving rules between files reorders it.
import { collectionRules } from './collection.ts';
import { useRules } from './use.ts';
import { contextRules } from './contexts.ts';
import { lookalikeRules } from './lookalikes.ts';
import type { Rule } from '../../types.ts';

export const firstPartyRules: readonly Rule[] = [...collectionRules, ...useRules, ...contextRules, ...lookalikeRules];
