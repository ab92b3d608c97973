// The rows of a comparison, in the order a person reads the summary (QUESTIONS), rights beside
// choices, the rating last. One file per row family; a row's id is its key everywhere.
import type { RowRule } from '../types.ts';
import { changesRow } from './changes.ts';
import { childrenRow } from './children.ts';
import { collectRow } from './collect.ts';
import { choicesRow, rightsRow } from './rights.ts';
import { ratingRow } from './rating.ts';
import { retentionRow } from './retention.ts';
import { securityRow } from './security.ts';
import { sellRow } from './sell.ts';
import { shareRow } from './share.ts';

export const ROW_RULES: readonly RowRule[] = [
  collectRow,
  shareRow,
  sellRow,
  retentionRow,
  rightsRow,
  choicesRow,
  securityRow,
  changesRow,
  childrenRow,
  ratingRow,
];
