// npm run -s claims:check [-- <label dir>...] [--data <dev.jsonl>]
// Validates claim label files (test/claims/GUIDE.md): every key present with an allowed value,
// quotes where the value needs them, file names from the ids, and, when the Open Terms Archive
// texts are beside the repo, every quote found in its policy. Exit 1 with every problem listed.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeForQuote, plainPolicyText, quotesOf, readClaimSplits, readLabelDir } from './lib/claim-labels.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { DEFAULT_OTA_PATH, MissingOtaDataError, readOtaDocuments } from './lib/ota.ts';

const args = parseArgs(process.argv.slice(2));
const dirs = args.positionals.length > 0 ? args.positionals : [resolve(import.meta.dirname, '../test/claims/labels')];
const problems: string[] = [];
const labels = dirs.flatMap((dir) => readLabelDir(dir, problems));

// The shipped label set must agree with its splits: each file in exactly one batch, and every
// file the splits name present (a renamed label would silently leave the holdout).
const shippedDir = resolve(import.meta.dirname, '../test/claims/labels');
if (args.positionals.length === 0 && existsSync(shippedDir)) {
  const splitsFile = resolve(import.meta.dirname, '../test/claims/splits.json');
  try {
    const splits = readClaimSplits(splitsFile);
    const files = new Set(readdirSync(shippedDir).filter((f) => f.endsWith('.json')));
    const named = [...splits.holdout, ...[...splits.batches.values()].flatMap((b) => [...b])];
    for (const f of new Set(named)) if (!files.has(f)) problems.push(`${splitsFile}: names ${f}, which is not in ${shippedDir}`);
    for (const f of files) {
      const inBatches = [...splits.batches.values()].filter((b) => b.has(f)).length;
      if (inBatches !== 1) problems.push(`${splitsFile}: ${f} is in ${inBatches} batches (expected exactly 1)`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
}

let docs: ReturnType<typeof readOtaDocuments> | null = null;
try {
  docs = readOtaDocuments(stringOption(args, 'data') ?? DEFAULT_OTA_PATH);
} catch (error) {
  if (!(error instanceof MissingOtaDataError)) throw error;
  console.error(`claims:check: ${error.message} Quotes are not checked.`);
}
let quotes = 0;
if (docs) {
  for (const l of labels) {
    const doc = docs.get(l.id);
    if (!doc) { problems.push(`${l.file}: no document with id ${JSON.stringify(l.id)} in the data`); continue; }
    const plain = plainPolicyText(doc.text);
    const raw = normalizeForQuote(doc.text);
    for (const { key, quote } of quotesOf(l)) {
      quotes++;
      const q = normalizeForQuote(quote);
      if (!plain.includes(q) && !raw.includes(q)) problems.push(`${l.file}: ${key}: quote not found in the policy: ${JSON.stringify(quote.slice(0, 120))}`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`claims:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`claims:check: ${labels.length} label file(s) valid${docs ? `, ${quotes} quotes found in their policies` : ''}`);
