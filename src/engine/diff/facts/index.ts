// The change rules, in the order a person reads the summary: selling first (it is what people
// ask first), then retention, the lists of kinds, the notice of changes, and the grade last.
import type { ChangeRule } from './types.ts';
import { gradeChanges } from './grade.ts';
import { kindChanges } from './kinds.ts';
import { noticeChanges } from './notice.ts';
import { retentionChanges } from './retention.ts';
import { saleChanges } from './sale.ts';

export const CHANGE_RULES: readonly ChangeRule[] = [saleChanges, retentionChanges, kindChanges, noticeChanges, gradeChanges];
