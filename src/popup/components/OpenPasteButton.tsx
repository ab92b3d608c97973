// Opens the paste page in a new tab, for text PolicyLens cannot read where it is.
import { extensionUrl, openTab } from '../browser-api.ts';
import { t } from '../../shared/i18n.ts';

export function OpenPasteButton({ label = t('pasteInstead') }: { label?: string }) {
  const open = async (): Promise<void> => {
    await openTab(extensionUrl('src/popup/paste.html'));
    window.close();
  };
  return (
    <button type="button" class="button" onClick={() => void open()}>
      {label}
    </button>
  );
}
