// How to reach them about privacy: email, postal address (any country), phone, a web form or
// contact page, a data-protection officer or privacy team. "Not stated" only after looking for
// every one of them: the answer is the list the policy gives.
import { CONTACT_CUE } from '../../rules/facts/channels.ts';
import { CONTACT_PAGE, DPO, INTL_PHONE, INTL_POSTAL } from '../../rules/claims/contact.ts';
import { extractContact } from '../facts/contact.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesOnly } from './types.ts';

type Route = keyof Claims['contact'];

function inviting(ctx: ReadContext, i: number): boolean {
  return ctx.hasLabel(i, 'Privacy contact information') || ctx.test(CONTACT_CUE.pattern, i) || /contact|reach|write|questions|requests?|exercise/i.test(ctx.heading(i));
}

export function readContact(ctx: ReadContext): Claims['contact'] {
  const found = extractContact(ctx);
  const routes: Record<Route, AnswerBuilder<YesOnly>> = {
    email: new AnswerBuilder<YesOnly>('yes'), postal: new AnswerBuilder<YesOnly>('yes'), phone: new AnswerBuilder<YesOnly>('yes'),
    form: new AnswerBuilder<YesOnly>('yes'), dpo: new AnswerBuilder<YesOnly>('yes'),
  };
  for (const e of found.emails) routes.email.citeAll(e.evidence, 'channel.email').detail(e.value, e.evidence);
  for (const p of found.phones.filter((x) => x.plausible)) routes.phone.citeAll(p.evidence, 'channel.phone').detail(p.value, p.evidence);
  for (const a of found.postal) routes.postal.citeAll(a.evidence, 'channel.postal').detail(a.value, a.evidence);
  for (const f of [...found.webForms, ...found.urls]) routes.form.citeAll(f.evidence, 'channel.web-form').detail(f.value, f.evidence);
  for (const o of found.officers) routes.dpo.citeAll(o.evidence, 'channel.officer').detail(o.value, o.evidence);
  ctx.texts.forEach((text, i) => {
    for (const m of ctx.matches(INTL_PHONE.pattern, i)) {
      if (m[0].replace(/\D/g, '').length >= 8) routes.phone.cite(i, INTL_PHONE.id).detail(m[0].trim(), i);
    }
    const postal = ctx.matches(INTL_POSTAL.pattern, i)[0];
    if (postal && (inviting(ctx, i) || inviting(ctx, Math.max(0, i - 1)) || text.length < 200)) routes.postal.cite(i, INTL_POSTAL.id).detail(postal[0].trim(), i);
    const dpo = ctx.matches(DPO.pattern, i)[0];
    if (dpo && (inviting(ctx, i) || /@|contact|reach|appointed|designated/i.test(text))) routes.dpo.cite(i, DPO.id).detail(dpo[0], i);
    if (CONTACT_PAGE.test(text) && inviting(ctx, i)) routes.form.cite(i, 'contact.page');
  });
  return {
    email: yesIf(routes.email), postal: yesIf(routes.postal), phone: yesIf(routes.phone), form: yesIf(routes.form), dpo: yesIf(routes.dpo),
  };
}

/** Any way to reach them at all. */
export function anyContact(claim: Claims['contact']): boolean {
  return (Object.values(claim) as Answer<YesOnly>[]).some((a) => a.value === 'yes');
}

const ROUTE_NAMES: Readonly<Record<Route, string>> = { email: 'Email', postal: 'Post', phone: 'Phone', form: 'Web', dpo: 'Privacy officer' };

export const contactQuestion: QuestionModule<'contact'> = {
  id: 'contact',
  heading: 'How to reach them',
  read: readContact,
  lines: (claim) => {
    const given = (['email', 'form', 'phone', 'postal', 'dpo'] as const).filter((r) => claim[r].value === 'yes');
    if (given.length === 0) return [{ id: 'contact.not-stated', question: 'contact', text: "The policy gives no email, address, phone number or form for privacy questions.", flag: 'caution', evidence: [] }];
    const parts = given.map((r) => {
      const values = claim[r].details.slice(0, r === 'postal' ? 1 : 2).map((d) => d.text);
      return values.length > 0 ? `${ROUTE_NAMES[r]}: ${values.join(', ')}` : `${ROUTE_NAMES[r]}: see the policy`;
    });
    return [{ id: 'contact.routes', question: 'contact', text: `${parts.join('; ')}.`, flag: 'good', evidence: given.flatMap((r) => claim[r].evidence.slice(0, 2)) }];
  },
  items: {
    email: { yes: { says: 'gives an email address', rank: 1 }, 'not-stated': { says: 'gives no email address', rank: 0 } },
    postal: { yes: { says: 'gives a postal address', rank: 1 }, 'not-stated': { says: 'gives no postal address', rank: 0 } },
    phone: { yes: { says: 'gives a phone number', rank: 1 }, 'not-stated': { says: 'gives no phone number', rank: 0 } },
    form: { yes: { says: 'gives a web form or contact page', rank: 1 }, 'not-stated': { says: 'gives no web form', rank: 0 } },
    dpo: { yes: { says: 'names a privacy officer or team', rank: 1 }, 'not-stated': { says: 'names no privacy officer', rank: 0 } },
  },
  detailItems: ['email', 'postal', 'phone'],
};
