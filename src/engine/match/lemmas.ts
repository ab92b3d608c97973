// Inflections for {lemma} tokens in rule patterns, from compromise's conjugation and
// pluralisation. Used when rules are compiled (training, tests, and a build: src/engine/compiled
// ships the compiled regexes), so the extension never loads full compromise at run time.
import nlp from 'compromise';
import type { LemmaExpander } from './pattern.ts';

const cache = new Map<string, readonly string[]>();

function inflect(word: string): string[] {
  const forms = new Set<string>([word]);
  // Tag the bare word both ways: compromise would otherwise read "retain" or "store" as a noun.
  // tag() is typed as returning the base view; it is the same full document.
  const asVerb = nlp(word).tag('Verb') as ReturnType<typeof nlp>;
  for (const conjugation of asVerb.verbs().conjugate() as Array<Record<string, string>>) {
    for (const form of Object.values(conjugation)) {
      // Keep single-word forms ("shared", "sharing"); drop auxiliaries ("will share").
      if (/^[a-z]+$/.test(form)) forms.add(form);
    }
  }
  const asNoun = nlp(word).tag('Noun') as ReturnType<typeof nlp>;
  forms.add(asNoun.nouns().toPlural().text().toLowerCase());
  forms.delete('');
  return [...forms].filter((form) => /^[a-z]+$/.test(form)).sort();
}

export const expandWithCompromise: LemmaExpander = (word) => {
  let forms = cache.get(word);
  if (forms === undefined) {
    forms = inflect(word);
    cache.set(word, forms);
  }
  return forms;
};
