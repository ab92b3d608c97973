// How a verdict looks: a mark and a word, so it reads without colour, and a class for colour.
import type { Verdict } from '../../engine/compare/index.ts';
import type { MessageKey } from '../../shared/i18n.ts';

export const VERDICT_LOOK: Readonly<Record<Verdict, { mark: string; label: MessageKey }>> = {
  current: { mark: '•', label: 'verdictCurrent' },
  better: { mark: '✓', label: 'verdictBetter' },
  worse: { mark: '✗', label: 'verdictWorse' },
  same: { mark: '=', label: 'verdictSame' },
  'not-stated': { mark: '—', label: 'verdictNotStated' },
};
