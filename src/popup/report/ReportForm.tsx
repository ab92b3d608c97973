// "Report a wrong statement": the person picks the policy sentence at issue (or none of ours)
// and says what is right; PolicyLens writes a ready report (report-text.ts) to copy or download.
// Nothing is sent anywhere: where to send it is the person's choice.
import { useId, useState } from 'preact/hooks';
import { manifestVersion } from '../browser-api.ts';
import type { SummaryPoint } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { AnswerContext } from '../answers/context.ts';
import { copyText, downloadText } from '../download.ts';
import { reportFileName, reportText, type WrongStatement } from './report-text.ts';

interface Props {
  point: SummaryPoint;
  heading: string;
  context: AnswerContext;
  onClose: () => void;
}

const NONE = 'none';

function extensionVersion(): string {
  try {
    return manifestVersion();
  } catch {
    return 'unknown';
  }
}

export function ReportForm({ point, heading, context, onClose }: Props) {
  const cited = point.evidence.flatMap((i) => {
    const s = context.sentences[i];
    return s ? [{ number: i + 1, text: s.text }] : [];
  });
  const [pick, setPick] = useState(cited[0] ? String(cited[0].number) : NONE);
  const [correction, setCorrection] = useState('');
  const [status, setStatus] = useState('');
  const ids = { pick: useId(), what: useId() };
  const report = (): string => {
    const sentence = cited.find((c) => String(c.number) === pick) ?? null;
    const data: WrongStatement = {
      page: context.page,
      versions: { extension: extensionVersion(), analysisSchema: 2, gradingScheme: context.scheme },
      statement: { id: point.id, question: heading, text: point.text },
      sentence,
      cited,
      correction: correction.trim(),
    };
    return reportText(data);
  };
  const copy = async (): Promise<void> => {
    try {
      await copyText(report());
      setStatus(t('reportCopied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const download = (): void => {
    downloadText(report(), reportFileName(point.id, new Date()));
    setStatus(t('reportDownloaded'));
  };
  return (
    <form class="report-form" onSubmit={(e) => e.preventDefault()} aria-label={t('reportLabel')}>
      <p class="report-intro">{t('reportIntro')}</p>
      {cited.length > 0 && (
        <>
          <label for={ids.pick}>{t('reportWhichSentence')}</label>
          <select id={ids.pick} class="text-input" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
            {cited.map((c) => (
              <option key={c.number} value={String(c.number)}>
                {t('reportSentenceOption', c.number, c.text.length > 70 ? `${c.text.slice(0, 70)}…` : c.text)}
              </option>
            ))}
            <option value={NONE}>{t('reportNoneOfThese')}</option>
          </select>
        </>
      )}
      <label for={ids.what}>{t('reportWhatIsRight')}</label>
      <textarea id={ids.what} class="text-input report-text" rows={3} value={correction} onInput={(e) => setCorrection(e.currentTarget.value)} />
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy()}>
          {t('reportCopy')}
        </button>
        <button type="button" class="button" onClick={download}>
          {t('reportDownload')}
        </button>
        <button type="button" class="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p class="report-status" role="status">
        {status}
      </p>
    </form>
  );
}
