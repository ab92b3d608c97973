// What each highlight colour means (the same colours the content script paints).
import { LABEL_COLORS, LABEL_SHORT_NAMES } from '../../shared/label-colors.ts';
import type { LabelKey } from '../../engine/labels.ts';

const KEYS = Object.keys(LABEL_COLORS) as LabelKey[];

export function LabelLegend() {
  return (
    <details class="legend">
      <summary>What the colours mean</summary>
      <ul class="legend-list">
        {KEYS.map((key) => (
          <li key={key}>
            <span class="swatch" style={{ backgroundColor: LABEL_COLORS[key] }} aria-hidden="true" />
            {LABEL_SHORT_NAMES[key]}
          </li>
        ))}
      </ul>
    </details>
  );
}
