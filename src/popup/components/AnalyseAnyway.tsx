// "Analyse this page anyway": the person knows better than the detector (or switched detection
// off). The page's content script reads it as a policy; the popup follows the tab's state.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { sendToTab } from '../browser-api.ts';

export function AnalyseAnyway({ tabId, label = t('analyseAnyway') }: { tabId: number; label?: string }) {
  const [problem, setProblem] = useState('');
  const ask = async (): Promise<void> => {
    try {
      await sendToTab(tabId, 'content/analyse-anyway', {});
    } catch {
      setProblem(t('pageNoAnswer'));
    }
  };
  return (
    <>
      <button type="button" class="button button-primary" onClick={() => void ask()}>
        {label}
      </button>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
