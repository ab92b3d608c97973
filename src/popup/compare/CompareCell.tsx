// One policy's answer to one row, collapsed to its one line: the verdict as mark, word and
// colour, then "More" opening every line of the answer and the sentences of that policy it rests
// on. A long answer no longer makes a row taller than the window.
import { useId, useState } from 'preact/hooks';
import type { ComparisonCell } from '../../engine/compare/index.ts';
import type { ClassifiedSentence } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { VERDICT_LOOK } from './verdicts.ts';

interface Props {
  cell: ComparisonCell;
  policyName: string;
  rowHeading: string;
  sentences: readonly ClassifiedSentence[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
}

export function CompareCell({ cell, policyName, rowHeading, sentences, onShow }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const look = VERDICT_LOOK[cell.verdict];
  const extra = cell.detail.filter((line) => line !== cell.text);
  const more = extra.length > 0 || cell.evidence.length > 0;
  return (
    <td class={`compare-cell verdict-${cell.verdict}`}>
      {/* Shown only when the table is stacked into cards: the column header is then out of sight. */}
      <span class="cell-policy" aria-hidden="true">
        {policyName}
      </span>
      <span class="verdict">
        <span class="verdict-mark" aria-hidden="true">
          {look.mark}
        </span>{' '}
        <span class="verdict-label">{t(look.label)}</span>
      </span>
      <span class={cell.text ? 'cell-text' : 'cell-text cell-empty'}>{cell.text || t('cellNothing')}</span>
      {more && (
        <button
          type="button"
          class="link-button cell-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t(open ? 'cellLessAria' : 'cellMoreAria', policyName, rowHeading)}
          onClick={() => setOpen(!open)}
        >
          {open ? t('cellLess') : t('cellMore')}
        </button>
      )}
      {open && (
        <div id={panelId} class="cell-detail">
          {extra.length > 0 && (
            <ul class="cell-lines">
              {extra.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {cell.evidence.length > 0 && <EvidenceList id={`${panelId}-evidence`} sentences={sentences} indexes={cell.evidence} onShow={onShow} />}
        </div>
      )}
    </td>
  );
}
