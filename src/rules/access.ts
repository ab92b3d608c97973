// Rules for "User Access, Edit and Deletion". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'User Access, Edit and Deletion';

export const accessRules: readonly Rule[] = [
];
