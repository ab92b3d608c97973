// Which policy this is: its title, the date it gives for itself, and that it was read here.
import type { PolicyDate } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { formatDate } from '../library/api.ts';

interface Props {
  title: string;
  policyDate: PolicyDate | null;
  /** h1 in the popup; h2 on the paste page, which has its own h1. */
  titleLevel?: 1 | 2;
  /** Set when only the start of a very long text was analysed (engine/budget.ts). */
  analysedLength?: number | undefined;
}

export function PolicyMeta({ title, policyDate, titleLevel = 1, analysedLength }: Props) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const date = policyDate ? (policyDate.iso ? formatDate(policyDate.iso) : policyDate.text) : null;
  return (
    <div class="policy-meta">
      <Title class="page-title">{title || t('untitledPolicy')}</Title>
      <p class="policy-meta-line">
        <span>{date ? t('policyDated', date) : t('policyUndated')}</span>
        <span aria-hidden="true"> · </span>
        <span class="on-device">{t('analysedOnDevice')}</span>
      </p>
      {analysedLength !== undefined && <p class="policy-meta-line budget-note">{t('analysedFirst', Math.round(analysedLength / 1024))}</p>}
    </div>
  );
}
