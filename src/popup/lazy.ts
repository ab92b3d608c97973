// A module the popup loads only when it is needed: the comparison and the summary's text use the
// engine (engine/compare, engine/summary: the question modules), which the popup's first screen
// does not load (the worker made what it shows: src/shared/answer-rows.ts).
import { useEffect, useState } from 'preact/hooks';

/** The module once loaded (undefined until then, and if it fails to load). */
export function useLazy<M>(load: () => Promise<M>): M | undefined {
  const [loaded, setLoaded] = useState<{ module: M } | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    load()
      .then((module) => !cancelled && setLoaded({ module }))
      .catch((error: unknown) => console.error('PolicyLens: a part of the popup did not load', error));
    return () => {
      cancelled = true;
    };
    // `load` is a module-level function: loaded once per mount.
  }, []);
  return loaded?.module;
}
