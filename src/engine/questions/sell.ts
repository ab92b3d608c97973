// Whether they sell it: no, yes, or conditional ("doesn't sell for money, but sharing for
// targeted ads may count as a 'sale' or 'sharing' under state law"), or the policy doesn't say.
//
// Every mention of selling is read as a clause (src/engine/clause): only statements about
// personal data, made by the provider, for everyone, count. Selling tickets, selling the
// business, the right to opt out of a sale, a definition of "sale", "if we sell", "no knowledge
// that we sell the data of minors" and sales of aggregate data are not answers. A denial beats
// an incidental admission only through the stated rules below, never by counting.
import {
  BUSINESS_SALE, SELL_ADMITS, SELL_DENIAL, SELL_EXCEPTION, SELL_HEADING, SELL_UNDER_LAW, SELL_WORD, SOLD_DATA, SOLD_OTHER, TARGETED_SHARING,
} from '../../rules/claims/sell.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, SellValue } from './types.ts';

type Kind = 'denial' | 'admission' | 'under-law';

interface Statement {
  kind: Kind;
  sentence: number;
  ruleId: string;
  /** A denial with exceptions ("except as required by law"). */
  excepted: boolean;
  /** Under a heading about selling, or a short sentence that is about nothing else. */
  dedicated: boolean;
}

/** Words from the match to the end of its clause: what is being sold. */
function objectOf(text: string, matchEnd: number): string {
  return text.slice(matchEnd, matchEnd + 90).split(/[.;:]|\b(?:but|however|unless|except)\b/i)[0] ?? '';
}

/** Is the sale about personal data? The words after it, or (passive) before it in its clause. */
function aboutData(text: string, at: number, end: number): boolean {
  const after = objectOf(text, end);
  const before = text.slice(Math.max(0, at - 70), at).split(/[.;:]/).pop() ?? '';
  const otherAfter = SOLD_OTHER.exec(after);
  const dataAfter = SOLD_DATA.exec(after);
  // "sell tickets", "sell products to you": the first thing named after the verb decides.
  if (otherAfter && (!dataAfter || otherAfter.index < dataAfter.index)) return false;
  if (dataAfter) return true;
  // "your personal information is not sold", "data we sell": the data is named before.
  return SOLD_DATA.test(before) && !SOLD_OTHER.test(before.slice(-30));
}

function readStatement(ctx: ReadContext, i: number, m: RegExpExecArray): Statement | null {
  const text = ctx.texts[i] ?? '';
  const at = m.index;
  const end = at + m[0].length;
  if (BUSINESS_SALE.pattern.test(text.slice(Math.max(0, at - 40), end + 60))) return null;
  const r = ctx.reading(i, at, end);
  if (r.objectOfRight || r.conditional || r.epistemic || r.minors || r.deidentified || r.actor === 'others' || r.actor === 'you') return null;
  if (!aboutData(text, at, end)) return null;
  const heading = ctx.heading(i);
  const dedicated = SELL_HEADING.test(heading) || text.length < 160;
  const excepted = SELL_EXCEPTION.test(text.slice(at)) && !/\bexcept (?:as|to the extent) (?:described|set out|explained)/i.test(text);
  if (r.negated) return { kind: 'denial', sentence: i, ruleId: SELL_DENIAL.id, excepted, dedicated };
  if (r.definition) return null;
  if (r.quoted || r.deemed) return { kind: 'under-law', sentence: i, ruleId: SELL_UNDER_LAW.id, excepted: false, dedicated };
  return { kind: 'admission', sentence: i, ruleId: SELL_ADMITS.id, excepted: false, dedicated };
}

/** "We may 'share' data for cross-context behavioral advertising": the law's "sharing", with
 *  no word of selling in the sentence. */
function readLawSharing(ctx: ReadContext, i: number): Statement | null {
  const text = ctx.texts[i] ?? '';
  const m = /["'“‘](?:share|sharing|shared)["'”’]/i.exec(text);
  if (!m || !TARGETED_SHARING.test(text)) return null;
  const r = ctx.reading(i, m.index + 1, m.index + m[0].length - 1);
  if (r.negated || r.conditional || r.objectOfRight || r.definition) return null;
  return { kind: 'under-law', sentence: i, ruleId: SELL_UNDER_LAW.id, excepted: false, dedicated: false };
}

const BEST_FIRST = (a: Statement, b: Statement): number => Number(b.dedicated) - Number(a.dedicated) || Number(a.excepted) - Number(b.excepted) || a.sentence - b.sentence;

function answerOf(value: SellValue, decide: readonly Statement[], also: readonly Statement[], condition?: string): Answer<SellValue> {
  const b = new AnswerBuilder<SellValue>(value);
  for (const s of [...decide].sort(BEST_FIRST)) b.cite(s.sentence, s.ruleId);
  for (const s of [...also].sort(BEST_FIRST)) b.cite(s.sentence, s.ruleId);
  if (condition) b.detail(condition, decide.map((s) => s.sentence).concat(also.map((s) => s.sentence)));
  return b.build();
}

export function readSell(ctx: ReadContext): Claims['sell'] {
  const statements: Statement[] = [];
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(SELL_WORD.pattern, i)) {
      const law = readLawSharing(ctx, i);
      if (law) statements.push(law);
      return;
    }
    let found: Statement | null = null;
    for (const m of ctx.matches(SELL_WORD.pattern, i)) {
      const s = readStatement(ctx, i, m);
      // One statement per sentence: a denial anywhere in it outweighs the sentence's other
      // mentions ("we do not sell or rent"), then the law's word, then an admission.
      if (s && (!found || rank(s.kind) > rank(found.kind))) found = s;
    }
    found ??= SELL_WORD.pattern.test(text) ? readLawSharing(ctx, i) : null;
    if (found) statements.push(found);
  });
  const denials = statements.filter((s) => s.kind === 'denial');
  const admissions = statements.filter((s) => s.kind === 'admission');
  const underLaw = statements.filter((s) => s.kind === 'under-law');
  let sell: Answer<SellValue>;
  if (denials.length > 0 && underLaw.length + admissions.length > 0) {
    sell = answerOf('conditional', [...denials, ...underLaw, ...admissions], [], underLaw.length > 0
      ? "it doesn't sell your data for money, but some sharing (such as for targeted ads) may count as a \"sale\" or \"sharing\" under some laws"
      : 'it says it does not sell your data, but also describes selling some');
  } else if (denials.length > 0) {
    sell = answerOf('no', denials, []);
    if (denials.every((d) => d.excepted)) sell.details.push({ text: 'with exceptions', evidence: denials.map((d) => d.sentence) });
  } else if (underLaw.length > 0) {
    sell = answerOf('conditional', underLaw, admissions, 'some sharing (such as for targeted ads) may count as a "sale" or "sharing" under some laws');
  } else if (admissions.length > 0) {
    sell = answerOf('yes', admissions, []);
  } else {
    sell = notStated<SellValue>() as Answer<SellValue>;
  }
  return { sell };
}

function rank(kind: Kind): number {
  return kind === 'denial' ? 3 : kind === 'under-law' ? 2 : 1;
}

const TEXT: Readonly<Record<SellValue, string>> = {
  no: 'Does not sell your personal information.',
  conditional: "Doesn't sell your data for money, but",
  yes: 'Says it may sell your personal information.',
  'not-stated': "The policy doesn't say whether it sells your data.",
};

export const sellQuestion: QuestionModule<'sell'> = {
  id: 'sell',
  heading: 'Whether they sell it',
  read: readSell,
  lines: ({ sell }) => {
    const condition = sell.details.find((d) => d.text !== 'with exceptions')?.text;
    const text = sell.value === 'conditional' && condition
      ? `${condition.charAt(0).toUpperCase()}${condition.slice(1)}.`
      : sell.value === 'no' && sell.details.some((d) => d.text === 'with exceptions')
        ? 'Does not sell your personal information, with exceptions (such as when the law requires).'
        : TEXT[sell.value];
    const flag = sell.value === 'no' ? 'good' : sell.value === 'yes' ? 'bad' : 'caution';
    return [{ id: `sell.${sell.value}`, question: 'sell', text, flag, evidence: sell.evidence }];
  },
  items: {
    sell: {
      no: { says: 'does not sell your data', rank: 3 },
      conditional: { says: 'does not sell your data for money, but some sharing may count as a sale under some laws', rank: 2 },
      'not-stated': { says: "doesn't say whether it sells your data", rank: 1 },
      yes: { says: 'may sell your data', rank: 0 },
    },
  },
};
