// Rules for "User Choice/Control". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Choices the person has: consent, opt-in, opt-out, unsubscribing, cookie and browser settings,
// CPNI approval, not providing data. Seeing, correcting or deleting data is ../access.ts.
// Files by what their rules match. The order below is the order of rule ids in the trained model
// (src/rules/model.generated.json): moving rules between files reorders it.
import { optOutRules } from './opt-out.ts';
import { controlRules } from './controls.ts';
import { lookalikeRules } from './lookalikes.ts';
import type { Rule } from '../../types.ts';

export const choiceRules: readonly Rule[] = [...optOutRules, ...controlRules, ...lookalikeRules];
