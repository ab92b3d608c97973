// How a verdict looks: a mark and a word, so it reads without colour, and a class for colour.
import type { Verdict } from '../../engine/compare/index.ts';

export const VERDICT_LOOK: Readonly<Record<Verdict, { mark: string; label: string }>> = {
  current: { mark: '•', label: 'This policy' },
  better: { mark: '✓', label: 'Better' },
  worse: { mark: '✗', label: 'Worse' },
  same: { mark: '=', label: 'Same' },
  'not-stated': { mark: '—', label: 'Not stated' },
};
