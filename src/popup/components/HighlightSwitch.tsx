// Switch for the in-page highlights. Starts off: the popup does not know what the page shows,
// and turning highlights on is what a person asks for here.
import { useState } from 'preact/hooks';
import { sendToTab } from '../../shared/messaging.ts';

export function HighlightSwitch({ tabId }: { tabId: number }) {
  const [on, setOn] = useState(false);
  const [status, setStatus] = useState('');
  const toggle = async (): Promise<void> => {
    const next = !on;
    setOn(next);
    try {
      const { highlighted } = await sendToTab(tabId, 'content/set-highlights', { on: next });
      setStatus(next ? `${highlighted} sentence${highlighted === 1 ? '' : 's'} highlighted.` : 'Highlights removed.');
    } catch {
      setOn(!next);
      setStatus('The page did not answer. Reload it and try again.');
    }
  };
  return (
    <div class="switch-row">
      <button type="button" role="switch" aria-checked={on} class="switch" onClick={() => void toggle()}>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span>Highlight clauses in the page</span>
      </button>
      <p class="switch-status" role="status">
        {status}
      </p>
    </div>
  );
}
