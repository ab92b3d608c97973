// The detector's rules reduced to what matching needs: each rule's id, weight, and side or
// family, with the RegExp its patterns compile to (compile.ts), as source and flags. Plain JSON
// data: the extension and CLI builds compute it once, at build time, and hand it to patterns.ts
// (vite.config.ts), so no build carries the pattern compiler or the rules' glosses and examples
// beyond what it reads, and no pattern is compiled when a page loads.
import { compilePatterns } from './compile.ts';
import { signalRules } from '../../rules/detect/signals/index.ts';
import type { VocabularyFamily } from './types.ts';
import { vocabulary } from '../../rules/detect/vocabulary/index.ts';
import type { SignalRule } from '../../rules/detect/vocabulary/types.ts';

export interface CompiledRegExp {
  source: string;
  flags: string;
}

export interface SignalPattern extends CompiledRegExp {
  id: string;
  where: SignalRule['where'];
  speaksFor: SignalRule['speaksFor'];
  weight: number;
}

export interface VocabularyPattern extends CompiledRegExp {
  id: string;
  family: VocabularyFamily;
  weight: number;
  /** Present (1) on the rules by which a document names itself (vocabulary/types.ts). */
  names?: 1;
}

function compiled(id: string, patterns: readonly string[]): CompiledRegExp {
  const { source, flags } = compilePatterns(id, patterns);
  return { source, flags };
}

/** The quick stage's signals, in the order of their registry (signals/index.ts). */
export function buildSignalTable(): SignalPattern[] {
  return signalRules.map((r) => ({ id: r.id, where: r.where, speaksFor: r.speaksFor, weight: r.weight, ...compiled(r.id, r.patterns) }));
}

/** The text stage's vocabulary, in the order of its registry (vocabulary/index.ts). */
export function buildVocabularyTable(): VocabularyPattern[] {
  return vocabulary.map((r) => ({ id: r.id, family: r.family, weight: r.weight, ...(r.namesDocument ? { names: 1 as const } : {}), ...compiled(r.id, r.patterns) }));
}

/** What a build defines for patterns.ts (vite.config.ts `define`): both tables as JSON. */
export function patternTableDefine(): { __DETECT_SIGNALS__: string; __DETECT_VOCABULARY__: string } {
  return { __DETECT_SIGNALS__: JSON.stringify(buildSignalTable()), __DETECT_VOCABULARY__: JSON.stringify(buildVocabularyTable()) };
}
