// The questions a person asks of a privacy policy, in the order they read them: the registry.
// Each module reads its claim and says it; a module may read the claims of those before it.
import { adsQuestion } from './ads.ts';
import { changesQuestion } from './changes.ts';
import { childrenQuestion } from './children.ts';
import { choicesQuestion } from './choices.ts';
import { collectQuestion } from './collect.ts';
import { contactQuestion } from './contact.ts';
import { createReadContext, type ReadContext } from './context.ts';
import { minimiseQuestion } from './minimise.ts';
import type { QuestionModule } from './module.ts';
import { retentionQuestion } from './retention.ts';
import { rightsQuestion } from './rights.ts';
import { securityQuestion } from './security.ts';
import { sellQuestion } from './sell.ts';
import { shareQuestion } from './share.ts';
import { signalsQuestion } from './signals.ts';
import { trackingQuestion } from './tracking.ts';
import { transfersQuestion } from './transfers.ts';
import type { ClassifiedSentence } from '../types.ts';
import type { Claims, QuestionId } from './types.ts';

export type { Answer, Claims, Detail, QuestionId } from './types.ts';

/** Every question, keyed so none can be left out. */
export const QUESTION_MODULES: { readonly [Q in QuestionId]: QuestionModule<Q> } = {
  collect: collectQuestion,
  share: shareQuestion,
  sell: sellQuestion,
  ads: adsQuestion,
  tracking: trackingQuestion,
  retention: retentionQuestion,
  rights: rightsQuestion,
  choices: choicesQuestion,
  minimise: minimiseQuestion,
  security: securityQuestion,
  changes: changesQuestion,
  children: childrenQuestion,
  signals: signalsQuestion,
  transfers: transfersQuestion,
  contact: contactQuestion,
};

/** Reading order, which is also the order of the summary. */
export const QUESTION_ORDER = Object.keys(QUESTION_MODULES) as QuestionId[];

function readOne<Q extends QuestionId>(q: Q, ctx: ReadContext): void {
  ctx.record(q, QUESTION_MODULES[q].read(ctx));
}

export function readClaims(sentences: readonly ClassifiedSentence[]): Claims {
  const ctx = createReadContext(sentences);
  for (const q of QUESTION_ORDER) readOne(q, ctx);
  return Object.fromEntries(QUESTION_ORDER.map((q) => [q, ctx.claim(q)])) as unknown as Claims;
}

export function questionHeading(q: QuestionId): string {
  return QUESTION_MODULES[q].heading;
}
