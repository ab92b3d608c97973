// Why the grade is what it is: each reason with its points, expandable to its evidence.
import type { ClassifiedSentence, RatingReason } from '../../engine/types.ts';
import { ExpandableItem } from './ExpandableItem.tsx';

interface Props {
  reasons: readonly RatingReason[];
  sentences: readonly ClassifiedSentence[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
}

const signed = (points: number): string => (points > 0 ? `+${points}` : String(points));

export function RatingReasons({ reasons, sentences, onShow }: Props) {
  if (reasons.length === 0) return null;
  return (
    <section class="section" aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why this grade</h2>
      <ul class="items">
        {reasons.map((r) => (
          <ExpandableItem key={r.id} text={r.text} flag={r.flag} evidence={r.evidence} sentences={sentences} onShow={onShow} aside={signed(r.points)} />
        ))}
      </ul>
    </section>
  );
}
