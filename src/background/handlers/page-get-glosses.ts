// The plain-language glosses of the rules a tooltip shows, from the compiled engine (built with
// the worker: neither the worker nor the content script, which runs on every page, carries the
// classification rules themselves).
import type { PageHandler } from './types.ts';
import { shippedEngine } from '../../engine/compiled/shipped.ts';

let glosses: Map<string, string> | undefined;

export const pageGetGlosses: PageHandler<'page/get-glosses'> = async ({ ruleIds }) => {
  glosses ??= new Map(Object.entries(shippedEngine().glosses));
  const known = glosses;
  return { glosses: [...new Set(ruleIds)].flatMap((id) => {
    const gloss = known.get(id);
    return gloss === undefined ? [] : [{ id, gloss }];
  }) };
};
