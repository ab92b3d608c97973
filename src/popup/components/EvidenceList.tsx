// The sentences a point or reason was drawn from, quoted as plain text (policy text is
// untrusted: JSX children are never parsed as markup). With `onShow`, each one is a button
// that scrolls the page to it.
import type { ClassifiedSentence } from '../../engine/types.ts';

interface Props {
  id: string;
  sentences: readonly ClassifiedSentence[];
  indexes: readonly number[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
}

export function EvidenceList({ id, sentences, indexes, onShow }: Props) {
  const quoted = indexes.flatMap((i) => {
    const sentence = sentences[i];
    return sentence ? [sentence] : [];
  });
  if (quoted.length === 0) return <p id={id} class="evidence-empty">No sentence of the policy is quoted for this.</p>;
  return (
    <ul id={id} class="evidence-list" aria-label="From the policy">
      {quoted.map((s) => (
        <li key={s.index}>
          {onShow ? (
            <button type="button" class="evidence evidence-button" onClick={() => onShow(s.index)}>
              <span class="evidence-text">{s.text}</span>
              <span class="evidence-hint">Show in page</span>
            </button>
          ) : (
            <blockquote class="evidence">{s.text}</blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
