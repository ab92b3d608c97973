// The paste page's results can be kept and compared like a page's: "Save to library" stores the
// text (the worker analyses it, as it does imports), and "Compare" opens the library with the
// pasted policy as the one the others are judged against.
import { useId, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';
import { saveTextToLibrary } from '../library/api.ts';

export function SavePasted({ text, title, onCompare }: { text: string; title: string; onCompare: () => void }) {
  const [name, setName] = useState(title.slice(0, LIMITS.entryNameLength));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const inputId = useId();
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      const { entry } = await saveTextToLibrary(name.trim() || title, text);
      setResult({ ok: true, text: t('savedAs', entry.name) });
    } catch (error) {
      setResult({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="library-controls">
      <form class="save-form" onSubmit={(e) => void save(e)}>
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
      <button type="button" class="button" onClick={onCompare}>
        {t('compareWithLibrary')}
      </button>
    </div>
  );
}
