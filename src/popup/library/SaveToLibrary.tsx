// "Save to library" in the ready view: a name (the page's title to start with, else its site) and
// a button; the worker's answer, saved or the reason it was not, is announced in a status line.
import { useId, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';
import { saveToLibrary } from './api.ts';

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** A page title as a library name: one line, within the name limit. */
export function defaultEntryName(title: string, url: string): string {
  const name = title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.entryNameLength);
  return name || hostnameOf(url);
}

export function SaveToLibrary({ tabId, url, title }: { tabId: number; url: string; title: string }) {
  return <SaveForm initialName={() => defaultEntryName(title, url)} save={(name) => saveToLibrary(tabId, name)} />;
}

/** The name box, the button and the status line, for anything that can be saved (a tab's
 *  policy here, a pasted text on the paste page): `save` stores it under the name typed. */
export function SaveForm({ initialName, save }: { initialName: () => string; save: (name: string) => Promise<{ entry: { name: string } }> }) {
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const inputId = useId();
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      const { entry } = await save(name);
      setResult({ ok: true, text: t('savedAs', entry.name) });
    } catch (error) {
      setResult({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="save-form" onSubmit={(e) => void submit(e)}>
      <label for={inputId}>{t('saveNameLabel')}</label>
      <div class="save-row">
        <input id={inputId} class="text-input" value={name} maxLength={LIMITS.entryNameLength} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" class="button" disabled={busy}>
          {t('saveToLibrary')}
        </button>
      </div>
      <p class={result?.ok === false ? 'save-status problem' : 'save-status'} role="status">
        {result?.text ?? ''}
      </p>
    </form>
  );
}
