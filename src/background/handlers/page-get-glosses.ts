// The plain-language glosses of the rules a tooltip shows. The rules live here in the worker
// (the engine needs them anyway), so the content script, which runs on every page, carries none.
import type { PageHandler } from './types.ts';
import { RULES } from '../../rules/index.ts';

let glosses: Map<string, string> | undefined;

export const pageGetGlosses: PageHandler<'page/get-glosses'> = async ({ ruleIds }) => {
  glosses ??= new Map(RULES.map((rule) => [rule.id, rule.gloss]));
  const known = glosses;
  return { glosses: [...new Set(ruleIds)].flatMap((id) => {
    const gloss = known.get(id);
    return gloss === undefined ? [] : [{ id, gloss }];
  }) };
};
