// (7) How data is protected, and the caveats: no guarantee, disclaimed liability, data sent
// without a secure connection. Measures named in common words count only in sentences about
// protecting data, so "the use of cookies is an industry standard" is not a safeguard.
import {
  BREACH_NOTIFICATION, LIABILITY_DISCLAIMER, MEASURES_NEEDING_CONTEXT, NO_GUARANTEE, SECURITY_CONTEXT, SECURITY_MEASURE_RULES, UNSECURED_TRANSMISSION,
} from '../../rules/facts/security.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import type { FactContext } from './context.ts';
import { cite, emptyEvidence, FactList } from './evidence.ts';
import type { Evidenced, Security, SecurityMeasure, SecurityMeasureKind } from './types.ts';

/** One list, built once: firing() keys its lookup table by the list. */
const CAVEATS = [NO_GUARANTEE, LIABILITY_DISCLAIMER, UNSECURED_TRANSMISSION];
const MEASURE_ORDER = new Map(SECURITY_MEASURE_RULES.map((r, i) => [r.kind, i]));
const MEASURE_NAME = new Map(SECURITY_MEASURE_RULES.map((r) => [r.kind, r.name]));

export function extractSecurity(ctx: FactContext): Security {
  const measures = new FactList<SecurityMeasureKind, SecurityMeasure>((kind) => ({ kind, name: MEASURE_NAME.get(kind) ?? kind, evidence: [], ruleIds: [] }));
  const caveats = new Map<FactRule, Evidenced>();
  const note = (rule: FactRule, i: number): void => {
    const fact = caveats.get(rule) ?? emptyEvidence();
    cite(fact, i, rule.id);
    caveats.set(rule, fact);
  };
  ctx.texts.forEach((_text, i) => {
    const about = ctx.hasLabel(i, 'Data Security') || ctx.test(SECURITY_CONTEXT.pattern, i);
    for (const rule of ctx.firing(SECURITY_MEASURE_RULES, i)) {
      if (about || !MEASURES_NEEDING_CONTEXT.has(rule.kind)) cite(measures.get(rule.kind), i, rule.id);
    }
    if (about && ctx.test(BREACH_NOTIFICATION.pattern, i)) note(BREACH_NOTIFICATION, i);
    for (const rule of ctx.firing(CAVEATS, i)) note(rule, i);
  });
  return {
    measures: measures.values().sort((a, b) => (MEASURE_ORDER.get(a.kind) ?? 0) - (MEASURE_ORDER.get(b.kind) ?? 0)),
    breachNotification: caveats.get(BREACH_NOTIFICATION) ?? null,
    noGuarantee: caveats.get(NO_GUARANTEE) ?? null,
    liabilityDisclaimer: caveats.get(LIABILITY_DISCLAIMER) ?? null,
    unsecuredTransmission: caveats.get(UNSECURED_TRANSMISSION) ?? null,
  };
}
