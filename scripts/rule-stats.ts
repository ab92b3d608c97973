// Error study for rule authors: how each rule fires on OPP-115 segments of one split (train by
// default: keep validation for measuring). A rule "fires on a segment" when it matches any of the
// segment's sentences. Prints per-rule precision and coverage for its label, the label's recall
// when any of its rules fires, and with --errors N samples of misses and false alarms.
//
//   npx tsx scripts/rule-stats.ts --label retention [--split train] [--errors 10] [--data path]
import { parseArgs, stringOption } from './lib/args.ts';
import { DEFAULT_OPP115, readOpp115 } from './lib/opp115.ts';
import { RULES } from '../src/rules/index.ts';
import { compileModelRules } from '../src/engine/classify/train.ts';
import { expandWithCompromise } from '../src/engine/match/lemmas.ts';
import { normalizeForMatch } from '../src/engine/match/normalize.ts';
import { labelFromKey, LABELS, LABEL_KEYS, type Label } from '../src/engine/labels.ts';
import { splitForStudy } from './lib/study-split.ts';

const args = parseArgs(process.argv.slice(2));
const labelKey = stringOption(args, 'label');
const split = stringOption(args, 'split') ?? 'train';
const errors = Number(stringOption(args, 'errors') ?? '0');
const wanted: Label[] = labelKey ? [labelFromKey(labelKey) ?? fail(`unknown label key ${labelKey}; one of ${Object.values(LABEL_KEYS).join(', ')}`)] : [...LABELS];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const segments = readOpp115(stringOption(args, 'data') ?? DEFAULT_OPP115).filter((s) => s.split === split);
// One RegExp per pattern, built once here (ruleMatches would rebuild them for every sentence).
const rules = compileModelRules(RULES.filter((r) => wanted.includes(r.label)), expandWithCompromise)
  .map((rule) => ({ ...rule, regexes: rule.patterns.map((p) => new RegExp(p.source)) }));
const fires = (rule: (typeof rules)[number], sentence: string): boolean => rule.regexes.some((re) => re.test(sentence));
const sentencesOf = segments.map((s) => splitForStudy(s.text).map(normalizeForMatch));

for (const label of wanted) {
  const own = rules.filter((r) => r.label === label);
  const positives = segments.filter((s) => s.labels.includes(label)).length;
  const firedAny = new Set<number>();
  console.log(`\n== ${label}: ${positives} of ${segments.length} ${split} segments`);
  for (const rule of own) {
    let tp = 0;
    let fp = 0;
    segments.forEach((segment, i) => {
      if (!(sentencesOf[i] ?? []).some((s) => fires(rule, s))) return;
      firedAny.add(i);
      if (segment.labels.includes(label)) tp++;
      else fp++;
    });
    const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
    console.log(`  ${rule.id.padEnd(40)} fires ${String(tp + fp).padStart(4)}  precision ${precision.toFixed(2)}  covers ${(tp / Math.max(positives, 1)).toFixed(2)}`);
  }
  let tp = 0;
  for (const i of firedAny) if (segments[i]?.labels.includes(label)) tp++;
  const p = tp / Math.max(firedAny.size, 1);
  const r = tp / Math.max(positives, 1);
  console.log(`  any rule: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(p + r, 1e-9)).toFixed(3)}`);
  if (errors > 0) {
    const misses = segments.map((s, i) => [s, i] as const).filter(([s, i]) => s.labels.includes(label) && !firedAny.has(i)).slice(0, errors);
    const alarms = segments.map((s, i) => [s, i] as const).filter(([s, i]) => !s.labels.includes(label) && firedAny.has(i)).slice(0, errors);
    console.log('  -- missed:');
    for (const [s] of misses) console.log(`    [${s.id}] ${s.text.slice(0, 300).replace(/\s+/g, ' ')}`);
    console.log('  -- false alarms:');
    for (const [s, i] of alarms) {
      const hit = own.filter((rule) => (sentencesOf[i] ?? []).some((x) => fires(rule, x))).map((rule) => rule.id);
      console.log(`    [${s.id}] (${hit.join(', ')}; gold: ${s.labels.join(' | ')}) ${s.text.slice(0, 300).replace(/\s+/g, ' ')}`);
    }
  }
}
