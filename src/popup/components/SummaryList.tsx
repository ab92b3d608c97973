// The plain-language summary under the questions' headings, in reading order.
import type { ClassifiedSentence, SummaryPoint } from '../../engine/types.ts';
import { groupSummary } from '../group-summary.ts';
import { ExpandableItem } from './ExpandableItem.tsx';

interface Props {
  summary: readonly SummaryPoint[];
  sentences: readonly ClassifiedSentence[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
}

export function SummaryList({ summary, sentences, onShow }: Props) {
  const groups = groupSummary(summary);
  if (groups.length === 0) return <p class="note">PolicyLens found nothing to summarise in this text.</p>;
  return (
    <section class="section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {groups.map((group) => (
        <section key={group.id} class="question" aria-labelledby={`q-${group.id}`}>
          <h3 id={`q-${group.id}`}>{group.heading}</h3>
          <ul class="items">
            {group.points.map((p) => (
              <ExpandableItem key={p.id} text={p.text} flag={p.flag} evidence={p.evidence} sentences={sentences} onShow={onShow} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
