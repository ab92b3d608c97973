// The paste page: text pasted or a file dropped is analysed right here, and shown with the
// popup's own components (no page to scroll to, so evidence is quoted, not linked). The result
// can be saved to the library, compared, copied or downloaded like a page's.
import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { popupView } from '../../shared/answer-rows.ts';
import { t } from '../../shared/i18n.ts';
import type { PopupView } from '../../shared/popup-view.ts';
import { AnalysisView } from '../components/AnalysisView.tsx';
import { NotGradedNote } from '../components/NotGradedView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { ShareSummary } from '../share/ShareSummary.tsx';
import { analyseInput } from './analyse-input.ts';
import { FileDrop } from './FileDrop.tsx';
import { type FileKind, readPolicyFile } from './read-policy-file.ts';
import { SavePasted } from './SavePasted.tsx';

type View =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'problem'; message: string }
  | { kind: 'done'; analysis: Analysis; view: PopupView; text: string; title: string };

/** Let the "Reading…" message paint before the synchronous engine takes the thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

export function PasteApp() {
  const [text, setText] = useState('');
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [comparing, setComparing] = useState(false);

  const run = async (kind: FileKind, content: string, title: string): Promise<void> => {
    setView({ kind: 'working' });
    setComparing(false);
    await nextFrame();
    try {
      const result = analyseInput(kind, content);
      if (!result.ok) return setView({ kind: 'problem', message: result.message });
      if (result.analysis.language !== 'en') return setView({ kind: 'problem', message: t('pasteNotEnglish') });
      // The paste page has the engine (it analyses here): it makes the popup's view itself.
      setView({ kind: 'done', analysis: result.analysis, view: popupView(result.analysis), text: result.text, title });
    } catch (error) {
      setView({ kind: 'problem', message: t('pasteFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  const onFile = async (file: File): Promise<void> => {
    const read = await readPolicyFile(file);
    if (!read.ok) return setView({ kind: 'problem', message: read.message });
    await run(read.kind, read.content, file.name);
  };

  return (
    <main class="paste">
      <h1>{t('pasteTitle')}</h1>
      <p>{t('pasteIntro')}</p>
      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run('text', text, t('pastedPolicyName'));
        }}
      >
        <label for="policy-text">{t('pasteLabel')}</label>
        <textarea id="policy-text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="button button-primary">
          {t('analyse')}
        </button>
      </form>
      <FileDrop onFile={(file) => void onFile(file)} onReject={(message) => setView({ kind: 'problem', message })} />
      <div class="paste-result" aria-live="polite">
        {view.kind === 'working' && <p class="state-title">{t('reading')}</p>}
        {view.kind === 'done' && (
          <p class="visually-hidden">{view.analysis.rating.grade === null ? t('notGradedTitle') : t('announceReady', view.analysis.rating.grade)}</p>
        )}
        {view.kind === 'problem' && (
          <p class="problem" role="alert">
            {view.message}
          </p>
        )}
      </div>
      {view.kind === 'done' && <PastedResult view={view} comparing={comparing} onCompare={setComparing} />}
    </main>
  );
}

function PastedResult({ view, comparing, onCompare }: { view: Extract<View, { kind: 'done' }>; comparing: boolean; onCompare: (on: boolean) => void }) {
  const current = useMemo(() => ({ name: view.title, analysis: view.analysis }), [view]);
  if (comparing) return <LibraryView current={current} onClose={() => onCompare(false)} />;
  return (
    <>
      {view.analysis.rating.grade === null && <NotGradedNote analysis={view.analysis} />}
      <AnalysisView analysis={view.analysis} view={view.view} title={view.title} url="" titleLevel={2}>
        <SavePasted text={view.text} title={view.title} onCompare={() => onCompare(true)} />
        <ShareSummary analysis={view.analysis} title={view.title} />
      </AnalysisView>
    </>
  );
}
