// Not enough policy text to grade (a 404 page, a sign-in wall, a cookie banner, a page that only
// links to the policy): no grade and no summary pretending to be one. It says what was found,
// offers the page's policy links, and shows what was read only if the person asks.
import { useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { plural, t } from '../../shared/i18n.ts';
import type { PopupView } from '../../shared/popup-view.ts';
import { foundText } from '../found-text.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { usePolicyLinks } from '../use-policy-links.ts';
import { AnalysisView } from './AnalysisView.tsx';
import { PolicyLinks } from './PolicyLinks.tsx';
import { PopupFooter } from './PopupFooter.tsx';

const NO_LINKS: never[] = [];

/** The heading and numbers, shared with the paste page. */
export function NotGradedNote({ analysis }: { analysis: Analysis }) {
  const found = foundText(analysis);
  return (
    <header class="grade-header not-graded">
      <div class="grade-top">
        <span class="grade-badge grade-none" role="img" aria-label={t('notGradedAria')}>
          –
        </span>
        <div class="grade-text">
          <p class="state-title">{t('notGradedTitle')}</p>
          <p class="grade-sure">
            {plural(found.sentences, 'foundSentencesOne', 'foundSentencesMany')} {plural(found.practice, 'foundPracticeOne', 'foundPracticeMany')}
          </p>
        </div>
      </div>
      <p>{t('notGradedWhy')}</p>
    </header>
  );
}

interface Props {
  tabId: number;
  analysis: Analysis;
  view: PopupView;
  title: string;
  url: string;
  onShow: (sentenceIndex: number) => void;
}

export function NotGradedView({ tabId, analysis, view, title, url, onShow }: Props) {
  const [showing, setShowing] = useState(false);
  const [library, setLibrary] = useState(false);
  const links = usePolicyLinks(tabId, NO_LINKS);
  if (library) return <LibraryView tabId={tabId} onClose={() => setLibrary(false)} />;
  return (
    <section class="state state-not-graded">
      <NotGradedNote analysis={analysis} />
      <PolicyLinks links={links} />
      {showing ? (
        <>
          <p class="note not-graded-showing">{t('notGradedShowing')}</p>
          <AnalysisView analysis={analysis} view={view} title={title} url={url} onShow={onShow} />
        </>
      ) : (
        <p>
          <button type="button" class="button" onClick={() => setShowing(true)}>
            {t('notGradedShow')}
          </button>
        </p>
      )}
      <p>
        <button type="button" class="button" onClick={() => setLibrary(true)}>
          {t('openLibrary')}
        </button>
      </p>
      <PopupFooter url={url} />
    </section>
  );
}
