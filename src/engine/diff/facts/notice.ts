// Changes to the policy itself: gaining or losing "without notice", and a promise to tell you
// directly appearing or going away.
import type { ChangeKind } from '../../facts/types.ts';
import type { Analysis } from '../../types.ts';
import type { SummaryChange } from '../types.ts';
import type { ChangeRule } from './types.ts';

const says = (a: Analysis, ...kinds: ChangeKind[]): boolean => a.facts.changes.statements.some((s) => kinds.includes(s.kind));

export const noticeChanges: ChangeRule = ({ before, after }) => {
  const changes: SummaryChange[] = [];
  if (!says(before, 'without-notice') && says(after, 'without-notice')) {
    changes.push({ id: 'changes.now-without-notice', text: 'Can now change the policy without notice.', flag: 'bad' });
  }
  if (says(before, 'without-notice') && !says(after, 'without-notice')) {
    changes.push({ id: 'changes.no-longer-without-notice', text: 'No longer says it can change the policy without notice.', flag: 'good' });
  }
  const direct = ['notice-direct', 'material-consent'] as const;
  if (!says(before, ...direct) && says(after, ...direct)) {
    changes.push({ id: 'changes.now-notice-direct', text: 'Now says it will tell you directly (or ask you) about changes.', flag: 'good' });
  }
  if (says(before, ...direct) && !says(after, ...direct)) {
    changes.push({ id: 'changes.no-longer-notice-direct', text: 'No longer says it will tell you directly about changes.', flag: 'bad' });
  }
  return changes;
};
