import { t } from '../../shared/i18n.ts';

export function ErrorView({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <section class="state state-error">
      <p class="state-title">{t('errorTitle')}</p>
      <p class="error-message">{message}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </section>
  );
}
