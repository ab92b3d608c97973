// The questions of the summary, in reading order, with the heading a person sees.
import type { QuestionId } from '../types.ts';

export const QUESTIONS: ReadonlyArray<{ id: QuestionId; heading: string }> = [
  { id: 'collect', heading: 'What they collect' },
  { id: 'share', heading: 'Who they share it with' },
  { id: 'sell', heading: 'Whether they sell it' },
  { id: 'retention', heading: 'How long they keep it' },
  { id: 'choices', heading: 'What you can do' },
  { id: 'security', heading: 'How safe it is' },
  { id: 'changes', heading: 'Whether they can change the policy' },
  { id: 'children', heading: 'Children' },
  { id: 'audiences', heading: 'Where you live' },
  { id: 'contact', heading: 'How to reach them' },
];
