// How many of OPP-115's three annotators marked each label in each segment, counted from their
// highlighted spans (dev-spans.jsonl beside dev.jsonl). A segment's gold label needs two of
// three, so a false alarm one annotator shares is disputed ground, and a miss all three agree
// on is a plain rule gap: the error study reads the two apart. Evaluation only (see
// ../shared/data/README.md); cite Wilson et al., ACL 2016.
import { existsSync, readFileSync } from 'node:fs';
import { isLabel, type Label } from '../../src/engine/labels.ts';

/** Segment id (`policy#segment`, as readOpp115 names it) → label → distinct annotators. */
export type Votes = Map<string, Map<Label, number>>;

interface SpanRow {
  policy: string;
  segment: number;
  annotator: string;
  category: string;
  value: string;
}

/** The 12-label name of a span: its category, or for 'Other' the kind of other it was given. */
function spanLabel(row: SpanRow): Label | undefined {
  const name = row.category === 'Other' ? row.value : row.category;
  return isLabel(name) ? name : undefined;
}

export function readOpp115Votes(spansPath: string): Votes {
  if (!existsSync(spansPath)) throw new Error(`OPP-115 spans not found at ${spansPath}: pass --spans <path>.`);
  const annotators = new Map<string, Map<Label, Set<string>>>();
  for (const line of readFileSync(spansPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as SpanRow;
    const label = spanLabel(row);
    if (label === undefined) continue;
    const id = `${row.policy}#${row.segment}`;
    const byLabel = annotators.get(id) ?? new Map<Label, Set<string>>();
    annotators.set(id, byLabel);
    const who = byLabel.get(label) ?? new Set<string>();
    byLabel.set(label, who);
    who.add(row.annotator);
  }
  return new Map([...annotators].map(([id, byLabel]) => [id, new Map([...byLabel].map(([label, who]) => [label, who.size]))]));
}

export function votesFor(votes: Votes, segmentId: string, label: Label): number {
  return votes.get(segmentId)?.get(label) ?? 0;
}
