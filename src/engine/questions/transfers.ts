// Where your data goes: abroad (to the US, out of the EEA, "worldwide"), kept in one place
// ("stored only in Switzerland"), or not stated; and the rare waiver of one's own country's law.
// A transfer anywhere in the policy outweighs a promise to keep data local, which then reads as
// the main location only.
import { REGION_RULES } from '../../rules/facts/audiences.ts';
import { STAYS_LOCAL, TRANSFER_ABROAD } from '../../rules/claims/transfers.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, TransfersValue, YesOnly } from './types.ts';

const OLD_ABROAD = new Set(['transfer-us', 'transfer-abroad']);
/** "If you are located outside the EEA": where the person is, not where data goes. */
const PERSON_OUTSIDE = /\b(?:you|users?|visitors?|residents?|customers?|individuals?)\b[^.;]{0,25}\b(?:are|is|live|lives|reside|resides|located|based|access\w*)\b[^.;]{0,15}$/i;

export function readTransfers(ctx: ReadContext): Claims['transfers'] {
  const abroad = new AnswerBuilder<TransfersValue>('abroad');
  const local = new AnswerBuilder<TransfersValue>('local');
  const waives = new AnswerBuilder<YesOnly>('yes');
  ctx.texts.forEach((text, i) => {
    for (const rule of ctx.firing(REGION_RULES, i)) {
      if (rule.kind === 'waives-home-law') waives.cite(i, rule.id);
      if (!OLD_ABROAD.has(rule.kind)) continue;
      const m = ctx.matches(rule.pattern, i)[0];
      if (m && !ctx.reading(i, m.index, m.index + m[0].length).negated) abroad.cite(i, rule.id);
    }
    const l = ctx.matches(STAYS_LOCAL.pattern, i)[0];
    if (l) {
      const r = ctx.reading(i, l.index, l.index + l[0].length);
      if (!r.conditional) { local.cite(i, STAYS_LOCAL.id); return; }
    }
    // A heading ("International transfers") announces a section; what it says is in its sentences.
    const a = ctx.sentences[i]?.isHeading ? undefined : ctx.matches(TRANSFER_ABROAD.pattern, i)[0];
    if (a && !PERSON_OUTSIDE.test(text.slice(Math.max(0, a.index - 50), a.index))) {
      const r = ctx.reading(i, a.index, a.index + a[0].length);
      if (!r.negated) abroad.cite(i, TRANSFER_ABROAD.id);
    }
  });
  const transfers: Answer<TransfersValue> = abroad.hasEvidence ? abroad.build() : local.hasEvidence ? local.build() : notStated<TransfersValue>() as Answer<TransfersValue>;
  return { transfers, 'waives-home-law': yesIf(waives) };
}

export const transfersQuestion: QuestionModule<'transfers'> = {
  id: 'transfers',
  heading: 'Where your data goes',
  read: readTransfers,
  lines: (claim) => {
    const t = claim.transfers;
    const lines = [];
    if (t.value === 'abroad') lines.push({ id: 'transfers.abroad', question: 'transfers' as const, text: 'Your data may be sent to and stored in other countries.', evidence: t.evidence });
    if (t.value === 'local') lines.push({ id: 'transfers.local', question: 'transfers' as const, text: 'Says your data stays in one country or region.', flag: 'good' as const, evidence: t.evidence });
    if (claim['waives-home-law'].value === 'yes') lines.push({ id: 'transfers.waives-home-law', question: 'transfers' as const, text: "Using the site waives claims under your own country's laws.", flag: 'bad' as const, evidence: claim['waives-home-law'].evidence });
    return lines;
  },
  items: {
    transfers: {
      local: { says: 'keeps your data in one place', rank: 1 },
      'not-stated': { says: "doesn't say where your data goes", rank: 0 },
      abroad: { says: 'may send your data to other countries', rank: 0 },
    },
  },
};
