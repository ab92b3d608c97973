// Copy the summary as text, or download it (with the quoted evidence) as Markdown. Both are made
// here, on the device: nothing is uploaded. The engine's renderings they use (summary-text.ts)
// are loaded on the click, not with the popup's first screen.
import { useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { copyText, downloadText } from '../download.ts';

const loadText = () => import('./summary-text.ts');

export function ShareSummary({ analysis, title }: { analysis: Analysis; title: string }) {
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      const { summaryForCopy } = await loadText();
      await copyText(summaryForCopy(analysis, title));
      setStatus(t('summaryCopied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const download = async (): Promise<void> => {
    const { markdownFileName, summaryMarkdown } = await loadText();
    downloadText(summaryMarkdown(analysis, title), markdownFileName(title), 'text/markdown');
    setStatus(t('summaryDownloaded'));
  };
  return (
    <div class="share">
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy()}>
          {t('copySummary')}
        </button>
        <button type="button" class="button" onClick={() => void download()}>
          {t('downloadMarkdown')}
        </button>
      </div>
      <p class="share-status" role="status">
        {status}
      </p>
    </div>
  );
}
