// The questions of the summary, in reading order, with the heading a person sees (from the
// question modules' registry).
import { QUESTION_MODULES, QUESTION_ORDER } from '../questions/index.ts';
import type { QuestionId } from '../questions/types.ts';

export const QUESTIONS: ReadonlyArray<{ id: QuestionId; heading: string }> = QUESTION_ORDER.map((id) => ({ id, heading: QUESTION_MODULES[id].heading }));
