// Rules for "Data Security". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Data Security';

export const securityRules: readonly Rule[] = [
];
