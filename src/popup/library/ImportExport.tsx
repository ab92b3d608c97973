// Export downloads the saved entries as a JSON file (a blob URL and <a download>: nothing
// leaves the device); import reads such a file and says what was added and what was skipped.
import { useRef, useState } from 'preact/hooks';
import { plural, t } from '../../shared/i18n.ts';
import { downloadText } from '../download.ts';
import { exportLibrary, importLibrary } from './api.ts';

interface Report {
  ok: boolean;
  text: string;
  skipped: { index: number; reason: string }[];
}

export function ImportExport({ onImported }: { onImported: () => void }) {
  const [report, setReport] = useState<Report | undefined>(undefined);
  const file = useRef<HTMLInputElement>(null);
  const fail = (error: unknown): void => setReport({ ok: false, text: error instanceof Error ? error.message : String(error), skipped: [] });

  const download = async (): Promise<void> => {
    try {
      const { json } = await exportLibrary();
      downloadText(json, `policylens-library-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
      setReport({ ok: true, text: t('libraryExported'), skipped: [] });
    } catch (error) {
      fail(error);
    }
  };

  const upload = async (input: HTMLInputElement): Promise<void> => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    try {
      const { imported, skipped } = await importLibrary(await chosen.text());
      setReport({ ok: true, text: `${plural(imported, 'importedOne', 'importedMany')} ${t('importSkipped', skipped.length)}`, skipped });
      onImported();
    } catch (error) {
      fail(error);
    } finally {
      input.value = '';
    }
  };

  return (
    <div class="import-export">
      <div class="button-row">
        <button type="button" class="button" onClick={() => void download()}>
          {t('exportLibrary')}
        </button>
        {/* A real button opens the file picker: a styled <label> is not reachable by Tab. */}
        <button type="button" class="button" onClick={() => file.current?.click()}>
          {t('importLibrary')}
        </button>
        <input ref={file} class="file-input" type="file" accept="application/json,.json" tabIndex={-1} aria-label={t('importFileLabel')} onChange={(e) => void upload(e.currentTarget)} />
      </div>
      <div role="status" class="import-report">
        {report && <p class={report.ok ? '' : 'problem'}>{report.text}</p>}
        {report && report.skipped.length > 0 && (
          <ul class="skipped-list">
            {report.skipped.map((s) => (
              <li key={s.index}>{t('importSkippedEntry', s.index + 1, s.reason)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
