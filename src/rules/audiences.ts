// Rules for "International and Specific Audiences". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'International and Specific Audiences';

export const audiencesRules: readonly Rule[] = [
];
