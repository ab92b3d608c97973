// Rules for "First Party Collection/Use". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'First Party Collection/Use';

export const firstPartyRules: readonly Rule[] = [
];
