// Share: promises that name no one (Clarification 1 of the labelling guide). A blanket denial,
// an exclusive clause or a promise for one purpose, read as the provider's own policy-wide
// statement, and the recipients it answers "no" for. Used by ./share.ts.
import { HYPOTHETICAL_OPENING, BLANKET_DENIAL, DEFINES, EXCLUSIVE_SHARING, FOR_MONEY, GENERAL_DATA, NARROW_DATA, NARROW_RECIPIENT, NOT_DATA_OBJECT, NOT_A_RECIPIENT, NO_MARKETING_SHARING, OPEN_EXCEPTION, OTHERS_SUBJECT, PURPOSE_BEFORE, REGION_SCOPE } from '../../rules/claims/share/index.ts';
import type { Reading } from '../clause/read.ts';
import type { ReadContext } from './context.ts';
import type { ShareItem } from './types.ts';

/** The recipients a promise that names no one answers for. */
const PROMISE_COVERS: readonly ShareItem[] = ['advertisers', 'data-brokers', 'other-third-parties'];

export interface SharePromise {
  sentence: number;
  ruleId: string;
  covers: readonly ShareItem[];
  /** The clause points to the policy's own list ("except in the following cases"): it is a
   *  promise only if that list names no open kind of recipient (business partners). */
  pointer?: boolean;
}

/** "Except in the following cases", "only as described below", "except as described in this
 *  Privacy Policy": a pointer to the policy's own list of disclosures. */
const LIST_POINTER = /\b(?:below|following|table|described|outlined|set (?:out|forth)|listed|provided|this (?:policy|notice|statement|privacy)|as follows|purposes? (?:stated|described))\b/i;
/** Open kinds of recipient a policy's list may name, which make a pointer clause no promise. */
export const OPEN_KIND = /\baffiliated businesses\b|\bindependent (?:data )?controllers\b/i;

/** Does the clause read as the provider's own policy-wide statement? */
function providerSays(r: Reading, text: string, at: number): boolean {
  if (r.conditional || r.minors || r.objectOfRight || r.actor === 'you' || DEFINES.test(text)) return false;
  // Others as the subject ("third parties do not share …"); the reader's actor looks back to the
  // clause's start, which a table run into the sentence can push far back.
  if (OTHERS_SUBJECT.test(text.slice(Math.max(0, at - 40), at))) return false;
  // "Do not share your password with anyone": advice to the person.
  if (/^\W*(?:please\s+)?(?:do not|don't|never)\b/i.test(text)) return false;
  return !REGION_SCOPE.test(text);
}

/** A blanket denial or an exclusive clause in sentence `i`, read as a promise, if it is one. */
export function promiseIn(ctx: ReadContext, i: number): SharePromise | null {
  const text = ctx.texts[i] ?? '';
  // A promise for one purpose ("… for their own marketing") answers for advertisers only.
  const marketing = ctx.matches(NO_MARKETING_SHARING.pattern, i)[0];
  if (marketing) {
    const r = ctx.reading(i, marketing.index, marketing.index + marketing[0].length);
    if (providerSays(r, text, marketing.index)) return { sentence: i, ruleId: NO_MARKETING_SHARING.id, covers: ['advertisers'] };
  }
  const blanket = ctx.matches(BLANKET_DENIAL.pattern, i)[0];
  if (blanket) {
    const r = ctx.reading(i, blanket.index, blanket.index + blanket[0].length);
    const scope = text.slice(0, blanket.index + blanket[0].length);
    const exception = /\b(?:except|unless|other than|apart from|aside from|save|without|but)\b([^]*)/i.exec(text.slice(blanket.index));
    // "may not share" / "must not share" binds someone else (bands, vendors, you).
    const binds = /\b(?:may|must|can|could|should|might)\s+$/i.test(text.slice(Math.max(0, blanket.index - 8), blanket.index));
    // "… to ensure your data is not provided to anyone other than you": the goal of a check.
    const goal = PURPOSE_BEFORE.test(text.slice(Math.max(0, blanket.index - 160), blanket.index));
    // "… to third parties in exchange for money": a no-sale promise only.
    const forMoney = FOR_MONEY.test(text.slice(blanket.index));
    if (!binds && !goal && !forMoney && providerSays(r, text, blanket.index) && GENERAL_DATA.test(scope) && !NARROW_DATA.test(scope) && !(exception && OPEN_EXCEPTION.test(exception[1] ?? ''))) {
      return { sentence: i, ruleId: BLANKET_DENIAL.id, covers: exception ? PROMISE_COVERS : [...PROMISE_COVERS, 'service-providers'], pointer: exception !== null && LIST_POINTER.test(exception[1] ?? '') };
    }
  }
  const exclusive = ctx.matches(EXCLUSIVE_SHARING.pattern, i)[0];
  if (exclusive) {
    const r = ctx.reading(i, exclusive.index, exclusive.index + exclusive[0].length);
    const rest = text.slice(exclusive.index);
    const only = rest.slice(rest.search(/\bonly\b/i));
    if (
      providerSays(r, text, exclusive.index) && !HYPOTHETICAL_OPENING.test(text) && !/\bto us\b|\bby you\b/i.test(exclusive[0]) && !(/^only\s+(?:ever\s+)?(?:provide|provides|give|gives)\b/i.test(only) && NOT_DATA_OBJECT.test(only.replace(/^only\s+(?:ever\s+)?\w+/i, ''))) && !/\b(?:with|to)\s+(?:them|these|those|such|him|her)\b|\bonly\s+(?:share|disclose|give|provide|pass)\w*\s+(?:with\s+them\s+)?what\b/i.test(rest) &&
      !NARROW_DATA.test(text) && !OPEN_EXCEPTION.test(rest) && !NOT_A_RECIPIENT.test(only) && (NARROW_RECIPIENT.test(only) || ONLY_AS_LISTED.test(only))
    ) {
      return { sentence: i, ruleId: EXCLUSIVE_SHARING.id, covers: PROMISE_COVERS, pointer: !NARROW_RECIPIENT.test(only) };
    }
  }
  return null;
}

/** "Only in the following limited circumstances", "only as described below": the policy's own
 *  closed list of disclosures (Clarification 1). */
const ONLY_AS_LISTED = /^only\s+(?:(?:ever\s+)?(?:share|disclose|transfer|give|pass|release|provide)s?\s+(?:[\w-]+\s+){0,4}?)?(?:(?:in|under)\s+(?:the\s+)?(?:following|limited|specific|certain)\s+(?:[\w-]+\s+)?(?:circumstances|cases|situations|ways)|as\s+(?:described|set (?:out|forth)|outlined|explained|listed))\b/i;
