// Google's, Meta's and Facebook's own policies name them throughout, while everyone else's name
// them as other companies (an ad network, a sign-in). Whether a named company is the provider
// itself decides whether "Google does not sell ..." is a denial (sell.ts) and whether "Google
// ads" is an ad company's (share.ts). One count per policy, memoised on the read context.
import { OWN_NAME_MENTIONS } from '../../rules/claims/sell.ts';
import type { ReadContext } from './context.ts';

/** Is `name` ("Google", "Meta") the provider's own, named throughout its policy? */
export function ownName(ctx: ReadContext, name: string): boolean {
  if (!/^(?:Google|Meta|Facebook)$/.test(name)) return false;
  return ctx.memo(`own-name ${name}`, () => {
    let count = 0;
    for (const text of ctx.texts) count += text.split(name).length - 1;
    return count >= OWN_NAME_MENTIONS;
  });
}
