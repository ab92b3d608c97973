// What the tooltip says: first what the sentence means for the person (the summary lines that
// cite it, or else the gloss of the rule that read it, or else what its colour is about), and
// behind "Why?" the details a maintainer checks: the category, the rule ids, the match strength.
import type { Analysis, ClassifiedSentence } from '../../engine/types.ts';
import type { HighlightCategory } from '../../shared/highlight-palette.ts';

/** The rules shown per sentence: the tooltip explains, it does not list every feature. */
export const MAX_RULES_SHOWN = 3;
/** Summary lines quoted as the meaning: one or two read at a glance. */
const MAX_LINES = 2;

export interface SentenceMeaning {
  category: HighlightCategory;
  /** Plain lines: what this sentence means for the person. Empty: say what the colour is about. */
  lines: string[];
  /** 0–100: how strongly the wording fits the category. */
  strength: number;
  rules: { id: string; gloss: string | undefined }[];
}

export function meaningOf(
  sentence: ClassifiedSentence,
  category: HighlightCategory,
  analysis: Analysis,
  glossOf: (ruleId: string) => string | undefined,
): SentenceMeaning {
  const score = sentence.labels.find((l) => category.labels.includes(l.label)) ?? sentence.labels[0];
  const rules = (score?.ruleIds ?? []).slice(0, MAX_RULES_SHOWN).map((id) => ({ id, gloss: glossOf(id) }));
  const cited = analysis.summary.filter((p) => p.evidence.includes(sentence.index)).map((p) => p.text);
  const gloss = rules.find((r) => r.gloss !== undefined)?.gloss;
  return {
    category,
    lines: cited.length > 0 ? cited.slice(0, MAX_LINES) : gloss ? [gloss] : [],
    strength: Math.round((score?.score ?? 0) * 100),
    rules,
  };
}

/** Every rule id the tooltips may show, to ask the worker for their glosses at once. */
export function ruleIdsShown(sentences: readonly ClassifiedSentence[]): string[] {
  return [...new Set(sentences.flatMap((s) => s.labels.flatMap((l) => l.ruleIds.slice(0, MAX_RULES_SHOWN))))];
}
