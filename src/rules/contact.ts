// Rules for "Privacy contact information". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Privacy contact information';

export const contactRules: readonly Rule[] = [
];
