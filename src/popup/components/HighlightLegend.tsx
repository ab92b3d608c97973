// What each highlight colour means: the same colours and words the page shows.
import { HIGHLIGHT_CATEGORIES } from '../../shared/highlight-palette.ts';
import { t } from '../../shared/i18n.ts';

export function HighlightLegend() {
  return (
    <details class="legend">
      <summary>{t('legendSummary')}</summary>
      <ul class="legend-list">
        {HIGHLIGHT_CATEGORIES.map((c) => (
          <li key={c.id}>
            <span class="legend-word" style={{ backgroundColor: c.color }}>
              {t(c.word)}
            </span>
            <span class="legend-about">{t(c.about)}</span>
          </li>
        ))}
      </ul>
      <p class="note">{t('legendNote')}</p>
    </details>
  );
}
