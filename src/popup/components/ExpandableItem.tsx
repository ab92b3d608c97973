// One summary point or rating reason: a real button (aria-expanded) that opens its evidence.
import { useId, useState } from 'preact/hooks';
import type { ClassifiedSentence, Flag } from '../../engine/types.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { FlagIcon } from './FlagIcon.tsx';

interface Props {
  text: string;
  flag: Flag | undefined;
  evidence: readonly number[];
  sentences: readonly ClassifiedSentence[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
  /** e.g. "+10" for a rating reason. */
  aside?: string | undefined;
}

export function ExpandableItem({ text, flag, evidence, sentences, onShow, aside }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li class="item">
      <button type="button" class="item-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <FlagIcon flag={flag} />
        <span class="item-text">{text}</span>
        {aside !== undefined && <span class="item-aside">{aside}</span>}
        <span class="chevron" aria-hidden="true" />
      </button>
      {open && <EvidenceList id={panelId} sentences={sentences} indexes={evidence} onShow={onShow} />}
    </li>
  );
}
