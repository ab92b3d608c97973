// Small helpers that turn fact values into plain English. Policy text (addresses, names) is
// passed through as text: rendering it safely is the job of whoever displays it.
import type { Channel, RetentionPeriod } from '../facts/types.ts';

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "24 months", "1 year". */
export function duration(period: Pick<RetentionPeriod, 'amount' | 'unit' | 'bound'>): string {
  const amount = `${period.amount} ${period.unit}${period.amount === 1 ? '' : 's'}`;
  return period.bound === 'up-to' ? `up to ${amount}` : period.bound === 'at-least' ? `at least ${amount}` : amount;
}

/** How a person uses one channel, as a phrase: "email legal@phone.com", "in your browser settings". */
export function channelPhrase(channel: Channel): string {
  switch (channel.kind) {
    case 'email':
      return `email ${channel.value}`;
    case 'phone':
      return `call ${channel.value}`;
    case 'url':
      return `go to ${channel.value}`;
    case 'postal':
      return `write to ${channel.value}`;
    case 'web-form':
      return `use ${channel.value}`;
    case 'account':
      return `in your ${channel.value}`;
    case 'browser':
      return 'in your browser settings';
    case 'email-link':
      return `use ${channel.value}`;
    case 'officer':
      return `ask the ${channel.value}`;
  }
}

/** The ways to act, most direct first, at most `max`; an officer only when nothing else is given,
 *  a postal address only beside nothing quicker than a letter. */
export function howPhrase(channels: readonly Channel[], max = 3): string {
  const order: Channel['kind'][] = ['url', 'web-form', 'email', 'phone', 'account', 'browser', 'email-link', 'postal', 'officer'];
  const unique = channels.filter((c, i) => channels.findIndex((d) => d.kind === c.kind && d.value === c.value) === i);
  const sorted = unique.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const direct = sorted.filter((c) => c.kind !== 'officer' && c.kind !== 'postal');
  const chosen = (direct.length > 0 ? [...direct, ...sorted.filter((c) => c.kind === 'postal')] : sorted).slice(0, max);
  return listJoin(chosen.map(channelPhrase), 'or');
}
