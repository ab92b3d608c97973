// Opens the paste page in a new tab, for text PolicyLens cannot read where it is.
import browser from 'webextension-polyfill';

export function OpenPasteButton({ label = 'Paste the policy text instead' }: { label?: string }) {
  const open = async (): Promise<void> => {
    await browser.tabs.create({ url: browser.runtime.getURL('src/popup/paste.html') });
    window.close();
  };
  return (
    <button type="button" class="button" onClick={() => void open()}>
      {label}
    </button>
  );
}
