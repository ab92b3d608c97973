// The popup page's URL parameters. Tests (and the comparison opened in its own tab) load the
// popup as a page with ?tabId=N; `compare=a,b` opens the comparison of those library entries.

/** The tab id in a popup URL's query, when it is a non-negative integer. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/u.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Library entry ids to compare at once; undefined when none are named. */
export function compareIdsFromSearch(search: string): string[] | undefined {
  const raw = new URLSearchParams(search).get('compare');
  const ids = raw?.split(',').map((id) => id.trim()).filter((id) => id !== '' && id.length <= 200).slice(0, 4);
  return ids && ids.length > 0 ? ids : undefined;
}

/** The popup page for a tab, opened in a tab of its own to compare with the window's width. */
export function comparePagePath(tabId: number | undefined, ids: readonly string[]): string {
  const query = new URLSearchParams();
  if (tabId !== undefined) query.set('tabId', String(tabId));
  query.set('compare', ids.join(','));
  return `src/popup/index.html?${query.toString()}`;
}
