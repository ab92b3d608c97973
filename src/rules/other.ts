// Rules for "Practice not covered". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Practice not covered';

export const notCoveredRules: readonly Rule[] = [
];
