// Page detection: is this page a privacy policy? Shared by the content script and the CLI.
// htmlFeatures (htmlparser2) is imported from './html-features.ts' directly by the CLI: it is not
// re-exported here, so the content script's bundle stays free of an HTML parser it does not need.
export { detectPage, detectWithText, quickStage, textStage, type QuickOutcome } from './detect.ts';
export { MAX_POLICY_LINKS, rankPolicyLinks, type LinkCandidate, type PolicyLink } from './links.ts';
export type { VocabularyPattern } from './pattern-table.ts';
export { compileVocabulary, vocabularyTable, type CompiledVocabularyRule } from './patterns.ts';
export { quickScore, quickSignals } from './quick.ts';
export { scoreText, scoreTextWith, type TextScorer } from './score-text.ts';
export { firstLineTitle, markdownHeadings, nameFromTextIfUntitled, quickFeaturesFromText } from './text-structure.ts';
export type { DetectionResult, Evidence, QuickFeatures, QuickScore, QuickVerdict, TextScore, VocabularyFamily } from './types.ts';
