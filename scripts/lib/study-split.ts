// Sentence split used by the study scripts. Interim: compromise's splitter on the raw segment;
// switches to the engine's segment() once src/engine/text lands, so statistics match the engine.
import nlp from 'compromise';

const world = nlp.world();
const split = nlp.methods().one.tokenize.splitSentences as (text: string, world: unknown) => string[];

export function splitForStudy(text: string): string[] {
  return split(text, world).map((s) => s.trim()).filter((s) => s !== '');
}
