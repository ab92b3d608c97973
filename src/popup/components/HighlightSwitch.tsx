// Switch for the in-page highlights. It starts from what the page shows (asked of the content
// script), not from a default: reopening the popup over a highlighted page shows it on, and one
// click clears it.
import { useEffect, useState } from 'preact/hooks';
import { t, plural } from '../../shared/i18n.ts';
import { sendToTab } from '../browser-api.ts';

export function HighlightSwitch({ tabId }: { tabId: number }) {
  /** undefined until the page has answered. */
  const [on, setOn] = useState<boolean | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let cancelled = false;
    sendToTab(tabId, 'content/get-highlights', {})
      .then((state) => !cancelled && setOn(state.on === true))
      .catch(() => !cancelled && setOn(false));
    return () => {
      cancelled = true;
    };
  }, [tabId]);
  const toggle = async (): Promise<void> => {
    const next = !on;
    setOn(next);
    try {
      const { highlighted } = await sendToTab(tabId, 'content/set-highlights', { on: next });
      setStatus(next ? plural(highlighted, 'highlightedOne', 'highlightedMany') : t('highlightsRemoved'));
    } catch {
      setOn(!next);
      setStatus(t('pageNoAnswer'));
    }
  };
  return (
    <div class="switch-row">
      <button type="button" role="switch" aria-checked={on === true} class="switch" disabled={on === undefined} onClick={() => void toggle()}>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span>{t('highlightSwitch')}</span>
      </button>
      <p class="switch-status" role="status">
        {status}
      </p>
    </div>
  );
}
