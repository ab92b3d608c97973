// Browser privacy signals: whether the policy says it honours Do Not Track and Global Privacy
// Control, ignores them, or doesn't say. A denial outranks an honouring; a bare mention of DNT
// ("some browsers send DNT signals") is no answer. A denial about "such signals" counts when
// the sentence before or its heading names Do Not Track.
import { DNT_HONOURED, DNT_MENTIONED, DNT_NOT_HONOURED, DNT_NOT_HONOURED_REFERRING } from '../../rules/facts/dnt.ts';
import { DNT_ACTED_ON, GPC_HONOURED, GPC_NOT_HONOURED } from '../../rules/claims/signals.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, SignalValue } from './types.ts';
import type { SummaryPoint } from '../types.ts';

/** Do Not Track is named by the heading or by one of the three sentences before, under the same
 *  heading ("Do-Not-Track Signals. Some browsers … it is not always clear … We do not take action
 *  in response to these signals."). */
function afterDntMention(ctx: ReadContext, i: number): boolean {
  if (DNT_MENTIONED.pattern.test(ctx.heading(i))) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (ctx.sentences[j]?.headingIndex !== ctx.sentences[i]?.headingIndex) return false;
    if (ctx.test(DNT_MENTIONED.pattern, j)) return true;
  }
  return false;
}

/** A GPC_HONOURED match that asserts: not denied, and not wholly inside a condition. "If you
 *  have enabled GPC, we will treat it as an opt-out" puts the signal in the condition and the
 *  act after it, so the match is read at both ends: asserted if either end is. */
function honours(ctx: ReadContext, i: number, m: RegExpExecArray): boolean {
  const start = ctx.reading(i, m.index, m.index + 1);
  const endAt = m.index + m[0].length - 1;
  const end = ctx.reading(i, endAt, endAt + 1);
  if (start.negated && end.negated) return false;
  return !start.conditional || !end.conditional;
}

/** A DNT_ACTED_ON match that asserts: one opening on a verb of honouring ("Acme recognizes …
 *  Do Not Track") counts when its clause is not denied, conditional or about others ("some
 *  websites honour DNT"); the other wordings carry their own subject and negation. */
function actsOnDnt(ctx: ReadContext, i: number, m: RegExpExecArray): boolean {
  if (!/^(?:recogni|honou?r|respect|process|act)/i.test(m[0])) return true;
  const r = ctx.reading(i, m.index, m.index + 1);
  return !r.negated && !r.conditional && r.actor !== 'others' && r.actor !== 'you';
}

/** A GPC_NOT_HONOURED match that denies: the signal is not named inside a condition ("we will
 *  not honour a prior setting if you disable GPC" is about turning it off, not a denial). */
function denies(ctx: ReadContext, i: number, m: RegExpExecArray): boolean {
  const endAt = m.index + m[0].length - 1;
  return !ctx.reading(i, m.index, m.index + 1).conditional && !ctx.reading(i, endAt, endAt + 1).conditional;
}

function decide(no: AnswerBuilder<SignalValue>, yes: AnswerBuilder<SignalValue>): Answer<SignalValue> {
  if (no.hasEvidence) return no.build();
  if (yes.hasEvidence) return yes.build();
  return notStated<SignalValue>() as Answer<SignalValue>;
}

export function readSignals(ctx: ReadContext): Claims['signals'] {
  const dntNo = new AnswerBuilder<SignalValue>('not-honoured');
  const dntYes = new AnswerBuilder<SignalValue>('honoured');
  const gpcNo = new AnswerBuilder<SignalValue>('not-honoured');
  const gpcYes = new AnswerBuilder<SignalValue>('honoured');
  ctx.texts.forEach((_text, i) => {
    if (ctx.test(DNT_NOT_HONOURED.pattern, i)) dntNo.cite(i, DNT_NOT_HONOURED.id);
    else if (ctx.test(DNT_NOT_HONOURED_REFERRING.pattern, i) && afterDntMention(ctx, i)) dntNo.cite(i, DNT_NOT_HONOURED_REFERRING.id);
    else if (ctx.test(DNT_HONOURED.pattern, i)) dntYes.cite(i, DNT_HONOURED.id);
    else if (ctx.matches(DNT_ACTED_ON.pattern, i).some((m) => actsOnDnt(ctx, i, m))) dntYes.cite(i, DNT_ACTED_ON.id);
    if (ctx.matches(GPC_NOT_HONOURED.pattern, i).some((m) => denies(ctx, i, m))) gpcNo.cite(i, GPC_NOT_HONOURED.id);
    else if (ctx.matches(GPC_HONOURED.pattern, i).some((m) => honours(ctx, i, m))) gpcYes.cite(i, GPC_HONOURED.id);
  });
  return { dnt: decide(dntNo, dntYes), gpc: decide(gpcNo, gpcYes) };
}

const SIGNAL = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' } as const;

export const signalsQuestion: QuestionModule<'signals'> = {
  id: 'signals',
  heading: 'Browser privacy signals',
  read: readSignals,
  lines: (claim) =>
    (['dnt', 'gpc'] as const).flatMap((k): SummaryPoint[] => {
      const a = claim[k];
      if (a.value === 'honoured') return [{ id: `signals.${k}.honoured`, question: 'signals' as const, text: `Honours your browser's ${SIGNAL[k]} signal.`, flag: 'good' as const, evidence: a.evidence }];
      if (a.value === 'not-honoured') return [{ id: `signals.${k}.not-honoured`, question: 'signals' as const, text: `Ignores your browser's ${SIGNAL[k]} signal.`, flag: 'caution' as const, evidence: a.evidence }];
      return [];
    }),
  items: {
    dnt: { honoured: { says: 'honours Do Not Track', rank: 1 }, 'not-stated': { says: "doesn't say whether it honours Do Not Track", rank: 0 }, 'not-honoured': { says: 'ignores Do Not Track', rank: -1 } },
    gpc: { honoured: { says: 'honours Global Privacy Control', rank: 1 }, 'not-stated': { says: "doesn't say whether it honours Global Privacy Control", rank: 0 }, 'not-honoured': { says: 'ignores Global Privacy Control', rank: -1 } },
  },
};
