// The claims as the hand labels give them: PolicyLens's own claims for a policy with every
// labelled answer replaced by the label's value. Grading these shows what the grading scheme
// does when the claims are right, apart from what it does with the engine's reading errors
// (npm run eval:rank -- --claims labels). Evidence stays the engine's; only values change.
import type { Claims, Detail } from '../../src/engine/questions/types.ts';
import { ENUM_KEYS, periodDays, type ClaimLabels, type EnumKey } from './claim-labels.ts';

export function goldClaims(engine: Claims, labels: ClaimLabels): Claims {
  const claims = structuredClone(engine);
  const table = claims as unknown as Record<string, Record<string, { value: string; details: Detail[] }>>;
  for (const key of Object.keys(ENUM_KEYS) as EnumKey[]) {
    const [q, item] = key.includes('.') ? (key.split('.') as [string, string]) : [key, key];
    const answer = table[q]?.[item];
    if (!answer) throw new Error(`no claim for label key ${key}`);
    const gold = labels.enums[key];
    answer.value = gold.value;
    if (key === 'children') answer.details = gold.value === 'min-age' ? [{ text: `${gold.age ?? ''}`, evidence: [], amount: gold.age ?? 0 }] : [];
  }
  const days = labels.periods.value.map((p) => periodDays(p.period)).filter((d): d is number => d !== null);
  claims.retention.periods.value = days.length > 0 ? 'stated' : 'not-stated';
  claims.retention.periods.details = days.map((amount) => ({ text: `${amount} days`, evidence: [], amount }));
  claims.rights.how.value = labels.how.value.length > 0 ? 'stated' : 'not-stated';
  claims.rights.how.details = labels.how.value.map((kind) => ({ text: kind, evidence: [], kind }));
  return claims;
}
