// The tooltip lives in a closed shadow root so the page's CSS cannot restyle it and page scripts
// cannot read it. Styles are set through element.style (CSSOM), which a strict
// Content-Security-Policy allows, unlike <style> elements or style attributes; adoptedStyleSheets
// would do too in Chrome, but Firefox content scripts cannot adopt sheets into page nodes.
// All text goes in through textContent: policy text and rule glosses are never parsed as HTML.
//
// It says first what the sentence means for the person; the details a maintainer wants (the
// category, the rules that fired, how strongly) wait behind a "Why?" toggle.
import { t } from '../../shared/i18n.ts';
import type { SentenceMeaning } from './meaning.ts';

export interface Tooltip {
  show(anchor: Element, meaning: SentenceMeaning): void;
  hide(): void;
  /** The element the tooltip hangs from: the pointer may move onto it without it closing. */
  readonly host: HTMLElement;
}

function styled<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration>, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el.style, style);
  if (text !== undefined) el.textContent = text;
  return el;
}

const SMALL: Partial<CSSStyleDeclaration> = { fontSize: '12px', opacity: '0.85', marginTop: '4px' };

function details(meaning: SentenceMeaning): HTMLElement {
  const box = styled('div', { marginTop: '6px', paddingTop: '6px', borderTop: '1px solid rgba(255,255,255,.25)' });
  box.append(
    styled('div', SMALL, t('tooltipCategory', t(meaning.category.word), t(meaning.category.about))),
    styled('div', SMALL, t('tooltipStrength', meaning.strength)),
  );
  if (meaning.rules.length > 0) box.append(styled('div', SMALL, t('tooltipRules')));
  for (const rule of meaning.rules) {
    const line = styled('div', { ...SMALL, marginLeft: '8px' }, rule.gloss ?? '');
    line.append(styled('div', { fontSize: '11px', opacity: '0.8', fontFamily: 'ui-monospace, monospace' }, rule.id));
    box.append(line);
  }
  return box;
}

export function createTooltip(signal: AbortSignal): Tooltip {
  const host = document.createElement('div');
  host.dataset['policylens'] = 'tooltip';
  Object.assign(host.style, { all: 'initial', position: 'fixed', zIndex: '2147483647', display: 'none' });
  const root = host.attachShadow({ mode: 'closed' });
  const box = styled('div', {
    maxWidth: '340px', padding: '8px 10px', borderRadius: '6px', background: '#1f2328', color: '#ffffff',
    font: '13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif', boxShadow: '0 4px 14px rgba(0,0,0,.3)',
  });
  box.setAttribute('role', 'tooltip');
  root.append(box);
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    host,
    show(anchor, meaning) {
      const head = styled('div', { display: 'flex', gap: '6px', alignItems: 'center', fontWeight: '600' });
      const swatch = styled('span', { display: 'inline-block', width: '12px', height: '12px', borderRadius: '3px', background: meaning.category.color });
      head.append(swatch, styled('span', {}, t(meaning.category.word)));
      const lines = meaning.lines.length > 0
        ? [styled('div', SMALL, t('tooltipMeans')), ...meaning.lines.map((line) => styled('div', { marginTop: '2px' }, line))]
        : [styled('div', { marginTop: '4px' }, t(meaning.category.about))];
      const why = styled('button', {
        marginTop: '6px', padding: '0', border: '0', background: 'none', color: '#9cd0ff', font: 'inherit', fontSize: '12px',
        textDecoration: 'underline', cursor: 'pointer',
      }, t('tooltipWhy'));
      why.type = 'button';
      why.setAttribute('aria-expanded', 'false');
      let open: HTMLElement | null = null;
      why.addEventListener('click', () => {
        if (open) {
          open.remove();
          open = null;
        } else {
          open = details(meaning);
          box.append(open);
        }
        why.setAttribute('aria-expanded', String(open !== null));
        place(anchor);
      });
      box.replaceChildren(head, ...lines, why);
      host.style.display = 'block';
      place(anchor);
    },
    hide() {
      host.style.display = 'none';
    },
  };

  function place(anchor: Element): void {
    const rect = anchor.getBoundingClientRect();
    const height = host.getBoundingClientRect().height;
    // Below the sentence, or above it when it sits at the bottom of the window.
    const top = rect.bottom + 6 + height <= innerHeight ? rect.bottom + 6 : Math.max(4, rect.top - 6 - height);
    host.style.top = `${top}px`;
    host.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 350))}px`;
  }
}
