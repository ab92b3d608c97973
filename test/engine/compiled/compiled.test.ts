// The compiled engine (src/engine/compiled) is a build output: the tests must run on the one a
// build makes, it must survive its trip through JSON, and however the rules were compiled (a
// build orders token sets by the seeds' frequencies, the source path by a fixed guess), the same
// rules fire and the same fact patterns are let through. New rules in the registries are
// compiled without being named anywhere.
import { describe, expect, it } from 'vitest';
import { compileShippedEngine } from '../../../scripts/build/compiled-engine.ts';
import { analyze, getClassifier } from '../../../src/engine/analyze.ts';
import { Classifier } from '../../../src/engine/classify/classifier.ts';
import { TRAINED_MODEL } from '../../../src/engine/classify/trained-model.ts';
import { compileEngine } from '../../../src/engine/compiled/engine.ts';
import { shippedEngine } from '../../../src/engine/compiled/shipped.ts';
import { AnchorIndex } from '../../../src/engine/facts/anchor-index.ts';
import { normalizeForFacts, useCompiledFactIndex } from '../../../src/engine/facts/context.ts';
import { INDEXED_FACT_RULES } from '../../../src/engine/facts/indexed.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';
import { tokenSetCost } from '../../../src/engine/match/pattern.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { FACT_RULES } from '../../../src/rules/facts/index.ts';
import { RULES } from '../../../src/rules/index.ts';
import { SEED_TEXTS } from '../text/seed-texts.ts';

const COMPILE_TIMEOUT_MS = 120_000;

const seedSentences = SEED_TEXTS.flatMap(({ text }) => segment({ text }).sentences);

describe('the compiled engine', () => {
  it('the tests run on the engine a build compiles (the Vite plugin replaced shipped.ts)', () => {
    expect(shippedEngine()).toEqual(JSON.parse(JSON.stringify(compileShippedEngine())));
  }, COMPILE_TIMEOUT_MS);

  it('classifies as the rules compiled from source do, after a trip through JSON', () => {
    const fromSource = compileEngine({ rules: RULES, model: TRAINED_MODEL, factRules: INDEXED_FACT_RULES, expand: expandWithCompromise, cost: tokenSetCost });
    expect(fromSource.classifier.matcher.patternRequires, 'the two orders differ, or this test shows nothing').not.toEqual(shippedEngine().classifier.matcher.patternRequires);
    const shipped = new Classifier(JSON.parse(JSON.stringify(shippedEngine().classifier)));
    const source = new Classifier(fromSource.classifier);
    const examples = RULES.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch]).map((text, index) => ({ index, start: 0, end: text.length, text, blockIndex: 0, isHeading: false }));
    for (const sentences of [seedSentences, examples]) {
      expect(JSON.stringify(shipped.classify(sentences))).toBe(JSON.stringify(source.classify(sentences)));
      expect(JSON.stringify(getClassifier().classify(sentences))).toBe(JSON.stringify(source.classify(sentences)));
    }
  }, COMPILE_TIMEOUT_MS);

  it('lets the same fact patterns through as an index built from the patterns', () => {
    const compiled = new AnchorIndex(INDEXED_FACT_RULES, JSON.parse(JSON.stringify(shippedEngine().facts)));
    const built = new AnchorIndex(INDEXED_FACT_RULES);
    const texts = [...seedSentences.map((s) => s.text), ...FACT_RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch])];
    const count = built.patternCount;
    expect(compiled.patternCount).toBe(count);
    const a = new Uint8Array(texts.length * count);
    const b = new Uint8Array(texts.length * count);
    texts.forEach((text, i) => {
      const lower = normalizeForFacts(text).toLowerCase();
      compiled.mark(lower, a, i * count);
      built.mark(lower, b, i * count);
    });
    expect(a).toEqual(b);
    expect(a.some((f) => f === 1) && a.some((f) => f === 0)).toBe(true);
  });

  it('compiles a rule added to a registry without naming it', () => {
    const added = { id: 'test.added', pattern: /\bzebra crossings?\b/i, gloss: 'test', examples: { match: [], noMatch: [] } };
    const sources = { rules: RULES.slice(0, 3), model: TRAINED_MODEL, expand: expandWithCompromise, cost: tokenSetCost };
    const before = compileEngine({ ...sources, factRules: INDEXED_FACT_RULES });
    const after = compileEngine({ ...sources, factRules: [...INDEXED_FACT_RULES, added] });
    expect(after.facts.formulas).toHaveLength(before.facts.formulas.length + 1);
    expect(after.facts.anchors).toContain('zebra crossing');
    expect(after.factPatterns).not.toBe(before.factPatterns);
  }, COMPILE_TIMEOUT_MS);

  it('refuses an anchor index compiled for other fact patterns', () => {
    const { facts } = shippedEngine();
    try {
      useCompiledFactIndex(() => ({ facts, factPatterns: 'stale' }));
      expect(() => analyze({ text: 'We collect your email address.' })).toThrow(/compiled anchor index is for other fact patterns/);
    } finally {
      useCompiledFactIndex(shippedEngine);
    }
  });

  it('carries the glosses of every classification rule (the worker has no rules)', () => {
    expect(shippedEngine().glosses).toEqual(Object.fromEntries(RULES.map((r) => [r.id, r.gloss])));
  });
});
