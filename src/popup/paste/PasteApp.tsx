// The paste page: text pasted or a file dropped is analysed right here, and shown with the
// popup's own components (no page to scroll to, so evidence is quoted, not linked).
import { useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { AnalysisView } from '../components/AnalysisView.tsx';
import { analyseInput } from './analyse-input.ts';
import { FileDrop } from './FileDrop.tsx';
import { type FileKind, readPolicyFile } from './read-policy-file.ts';

type View =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'problem'; message: string }
  | { kind: 'done'; analysis: Analysis; title: string };

/** Let the "Reading…" message paint before the synchronous engine takes the thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

export function PasteApp() {
  const [text, setText] = useState('');
  const [view, setView] = useState<View>({ kind: 'idle' });

  const run = async (kind: FileKind, content: string, title: string): Promise<void> => {
    setView({ kind: 'working' });
    await nextFrame();
    try {
      const result = analyseInput(kind, content);
      if (!result.ok) return setView({ kind: 'problem', message: result.message });
      if (result.analysis.language !== 'en')
        return setView({ kind: 'problem', message: "This text isn't in English. PolicyLens reads English privacy policies for now." });
      setView({ kind: 'done', analysis: result.analysis, title });
    } catch (error) {
      setView({ kind: 'problem', message: `PolicyLens could not read this text: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const onFile = async (file: File): Promise<void> => {
    const read = await readPolicyFile(file);
    if (!read.ok) return setView({ kind: 'problem', message: read.message });
    await run(read.kind, read.content, file.name);
  };

  return (
    <main class="paste">
      <h1>Read a privacy policy</h1>
      <p>Paste a policy's text, or drop a saved .txt or .html file. It is read on this computer; nothing is sent anywhere.</p>
      <form
        class="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run('text', text, 'Pasted policy');
        }}
      >
        <label for="policy-text">Policy text</label>
        <textarea id="policy-text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="button button-primary">
          Analyse
        </button>
      </form>
      <FileDrop onFile={(file) => void onFile(file)} onReject={(message) => setView({ kind: 'problem', message })} />
      <div class="paste-result" aria-live="polite">
        {view.kind === 'working' && <p class="state-title">Reading the policy…</p>}
        {view.kind === 'done' && <p class="visually-hidden">Summary ready. Grade {view.analysis.rating.grade}.</p>}
        {view.kind === 'problem' && (
          <p class="problem" role="alert">
            {view.message}
          </p>
        )}
      </div>
      {view.kind === 'done' && <AnalysisView analysis={view.analysis} title={view.title} titleLevel={2} />}
    </main>
  );
}
