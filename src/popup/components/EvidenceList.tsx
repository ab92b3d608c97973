// The sentences a statement was drawn from, quoted as plain text (policy text is untrusted: JSX
// children are never parsed as markup). With `onShow`, each one is a button that scrolls the
// page to it (and opens its tooltip when highlights are on). Long lists show the first few.
import { useState } from 'preact/hooks';
import type { ClassifiedSentence } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';

/** Sentences quoted before "Show N more": the deciding ones come first. */
export const EVIDENCE_SHOWN = 3;

interface Props {
  id: string;
  sentences: readonly ClassifiedSentence[];
  indexes: readonly number[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
}

export function EvidenceList({ id, sentences, indexes, onShow }: Props) {
  const [all, setAll] = useState(false);
  const quoted = indexes.flatMap((i) => {
    const sentence = sentences[i];
    return sentence ? [sentence] : [];
  });
  if (quoted.length === 0) return <p id={id} class="evidence-empty">{t('evidenceNone')}</p>;
  const shown = all ? quoted : quoted.slice(0, EVIDENCE_SHOWN);
  return (
    <div id={id}>
      <ul class="evidence-list" aria-label={t('evidenceLabel')}>
        {shown.map((s) => (
          <li key={s.index}>
            {onShow ? (
              <button type="button" class="evidence evidence-button" onClick={() => onShow(s.index)}>
                <span class="evidence-text">{s.text}</span>
                <span class="evidence-hint">{t('showInPage')}</span>
              </button>
            ) : (
              <blockquote class="evidence">{s.text}</blockquote>
            )}
          </li>
        ))}
      </ul>
      {quoted.length > shown.length && (
        <button type="button" class="link-button evidence-more" onClick={() => setAll(true)}>
          {t('evidenceMore', quoted.length - shown.length)}
        </button>
      )}
    </div>
  );
}
