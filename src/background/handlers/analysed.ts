// Whether a tab's stored state is the finished reading of this URL (ready, or read and found in a
// language the rules don't read). Such a result stands against later, out-of-order reports about
// the same page: a 'full' detection handled after the text (page/detected), or a "stopped while
// answering" from a worker that had already stored it (page/failed).
type Finished<S> = Extract<S, { kind: 'ready' | 'language-unsupported' }>;

export function isAnalysed<S extends { kind: string }>(state: S | undefined, url: string): state is Finished<S> {
  return (state?.kind === 'ready' || state?.kind === 'language-unsupported') && (state as { url?: string }).url === url;
}
