// Rules for "Policy Change". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Policy Change';

export const changeRules: readonly Rule[] = [
];
