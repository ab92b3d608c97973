// The detector's compiled patterns, as the matchers (quick.ts, links.ts, text-features.ts) use
// them. The tables (pattern-table.ts) are computed at build time in the extension and the
// bundled CLI: vite.config.ts defines __DETECT_SIGNALS__ and __DETECT_VOCABULARY__ as their
// JSON, and the bundler then drops the compiler and the rules (the `typeof` tests below are
// constant there). Run from source (tsx, vitest), they are computed here, on first use.
// RegExps are created on first use too: an ordinary page, settled by one test of
// signals/cues.ts, creates none. The content script never reads the vocabulary table: it asks
// the worker for it on the first page that needs it (src/content/detect/vocabulary.ts).
import { buildSignalTable, buildVocabularyTable, type SignalPattern, type VocabularyPattern } from './pattern-table.ts';
import type { SignalWhere } from '../../rules/detect/vocabulary/types.ts';

declare const __DETECT_SIGNALS__: SignalPattern[] | undefined;
declare const __DETECT_VOCABULARY__: VocabularyPattern[] | undefined;

export interface CompiledSignal {
  rule: SignalPattern;
  regex: RegExp;
}

export interface CompiledVocabularyRule {
  rule: VocabularyPattern;
  regex: RegExp;
}

let signalTable: readonly SignalPattern[] | undefined;
const signals = new Map<SignalWhere, readonly CompiledSignal[]>();
let vocabularyTableRows: readonly VocabularyPattern[] | undefined;
let vocabulary: readonly CompiledVocabularyRule[] | undefined;

/** The signal rules that read `where`, in registry order. */
export function signalsFor(where: SignalWhere): readonly CompiledSignal[] {
  let found = signals.get(where);
  if (!found) {
    signalTable ??= typeof __DETECT_SIGNALS__ === 'undefined' ? buildSignalTable() : __DETECT_SIGNALS__;
    found = signalTable.filter((rule) => rule.where === where).map((rule) => ({ rule, regex: new RegExp(rule.source, rule.flags) }));
    signals.set(where, found);
  }
  return found;
}

/** The vocabulary table itself: what the worker hands the content script. */
export function vocabularyTable(): readonly VocabularyPattern[] {
  vocabularyTableRows ??= typeof __DETECT_VOCABULARY__ === 'undefined' ? buildVocabularyTable() : __DETECT_VOCABULARY__;
  return vocabularyTableRows;
}

/** A vocabulary table made ready to match, in its order. */
export function compileVocabulary(rows: readonly VocabularyPattern[]): readonly CompiledVocabularyRule[] {
  return rows.map((rule) => ({ rule, regex: new RegExp(rule.source, rule.flags) }));
}

/** The detector's own vocabulary, ready to match. */
export function vocabularyRules(): readonly CompiledVocabularyRule[] {
  vocabulary ??= compileVocabulary(vocabularyTable());
  return vocabulary;
}
