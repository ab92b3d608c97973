// The legend word beside the colour, so a category reads without telling colours apart: one small
// tag where a run of sentences of one category starts. The word sits in a closed shadow root, so
// it is not part of the page's text (copying, find-in-page and innerText stay as they were) and
// the page's CSS cannot restyle it; it is never focusable.
import { t } from '../../shared/i18n.ts';
import type { HighlightCategory } from '../../shared/highlight-palette.ts';

export function legendTag(category: HighlightCategory): HTMLElement {
  const tag = document.createElement('span');
  tag.dataset['policylens'] = 'tag';
  Object.assign(tag.style, { all: 'initial', display: 'inline' });
  const root = tag.attachShadow({ mode: 'closed' });
  const word = document.createElement('span');
  word.textContent = t(category.word);
  Object.assign(word.style, {
    display: 'inline-block', margin: '0 4px 0 0', padding: '0 4px', borderRadius: '3px', background: category.color,
    color: '#000', border: '1px solid rgba(0,0,0,.35)', font: '600 11px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif',
    verticalAlign: 'baseline', userSelect: 'none',
  });
  root.append(word);
  return tag;
}
