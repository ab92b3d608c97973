// Rules for "User Choice/Control". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'User Choice/Control';

export const choiceRules: readonly Rule[] = [
];
