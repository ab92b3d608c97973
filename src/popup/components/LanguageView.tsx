// The engine reads English only; it says so rather than summarise text it cannot read.
import { t } from '../../shared/i18n.ts';
import { languageName } from '../language-name.ts';

export function LanguageView({ language }: { language: string }) {
  const name = languageName(language);
  return (
    <section class="state state-language">
      <p class="state-title">{name ? t('languageTitleNamed', name) : t('languageTitle')}</p>
      <p>{t('languageBody')}</p>
    </section>
  );
}
