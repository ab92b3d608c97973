// While the page's text is still arriving or being read: never a summary of a half-loaded page.
// A progress bar when progress is known, with words.
import { t } from '../../shared/i18n.ts';

interface Props {
  progress: number | undefined;
  slow: boolean;
  onRetry: () => void;
  label?: string;
}

export function Analysing({ progress, slow, onRetry, label = t('stillLoading') }: Props) {
  const percent = progress === undefined || progress <= 0 ? undefined : Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <section class="state state-analysing">
      <p class="state-title">{label}</p>
      <progress class="progress" max={100} value={percent} aria-label={label}>
        {percent === undefined ? '' : `${percent} %`}
      </progress>
      {slow && (
        <p>
          {t('takingLonger')}{' '}
          <button type="button" class="link-button" onClick={onRetry}>
            {t('checkAgain')}
          </button>
        </p>
      )}
    </section>
  );
}
