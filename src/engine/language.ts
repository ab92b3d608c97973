// Is this text English? The rules only read English, and a summary of French read as English
// would be nonsense, so the engine says "not supported yet" instead. Share of the most common
// English function words among the first ~2,000 words: English prose runs 35-50 %, French,
// German or Spanish policies under 8 % (their function words differ).
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'you', 'that', 'it', 'for', 'we', 'our', 'your', 'with', 'as', 'on', 'be',
  'or', 'are', 'this', 'by', 'not', 'may', 'from', 'us', 'will', 'can', 'have', 'any', 'such', 'if', 'at', 'an', 'which',
  'information', 'use', 'privacy', 'data', 'personal',
]);

const MIN_WORDS = 20;
const ENGLISH_SHARE = 0.18;

export function detectLanguage(text: string): { language: 'en' | 'unsupported'; share: number } {
  const words = text.slice(0, 15_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: 'en', share: 1 };
  const sample = words.slice(0, 2_000);
  const hits = sample.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const share = hits / sample.length;
  return { language: share >= ENGLISH_SHARE ? 'en' : 'unsupported', share };
}
