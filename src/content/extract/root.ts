// Where the policy text lives: the page's declared main content, else the element holding the
// most paragraph text (Readability's idea, cut down), else the body.

/** Below this, a <main> is a shell (a search box, a hero image) and the text is elsewhere. */
const MIN_ROOT_CHARS = 500;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Each paragraph scores for its parent and half for its grandparent, so a policy split into
 *  <section>s still wins over its longest section. */
function densestParagraphParent(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p, li')) {
    const len = textLength(p);
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_ROOT_CHARS;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

export function findRoot(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    const candidates = [...doc.querySelectorAll(selector)];
    // Several <article>s are a list of teasers, not one document: pick the longest.
    const longest = candidates.map((el) => ({ el, len: textLength(el) })).sort((a, b) => b.len - a.len)[0];
    if (longest && longest.len >= MIN_ROOT_CHARS) return longest.el;
  }
  return densestParagraphParent(doc) ?? doc.body;
}
