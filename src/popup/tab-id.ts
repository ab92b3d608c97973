// Tests (and "open in a tab" debugging) load the popup as a page with ?tabId=N.

/** The tab id in a popup URL's query, when it is a non-negative integer. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/u.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
