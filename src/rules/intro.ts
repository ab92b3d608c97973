// Rules for "Introductory/Generic". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Introductory/Generic';

export const introRules: readonly Rule[] = [
];
