// The popup: find the tab, follow its state, show the view for it. State changes are also
// announced in one polite live region, so a screen reader hears "Summary ready" without
// having the whole summary read out.
import { useEffect, useState } from 'preact/hooks';
import { resolveTabId } from '../resolve-tab.ts';
import { useTabState, type PolledState } from '../use-tab-state.ts';
import { Analysing } from './Analysing.tsx';
import { CantReadView } from './CantReadView.tsx';
import { ErrorView } from './ErrorView.tsx';
import { LanguageView } from './LanguageView.tsx';
import { NotPolicyView } from './NotPolicyView.tsx';
import { ReadyView } from './ReadyView.tsx';

/** How long 'unknown' may just mean "the content script is still loading". */
const UNKNOWN_GRACE_MS = 1_500;

type Resolved = { tabId: number } | { tabId: undefined } | undefined;

function announcement(polled: PolledState, tabMissing: boolean): string {
  if (tabMissing) return "PolicyLens can't read this page.";
  if (polled.phase === 'loading') return 'Checking this page.';
  const { state } = polled;
  switch (state.kind) {
    case 'analysing':
      return 'Reading the policy.';
    case 'ready':
      if (state.analysis.language !== 'en') return "This policy's language isn't supported yet.";
      return `Summary ready. Grade ${state.analysis.rating.grade}.`;
    case 'not-policy':
      return "This page doesn't look like a privacy policy.";
    case 'language-unsupported':
      return "This policy's language isn't supported yet.";
    case 'error':
      return 'Something went wrong.';
    case 'unknown':
      return polled.settled || polled.elapsedMs >= UNKNOWN_GRACE_MS ? "PolicyLens can't read this page." : 'Checking this page.';
  }
}

export function PopupApp() {
  const [resolved, setResolved] = useState<Resolved>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    resolveTabId()
      .then((tabId) => setResolved({ tabId }))
      .catch(() => setResolved({ tabId: undefined }));
  }, []);
  const tabId = resolved?.tabId;
  const polled = useTabState(tabId, attempt);
  const retry = (): void => setAttempt((n) => n + 1);
  const tabMissing = resolved !== undefined && tabId === undefined;

  return (
    <main class="popup">
      <p class="visually-hidden" aria-live="polite" role="status">
        {resolved === undefined ? '' : announcement(polled, tabMissing)}
      </p>
      {tabMissing ? <CantReadView /> : tabId === undefined ? null : <StateView tabId={tabId} polled={polled} onRetry={retry} />}
    </main>
  );
}

function StateView({ tabId, polled, onRetry }: { tabId: number; polled: PolledState; onRetry: () => void }) {
  if (polled.phase === 'loading') return <Analysing progress={undefined} slow={false} onRetry={onRetry} label="Checking this page…" />;
  const { state } = polled;
  switch (state.kind) {
    case 'analysing':
      return <Analysing progress={state.progress} slow={polled.settled} onRetry={onRetry} />;
    case 'ready':
      // The engine summarises nothing it cannot read; say why rather than show an empty grade.
      if (state.analysis.language !== 'en') return <LanguageView language={state.analysis.language} />;
      return <ReadyView tabId={tabId} analysis={state.analysis} title={state.title} url={state.url} changedSince={state.changedSince} />;
    case 'not-policy':
      return <NotPolicyView tabId={tabId} policyLinks={state.policyLinks} />;
    case 'language-unsupported':
      return <LanguageView language={state.language} />;
    case 'error':
      return <ErrorView message={state.message} onRetry={onRetry} />;
    case 'unknown':
      return !polled.settled && polled.elapsedMs < UNKNOWN_GRACE_MS ? (
        <Analysing progress={undefined} slow={false} onRetry={onRetry} label="Checking this page…" />
      ) : (
        <CantReadView />
      );
  }
}
