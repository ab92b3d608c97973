// Rules for "Do Not Track". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
import type { Rule } from './types.ts';

const LABEL = 'Do Not Track';

export const doNotTrackRules: readonly Rule[] = [
  {
    id: 'dnt.signal',
    label: LABEL,
    patterns: ['do not track', 'dnt'],
    gloss: 'Talks about the browser Do Not Track signal',
    examples: {
      match: ['Our site does not honour browser Do Not Track signals.'],
      noMatch: ['We track shipments for you.'],
    },
  },
];
