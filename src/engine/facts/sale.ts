// (3) Whether the provider sells personal data: 'yes' outweighs 'no' (a policy that denies
// selling names but admits selling lists sells), and silence is a finding of its own.
import { SALE_EXCEPTION, SALE_NO_RULES, SALE_YES_RULES } from '../../rules/facts/sale.ts';
import type { FactContext } from './context.ts';
import { citeAll } from './evidence.ts';
import type { Sale, SaleStatement } from './types.ts';

export function extractSale(ctx: FactContext): Sale {
  const statements: SaleStatement[] = [];
  ctx.texts.forEach((text, i) => {
    const no = ctx.firing(SALE_NO_RULES, i)[0];
    if (no) {
      const at = no.pattern.exec(text)?.index ?? 0;
      statements.push({ stance: 'no', qualified: SALE_EXCEPTION.pattern.test(text.slice(at)), evidence: [i], ruleIds: [no.id] });
      return;
    }
    const yes = ctx.firing(SALE_YES_RULES, i)[0];
    if (yes) statements.push({ stance: 'yes', qualified: false, evidence: [i], ruleIds: [yes.id] });
  });
  const stance = statements.some((s) => s.stance === 'yes') ? 'yes' : statements.length > 0 ? 'no' : 'silent';
  const sale: Sale = { stance, qualified: false, statements, evidence: [], ruleIds: [] };
  const relevant = statements.filter((s) => s.stance === stance);
  for (const s of relevant) citeAll(sale, s);
  sale.qualified = stance === 'no' && relevant.every((s) => s.qualified);
  return sale;
}
