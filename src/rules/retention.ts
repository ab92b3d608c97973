// Rules for "Data Retention". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Data Retention';

export const retentionRules: readonly Rule[] = [
  {
    id: 'retention.stated-period',
    label: LABEL,
    patterns: ['{retain} * for #Value #Unit', '(keep|store) * for #Value #Unit'],
    gloss: 'Says how long your data is kept',
    examples: {
      match: ['We retain call detail records for 24 months.'],
      noMatch: ['We will contact you within 30 days.'],
    },
  },
];
