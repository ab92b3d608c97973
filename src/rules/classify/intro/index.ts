// Rules for "Introductory/Generic". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Framing without a specific practice: the title, dates, what the policy covers and explains,
// general commitments to privacy, "by using the site you agree", definitions, who runs the site.
// A date line alone is introductory; a *changed* policy is Policy Change (../change.ts).
// Files by what their rules match. The order below is the order of rule ids in the trained model
// (src/rules/model.generated.json): moving rules between files reorders it.
import { framingRules } from './framing.ts';
import { lookalikeRules } from './lookalikes.ts';
import type { Rule } from '../../types.ts';

export const introRules: readonly Rule[] = [...framingRules, ...lookalikeRules];
