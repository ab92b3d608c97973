// How safe it is: each measure named counts; a breach promise counts; disclaiming liability or
// admitting data travels unsecured counts against. "No method is 100% secure" is neutral: it is true.
import { listJoin } from '../../summary/words.ts';
import type { RowRule } from '../types.ts';

export const securityRow: RowRule = {
  id: 'security',
  heading: 'How safe it is',
  read: ({ facts: { security } }) => {
    const { measures, breachNotification, liabilityDisclaimer, unsecuredTransmission } = security;
    if (measures.length === 0 && !breachNotification && !liabilityDisclaimer && !unsecuredTransmission) {
      return { text: "Doesn't say how it protects your data.", rank: -Infinity, stated: false, evidence: [] };
    }
    const parts = [
      measures.length > 0 ? capitalised(listJoin(measures.map((m) => m.name))) : 'No measures named',
      ...(breachNotification ? ['tells you about breaches'] : []),
      ...(liabilityDisclaimer ? ['disclaims liability for breaches'] : []),
      ...(unsecuredTransmission ? ['some data travels unsecured'] : []),
    ];
    return {
      text: `${parts.join('; ')}.`,
      rank: measures.length + (breachNotification ? 2 : 0) - (liabilityDisclaimer ? 2 : 0) - (unsecuredTransmission ? 2 : 0),
      stated: true,
      evidence: [...measures.flatMap((m) => m.evidence), ...[breachNotification, liabilityDisclaimer, unsecuredTransmission].flatMap((f) => f?.evidence ?? [])],
    };
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
