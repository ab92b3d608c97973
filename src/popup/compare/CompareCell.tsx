// One policy's answer to one row: its text, the verdict as mark, word and colour, and a toggle
// that opens the sentences of that policy it was drawn from.
import { useId, useState } from 'preact/hooks';
import type { ComparisonCell } from '../../engine/compare/index.ts';
import type { ClassifiedSentence } from '../../engine/types.ts';
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
        <span class="verdict-label">{look.label}</span>
      </span>
      <span class="cell-text">{cell.text}</span>
      {cell.evidence.length > 0 && (
        <button
          type="button"
          class="link-button cell-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={`${open ? 'Hide' : 'Show'} the sentences behind ${policyName}: ${rowHeading}`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide sentences' : `Sentences (${cell.evidence.length})`}
        </button>
      )}
      {open && <EvidenceList id={panelId} sentences={sentences} indexes={cell.evidence} onShow={onShow} />}
    </td>
  );
}
