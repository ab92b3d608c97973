// Rules for "Third Party Sharing/Collection". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Third Party Sharing/Collection';

export const thirdPartyRules: readonly Rule[] = [
];
