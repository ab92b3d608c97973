// "Save to library" in the ready view: a name (the site's hostname to start with) and a button;
// the worker's answer, saved or the reason it was not, is announced in a status line.
import { useId, useState } from 'preact/hooks';
import { saveToLibrary } from './api.ts';

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function SaveToLibrary({ tabId, url }: { tabId: number; url: string }) {
  const [name, setName] = useState(() => hostnameOf(url));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const inputId = useId();
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      const { entry } = await saveToLibrary(tabId, name);
      setResult({ ok: true, text: `Saved to your library as “${entry.name}”.` });
    } catch (error) {
      setResult({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="save-form" onSubmit={(e) => void save(e)}>
      <label for={inputId}>Name in your library</label>
      <div class="save-row">
        <input id={inputId} class="text-input" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" class="button" disabled={busy}>
          Save to library
        </button>
      </div>
      <p class={result?.ok === false ? 'save-status problem' : 'save-status'} role="status">
        {result?.text ?? ''}
      </p>
    </form>
  );
}
