// What the toolbar badge shows: the grade letter, and "!" when a saved policy has changed.
import { t } from '../../shared/i18n.ts';

export function BadgeLegend({ open = false }: { open?: boolean }) {
  return (
    <details class="legend badge-legend" open={open}>
      <summary>{t('badgeLegendSummary')}</summary>
      <dl class="badge-legend-list">
        <div>
          <dt>
            <span class="badge-sample" aria-hidden="true">B</span>
          </dt>
          <dd>{t('badgeLegendLetter')}</dd>
        </div>
        <div>
          <dt>
            <span class="badge-sample" aria-hidden="true">B!</span>
          </dt>
          <dd>{t('badgeLegendChanged')}</dd>
        </div>
        <div>
          <dt>
            <span class="badge-sample badge-sample-empty" aria-hidden="true" />
          </dt>
          <dd>{t('badgeLegendNone')}</dd>
        </div>
      </dl>
    </details>
  );
}
