// The tooltip lives in a closed shadow root so the page's CSS cannot restyle it and page scripts
// cannot read it. Styles are set through element.style (CSSOM), which a strict
// Content-Security-Policy allows, unlike <style> elements or style attributes; adoptedStyleSheets
// would do too in Chrome, but Firefox content scripts cannot adopt sheets into page nodes.
// All text goes in through textContent: policy text and rule glosses are never parsed as HTML.

export interface TooltipContent {
  title: string;
  label: string;
  score: number;
  rules: { id: string; gloss: string | undefined }[];
}

export interface Tooltip {
  show(anchor: Element, content: TooltipContent): void;
  hide(): void;
}

function styled<K extends keyof HTMLElementTagNameMap>(tag: K, style: Partial<CSSStyleDeclaration>, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el.style, style);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function createTooltip(signal: AbortSignal): Tooltip {
  const host = document.createElement('div');
  host.dataset['policylens'] = 'tooltip';
  Object.assign(host.style, { all: 'initial', position: 'fixed', zIndex: '2147483647', pointerEvents: 'none', display: 'none' });
  const root = host.attachShadow({ mode: 'closed' });
  const box = styled('div', {
    maxWidth: '320px', padding: '8px 10px', borderRadius: '6px', background: '#1f2328', color: '#ffffff',
    font: '13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif', boxShadow: '0 4px 14px rgba(0,0,0,.3)',
  });
  box.setAttribute('role', 'tooltip');
  root.append(box);
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    show(anchor, content) {
      const head = styled('div', { fontWeight: '600' }, `${content.title} · ${Math.round(content.score * 100)}%`);
      const label = styled('div', { fontSize: '11px', opacity: '0.75' }, content.label);
      const rules = content.rules.map((rule) => {
        const line = styled('div', { marginTop: '6px' }, rule.gloss ?? '');
        line.append(styled('div', { fontSize: '10px', opacity: '0.7', fontFamily: 'ui-monospace, monospace' }, rule.id));
        return line;
      });
      box.replaceChildren(head, label, ...rules);
      host.style.display = 'block';
      const rect = anchor.getBoundingClientRect();
      const height = host.getBoundingClientRect().height;
      // Below the sentence, or above it when it sits at the bottom of the window.
      const top = rect.bottom + 6 + height <= innerHeight ? rect.bottom + 6 : Math.max(4, rect.top - 6 - height);
      host.style.top = `${top}px`;
      host.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 330))}px`;
    },
    hide() {
      host.style.display = 'none';
    },
  };
}
