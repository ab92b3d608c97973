// Retention: periods by what they apply to (added, removed, longer, shorter), and keeping data
// indefinitely appearing or going away.
import type { RetentionPeriod, TimeUnit } from '../../facts/types.ts';
import { duration } from '../../summary/words.ts';
import type { SummaryChange } from '../types.ts';
import type { ChangeRule } from './types.ts';

const DAYS: Readonly<Record<TimeUnit, number>> = { day: 1, week: 7, month: 30, year: 365 };
const days = (p: RetentionPeriod): number => p.amount * DAYS[p.unit];
const subject = (p: RetentionPeriod): string => p.appliesTo ?? 'your data';

/** The first period stated for each subject: a policy names one period per kind of record. */
function bySubject(periods: readonly RetentionPeriod[]): Map<string, RetentionPeriod> {
  const map = new Map<string, RetentionPeriod>();
  for (const p of periods) if (!map.has(subject(p))) map.set(subject(p), p);
  return map;
}

export const retentionChanges: ChangeRule = ({ before, after }) => {
  const old = bySubject(before.facts.retention.periods);
  const now = bySubject(after.facts.retention.periods);
  const changes: SummaryChange[] = [];
  for (const [what, p] of old) {
    if (!now.has(what)) changes.push({ id: 'retention.period-removed', text: `Retention period removed: no longer says it keeps ${what} for ${duration(p)}.`, flag: 'bad' });
  }
  for (const [what, p] of now) {
    const was = old.get(what);
    if (!was) changes.push({ id: 'retention.period-added', text: `Now keeps ${what} for ${duration(p)}.`, flag: 'good' });
    else if (duration(was) !== duration(p)) {
      const longer = days(p) > days(was);
      changes.push({ id: 'retention.period-changed', text: `Now keeps ${what} for ${duration(p)} instead of ${duration(was)}.`, flag: longer ? 'caution' : 'good' });
    }
  }
  const indefinite = (kinds: readonly { kind: string }[]): boolean => kinds.some((k) => k.kind === 'indefinite');
  const wasIndefinite = indefinite(before.facts.retention.policies);
  const isIndefinite = indefinite(after.facts.retention.policies);
  if (!wasIndefinite && isIndefinite) changes.push({ id: 'retention.now-indefinite', text: 'Now says it may keep your data indefinitely.', flag: 'bad' });
  if (wasIndefinite && !isIndefinite) changes.push({ id: 'retention.no-longer-indefinite', text: 'No longer says it may keep your data indefinitely.', flag: 'good' });
  // A removed period already says so; this covers losing "as long as necessary" and the like.
  if (before.facts.retention.stated && !after.facts.retention.stated && old.size === 0) {
    changes.push({ id: 'retention.no-longer-stated', text: 'No longer says how long it keeps your data.', flag: 'bad' });
  }
  return changes;
};
