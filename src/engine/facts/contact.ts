// (11) How to reach the provider: every email address and phone number in the policy (they
// are contacts wherever they appear), postal addresses, named privacy officers, and the web
// addresses and forms in sentences that invite contact.
import { CHANNEL_RULES, CONTACT_CUE } from '../../rules/facts/channels.ts';
import { channelsIn, postalAddresses } from './channels.ts';
import type { FactContext } from './context.ts';
import { cite, FactList } from './evidence.ts';
import type { ChannelKind, Contact, ContactItem, PhoneItem } from './types.ts';

const RULE_ID = new Map(CHANNEL_RULES.map((r) => [r.kind, r.id]));

/** North American numbers: area code and exchange never start with 0 or 1, and 555-01xx is
 *  reserved for fiction. 1-800-000-0000 is a template left unfilled. */
function plausiblePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return false;
  return /^[2-9]\d{2}[2-9]\d{2}/.test(digits) && !/^\d{3}55501\d{2}$/.test(digits);
}

function invitesContact(ctx: FactContext, i: number): boolean {
  return ctx.hasLabel(i, 'Privacy contact information') || ctx.test(CONTACT_CUE.pattern, i);
}

export function extractContact(ctx: FactContext): Contact {
  const lists = new Map<ChannelKind, FactList<string, ContactItem>>();
  const listOf = (kind: ChannelKind): FactList<string, ContactItem> => {
    let list = lists.get(kind);
    if (!list) {
      list = new FactList<string, ContactItem>((key) => ({ value: key, evidence: [], ruleIds: [] }));
      lists.set(kind, list);
    }
    return list;
  };
  const keyed = new Map<string, string>(); // case-insensitive key → first spelling seen
  ctx.texts.forEach((_text, i) => {
    const everywhere: ChannelKind[] = ['email', 'phone', 'officer'];
    const kinds = invitesContact(ctx, i) ? [...everywhere, 'url', 'web-form'] : everywhere;
    for (const channel of channelsIn(ctx, i)) {
      if (!kinds.includes(channel.kind)) continue;
      const key = `${channel.kind} ${channel.kind === 'phone' ? channel.value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '') : channel.value.toLowerCase()}`;
      if (!keyed.has(key)) keyed.set(key, channel.value);
      cite(listOf(channel.kind).get(keyed.get(key) ?? channel.value), i, RULE_ID.get(channel.kind) ?? channel.kind);
    }
  });
  const items = (kind: ChannelKind): ContactItem[] => lists.get(kind)?.values() ?? [];
  const phones: PhoneItem[] = items('phone').map((p) => ({ ...p, plausible: plausiblePhone(p.value) }));
  return {
    emails: items('email'),
    phones,
    postal: postalAddresses(ctx),
    urls: items('url'),
    webForms: items('web-form'),
    officers: items('officer'),
  };
}
