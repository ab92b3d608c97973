// The popup: find the tab, follow its state (storage.onChanged), show the view for it. State
// changes are also announced in one polite live region, so a screen reader hears "Summary ready"
// without having the whole summary read out.
import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { sendToTab } from '../browser-api.ts';
import { compareIdsFromSearch } from '../tab-id.ts';
import { earlyTabId } from '../early-state.ts';
import { useTabState, type TabView } from '../use-tab-state.ts';
import { Analysing } from './Analysing.tsx';
import { CantReadView } from './CantReadView.tsx';
import { ErrorView } from './ErrorView.tsx';
import { LanguageView } from './LanguageView.tsx';
import { NotGradedView } from './NotGradedView.tsx';
import { NotPolicyView } from './NotPolicyView.tsx';
import { ReadyView } from './ReadyView.tsx';
import { UnknownView } from './UnknownView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';

type Resolved = { tabId: number } | { tabId: undefined } | undefined;

function announcement(view: TabView, tabMissing: boolean): string {
  if (tabMissing) return t('cantReadTitle');
  if (view.phase === 'loading') return t('checkingPage');
  const { state } = view;
  switch (state.kind) {
    case 'analysing':
      return t('stillLoading');
    case 'ready':
      if (state.analysis.language !== 'en') return t('languageTitle');
      return state.analysis.rating.grade === null ? t('notGradedTitle') : t('announceReady', state.analysis.rating.grade);
    case 'not-policy':
      return t('notPolicyTitle');
    case 'language-unsupported':
      return t('languageTitle');
    case 'error':
      return t('errorTitle');
    case 'unknown':
      return t('checkingPage');
  }
}

export function PopupApp() {
  const [resolved, setResolved] = useState<Resolved>(undefined);
  const [attempt, setAttempt] = useState(0);
  const compare = compareIdsFromSearch(location.search);
  useLayoutEffect(() => {
    earlyTabId
      .then((tabId) => setResolved({ tabId }))
      .catch(() => setResolved({ tabId: undefined }));
  }, []);
  const tabId = resolved?.tabId;
  const view = useTabState(tabId, attempt);
  const retry = (): void => setAttempt((n) => n + 1);
  const tabMissing = resolved !== undefined && tabId === undefined;

  return (
    <main class="popup">
      <p class="visually-hidden" aria-live="polite" role="status">
        {resolved === undefined ? '' : announcement(view, tabMissing)}
      </p>
      {tabMissing ? <CantReadView /> : tabId === undefined ? null : <StateView tabId={tabId} view={view} compare={compare} onRetry={retry} />}
    </main>
  );
}

interface StateProps {
  tabId: number;
  view: TabView;
  compare: string[] | undefined;
  onRetry: () => void;
}

function StateView({ tabId, view, compare, onRetry }: StateProps) {
  if (view.phase === 'loading') return <Analysing progress={undefined} slow={false} onRetry={onRetry} label={t('checkingPage')} />;
  const { state } = view;
  // The comparison opened in its own tab: the library view, with the tab's policy when it has one.
  if (compare && state.kind !== 'analysing' && state.kind !== 'unknown' && !(state.kind === 'ready' && state.analysis.rating.grade !== null)) {
    return <LibraryView tabId={tabId} initialCompare={compare} onClose={() => history.back()} />;
  }
  switch (state.kind) {
    case 'analysing':
      return <Analysing progress={state.progress} slow={view.slow} onRetry={onRetry} />;
    case 'ready': {
      // The engine summarises nothing it cannot read; say why rather than show an empty grade.
      if (state.analysis.language !== 'en') return <LanguageView language={state.analysis.language} />;
      const show = (sentenceIndex: number): void => void sendToTab(tabId, 'content/scroll-to', { sentenceIndex }).catch(() => undefined);
      if (state.analysis.rating.grade === null) return <NotGradedView tabId={tabId} analysis={state.analysis} view={state.view} title={state.title} url={state.url} onShow={show} />;
      return <ReadyView tabId={tabId} analysis={state.analysis} view={state.view} title={state.title} url={state.url} changedSince={state.changedSince} compare={compare} />;
    }
    case 'not-policy':
      return <NotPolicyView tabId={tabId} policyLinks={state.policyLinks} url={state.url} />;
    case 'language-unsupported':
      return <LanguageView language={state.language} />;
    case 'error':
      return <ErrorView message={state.message} onRetry={onRetry} />;
    case 'unknown':
      return view.slow ? <CantReadView /> : <UnknownView tabId={tabId} onRetry={onRetry} />;
  }
}
