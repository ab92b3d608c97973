// The page's main text, for pages the quick stage cannot decide. innerText needs layout, so it
// is read once and only when needed. A <main> (or role=main) element holds the policy on most
// sites and leaves out menus and footers; when it is missing or nearly empty, the body is read.
const MIN_MAIN_CHARS = 500;

export function mainText(doc: Document): string {
  const main = doc.querySelector<HTMLElement>('main, [role="main"]');
  if (main) {
    const text = main.innerText;
    if (text.trim().length >= MIN_MAIN_CHARS) return text;
  }
  return doc.body?.innerText ?? '';
}
