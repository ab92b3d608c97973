// One summary line inside an open answer row: its flag and text, the sentences it rests on (each
// "Show in page"), and "Report a wrong statement", which opens a ready report to copy or save.
import { useId, useState } from 'preact/hooks';
import type { SummaryPoint } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { EvidenceList } from '../components/EvidenceList.tsx';
import { FlagIcon } from '../components/FlagIcon.tsx';
import { ReportForm } from '../report/ReportForm.tsx';
import type { AnswerContext } from './context.ts';

export function AnswerLine({ point, heading, context }: { point: SummaryPoint; heading: string; context: AnswerContext }) {
  const [reporting, setReporting] = useState(false);
  const evidenceId = useId();
  return (
    <li class="answer-point" data-point={point.id}>
      <p class="answer-point-text">
        <FlagIcon flag={point.flag} />
        <span>{point.text}</span>
      </p>
      <EvidenceList id={evidenceId} sentences={context.sentences} indexes={point.evidence} onShow={context.onShow} />
      {reporting ? (
        <ReportForm point={point} heading={heading} context={context} onClose={() => setReporting(false)} />
      ) : (
        <button type="button" class="link-button report-open" onClick={() => setReporting(true)}>
          {t('reportOpen')}
        </button>
      )}
    </li>
  );
}
