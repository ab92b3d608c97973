// How to reach them: the privacy contact with its addresses, a warning for a placeholder phone
// number, or that there is no contact at all.
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';

/** Web addresses shown: those about privacy or contact first, at most two. */
const MAX_URLS = 2;

export const contactPoints: PointsFor = (facts) => {
  const { emails, phones, postal, urls, webForms, officers } = facts.contact;
  const realPhones = phones.filter((p) => p.plausible);
  const shownUrls = [...urls].sort((a, b) => Number(/privacy|contact/i.test(b.value)) - Number(/privacy|contact/i.test(a.value))).slice(0, MAX_URLS);
  const items = [...emails, ...realPhones, ...postal, ...shownUrls, ...(emails.length === 0 ? webForms : [])];
  const points: SummaryPoint[] = [];
  if (items.length > 0) {
    const officer = officers[0];
    const values = items.map((i) => i.value);
    points.push({
      id: 'contact.details',
      question: 'contact',
      text: `${officer ? officer.value : 'Contact'}: ${values.join('; ')}.`,
      flag: 'good',
      evidence: [...items, ...(officer ? [officer] : [])].flatMap((i) => i.evidence),
    });
  }
  const placeholders = phones.filter((p) => !p.plausible);
  if (placeholders.length > 0) {
    points.push({
      id: 'contact.placeholder-phone',
      question: 'contact',
      text: `Its phone number ${placeholders.map((p) => p.value).join(', ')} looks like an unfilled placeholder.`,
      flag: 'caution',
      evidence: placeholders.flatMap((p) => p.evidence),
    });
  }
  if (items.length === 0) {
    points.push({ id: 'contact.not-stated', question: 'contact', text: 'Gives no email, phone number or address for privacy questions.', flag: 'bad', evidence: [] });
  }
  return points;
};
