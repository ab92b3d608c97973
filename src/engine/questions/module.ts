// What a question module is: it reads its claim from the policy, says it in plain lines, and
// words each of its answers' values so that the comparison and the change summary can say
// them too. The registry (./index.ts) lists the modules in the order a person reads them.
import type { Flag, SummaryPoint } from '../types.ts';
import type { ReadContext } from './context.ts';
import type { Answer, Claims, QuestionId } from './types.ts';

/** How one value of an answer reads, and how good it is for the person. */
export interface ValueWording {
  /** A phrase completing "The policy says it …" / "it …": 'does not sell your data'. */
  says: string;
  /** Higher is better for the person; compared only within one answer. */
  rank: number;
  /** How a change to this value is flagged (default: from the rank's direction). */
  flag?: Flag;
}

type ValueOf<A> = A extends Answer<infer V> ? V : never;

/** Per answer of the claim, the wording of its values. Answers left out are not compared. */
export type ItemWordings<C> = { readonly [K in keyof C]?: Readonly<Partial<Record<ValueOf<C[K]>, ValueWording>>> };

export interface QuestionModule<Q extends QuestionId> {
  id: Q;
  /** The question as a person asks it: 'Whether they sell it'. */
  heading: string;
  read(ctx: ReadContext): Claims[Q];
  /** The plain-language lines, each citing its sentences (deciding sentence first). */
  lines(claim: Claims[Q]): SummaryPoint[];
  items: ItemWordings<Claims[Q]>;
  /** For answers whose details are the news (periods, addresses): a change in them is reported. */
  detailItems?: readonly (keyof Claims[Q])[];
  /** The comparison cell's one line, when the first summary line would not stand for the whole
   *  answer (a list of kinds); default: the first line. */
  compareText?: (claim: Claims[Q]) => string;
  /** How a detail reads in a change line ("call records for up to 24 months"); default: as is. */
  detailPhrase?: (detail: string) => string;
}

/** Any module, for code that walks the registry. */
export type AnyQuestionModule = { [Q in QuestionId]: QuestionModule<Q> }[QuestionId];
