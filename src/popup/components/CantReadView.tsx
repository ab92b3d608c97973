// chrome://, about:, the PDF viewer, the web store, or a page whose content script never answered.
import { t } from '../../shared/i18n.ts';
import { OpenPasteButton } from './OpenPasteButton.tsx';

export function CantReadView() {
  return (
    <section class="state state-unsupported">
      <p class="state-title">{t('cantReadTitle')}</p>
      <p>{t('cantReadBody')}</p>
      <OpenPasteButton />
    </section>
  );
}
