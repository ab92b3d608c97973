// PrivacySpy's expert rubric answers (../shared/data/privacyspy/dev.jsonl; Politiwatch, GPLv3:
// read for evaluation only, never copied into the repo): the products, their OTA document ids,
// scores, and how their answers map onto PolicyLens's claims where a question maps.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis } from '../../src/engine/types.ts';

export const DEFAULT_PRIVACYSPY_PATH = resolve(import.meta.dirname, '../../../shared/data/privacyspy/dev.jsonl');

export interface PrivacySpyProduct {
  product: string;
  ota_id: string;
  score: number;
  answers: Record<string, { value: string }>;
}

export function readPrivacySpy(path = DEFAULT_PRIVACYSPY_PATH): PrivacySpyProduct[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as PrivacySpyProduct);
}

/** Rubric question → (their answer, our analysis) → agree? null when the answer doesn't map. */
const MAPPINGS: Readonly<Record<string, (answer: string, a: Analysis) => boolean | null>> = {
  'behavioral-marketing': (v, a) => (v === 'no' ? a.claims.ads.ads.value !== 'yes' : a.claims.ads.ads.value === 'yes'),
  'third-party-collection': (v, a) => (v === 'yes' ? a.claims.tracking.tracking.value === 'yes' : v === 'no' ? a.claims.tracking.tracking.value !== 'yes' : null),
  'data-deletion': (v, a) => (v === 'na' ? null : v === 'no' ? a.claims.rights.delete.value !== 'yes' : a.claims.rights.delete.value === 'yes'),
  'data-breaches': (v, a) => (v === 'na' ? null : v === 'no' ? a.claims.security['breach-notice'].value !== 'yes' : a.claims.security['breach-notice'].value === 'yes'),
  'revision-notify': (v, a) => (v === 'na' ? null : v === 'yes' ? a.claims.changes.changes.value === 'notice' : a.claims.changes.changes.value !== 'notice'),
  security: (v, a) => (v === 'na' ? null : v === 'no' ? a.claims.security.measures.value === 'not-stated' : a.claims.security.measures.value !== 'not-stated'),
  history: (v, a) => (v === 'no' ? a.policyDate === null : a.policyDate !== null),
};

export function privacySpyAgreement(path: string | undefined, analyses: ReadonlyMap<string, Analysis>): { products: number; byQuestion: Record<string, { agree: number; total: number }> } | null {
  const products = readPrivacySpy(path);
  if (!products) return null;
  const byQuestion: Record<string, { agree: number; total: number }> = {};
  let used = 0;
  for (const p of products) {
    const a = analyses.get(p.ota_id);
    if (!a) continue;
    used++;
    for (const [q, map] of Object.entries(MAPPINGS)) {
      const answer = p.answers[q]?.value;
      if (answer === undefined) continue;
      const agree = map(answer, a);
      if (agree === null) continue;
      const s = (byQuestion[q] ??= { agree: 0, total: 0 });
      s.total++;
      if (agree) s.agree++;
    }
  }
  return { products: used, byQuestion };
}
