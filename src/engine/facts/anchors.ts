// A cheap pre-check before running a fact pattern: literal words one of which any match must
// contain. For each top-level alternative of the pattern: its longest run of plain characters
// outside groups, classes and quantifiers; failing that, the words of a group it cannot skip
// ("\b(?:collect|gather|obtain)\b" → collect, gather, obtain). When every alternative yields
// words of 3+ characters, a sentence whose lower-cased text contains none cannot match and the
// regex is not run. Each alternative's other required words then narrow it further
// (anchorFormulaOf). Running ~150 patterns on every sentence costs tens of milliseconds per
// policy; with this check most never run. test/engine/facts/anchors.test.ts checks that the
// pre-check never turns away a sentence the pattern matches.

const MIN_ANCHOR = 3;
/** Words so frequent in policies that an anchor made of them skips almost nothing. */
const COMMON_POLICY_WORDS = new Set(['information', 'personal', 'data', 'you', 'your', 'we', 'our', 'us', 'use', 'may',
  'the', 'and', 'with', 'this', 'that', 'such', 'services', 'service', 'provide', 'other', 'third', 'party', 'parties',
  'policy', 'privacy', 'collect', 'will', 'not', 'any', 'for', 'are']);
const anchorCache = new WeakMap<RegExp, readonly string[] | null>();

/** Index of the `)` or `]` closing the group or class opened at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (source[open] === '[') return i;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Split a regex source at its top-level `|`. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = closing(source, i);
    else if (c === '|') {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** The quantifier at `i` lets what precedes it be absent ("?", "*", "{0,…}"). */
function optionalAt(source: string, i: number): boolean {
  const q = source[i];
  return q === '?' || q === '*' || (q === '{' && source[i + 1] === '0');
}

const QUANTIFIER_START = /^[?*+{]$/;
const ESCAPED_LITERAL = /^[.\-'"/()[\]{}?*+|^$\\:@&,;]$/;

/** What one alternative must contain, best anchor first: each candidate is a literal run or
 *  the anchors of a group it must pass through, and every match of the alternative holds a
 *  member of every candidate. */
function alternativeCandidates(alternative: string): string[][] {
  const runs: string[] = [];
  let run = '';
  const groups: string[][] = [];
  // A run keeps the literal spaces at its edges: every match holds them too, and " form" is
  // not found inside "information" the way "form" is (the text is whitespace-collapsed).
  const close = (): void => {
    if (run.trim().length >= MIN_ANCHOR) runs.push(run.toLowerCase());
    run = '';
  };
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i] ?? '';
    const next = alternative[i + 1] ?? '';
    if (c === '\\') {
      i++;
      if (ESCAPED_LITERAL.test(next) && !QUANTIFIER_START.test(alternative[i + 1] ?? '')) run += next;
      else close();
      continue;
    }
    if (c === '(' || c === '[') {
      close();
      const end = closing(alternative, i);
      const body = alternative.slice(i + 1, end);
      if (c === '(' && !optionalAt(alternative, end + 1) && !/^\?<?[=!]/.test(body)) {
        const inner = anchorsOfSource(body.replace(/^\?(?::|<[A-Za-z]\w*>)/, ''));
        if (inner) groups.push(inner);
      }
      i = end;
      continue;
    }
    if (c === '{') {
      close();
      const end = alternative.indexOf('}', i);
      i = end === -1 ? alternative.length : end;
      continue;
    }
    if (/[.^$|)?*+]/.test(c) || QUANTIFIER_START.test(next)) {
      // A quantified character ("cookies?") may be missing: the run stops before it.
      close();
      continue;
    }
    run += c;
  }
  close();
  // Prefer a candidate without the words on nearly every policy sentence ("personal" let the
  // sale patterns run on 177 of the seeds' 635 sentences, "sold" on a handful), then the one
  // whose shortest word is longest (rarer), then the one with fewer words: "notify you
  // directly" is better anchored by notify/inform/tell than by "you".
  const candidates = [...runs.map((r) => [r]), ...groups];
  const shortest = (words: readonly string[]): number => Math.min(...words.map((w) => w.trim().length));
  const common = (words: readonly string[]): number => (words.some((w) => COMMON_POLICY_WORDS.has(w.trim())) ? 1 : 0);
  candidates.sort((a, b) => common(a) - common(b) || shortest(b) - shortest(a) || a.length - b.length);
  return candidates;
}

/** Anchors for one alternative: its best candidate. */
function alternativeAnchors(alternative: string): string[] | null {
  return alternativeCandidates(alternative)[0] ?? null;
}

function anchorsOfSource(source: string): string[] | null {
  const anchors: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const found = alternativeAnchors(alternative);
    if (!found) return null;
    for (const a of found) if (!anchors.includes(a)) anchors.push(a);
  }
  return anchors;
}

/** The most candidates an alternative's formula keeps: each one more is one more check. */
const MAX_CONJUNCTS = 3;
const formulaCache = new WeakMap<RegExp, AnchorFormula | null>();

/** Any of the alternatives, each a list of anchor sets all of which it needs a member of:
 *  "\b(?:we|us) (?:share|disclose)\b[^.]*\bpartners\b" needs 'partners' and share/disclose
 *  and we/us, where anchorsOf alone would let every sentence with 'partners' through. */
export type AnchorFormula = readonly (readonly (readonly string[])[])[];

/** The full pre-check of `pattern`: null when some alternative has nothing to anchor on. Its
 *  first set per alternative is what anchorsOf gives; a rule's own anchors are the one set. */
export function anchorFormulaOf(pattern: RegExp, given?: readonly string[]): AnchorFormula | null {
  if (given) return [[given]];
  if (!formulaCache.has(pattern)) {
    const alternatives = topLevelAlternatives(pattern.source).map((alt) => alternativeCandidates(alt).slice(0, MAX_CONJUNCTS));
    formulaCache.set(pattern, alternatives.every((sets) => sets.length > 0) ? alternatives : null);
  }
  return formulaCache.get(pattern) ?? null;
}

/** Literal words one of which every match of `pattern` contains; null when there is no such set.
 *  A rule's own `anchors` win: some patterns (emails, numbers) have none that can be read off. */
export function anchorsOf(pattern: RegExp, given?: readonly string[]): readonly string[] | null {
  if (given) return given;
  if (!anchorCache.has(pattern)) anchorCache.set(pattern, anchorsOfSource(pattern.source));
  return anchorCache.get(pattern) ?? null;
}

/** False only when `pattern` certainly cannot match the text whose lower-cased form is `lower`.
 *  (One `includes` per anchor: fine for a single check; AnchorIndex does a whole policy.) */
export function mayMatch(pattern: RegExp, lower: string, given?: readonly string[]): boolean {
  const formula = anchorFormulaOf(pattern, given);
  return formula === null || formula.some((sets) => sets.every((set) => set.some((a) => lower.includes(a))));
}
