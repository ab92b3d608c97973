// How an analysis is stored (the library in storage.local, open tabs in storage.session): the
// policy's text once, each sentence as offsets into it (never its text again), the rest of the
// analysis as the engine wrote it, then gzip and base64 (both areas hold JSON; base64 is the
// cheapest ASCII form of bytes). Unpacking gives back exactly what was packed: same values, same
// key order.
//
// Why compressed and not only by reference: on the five seeds an entry was 4.4–6.3× its text;
// dropping the sentences' copies of the text leaves 3.4–5.1×, because the claims, summary,
// grade reasons and per-sentence labels weigh 2–4× a short policy's text on their own. Packed,
// an entry is 0.95–1.33× its text on the seeds and 0.65–0.77× on long policies
// (`npm run bench:storage`).
import type { Analysis, Block, BlockKind, ClassifiedSentence, LabelScore } from '../engine/types.ts';
import { isAnalysis } from './analysis-shape.ts';

export const PACK_FORMAT = 1;

/** An analysis as stored. `engine` sits outside the packed bytes so that a stale analysis is
 *  noticed without unpacking it. */
export interface PackedAnalysis {
  format: typeof PACK_FORMAT;
  /** The fingerprint of the engine that wrote it (engine-fingerprint.ts); null when not known
   *  (an analysis moved from a layout that did not record it). */
  engine: string | null;
  /** base64 of the gzip of the payload's JSON. */
  data: string;
}

/** What a packed analysis holds: the text and, when the page gave them, the blocks it was read
 *  with (so that it can be read again the same way by a newer engine). */
export interface Unpacked {
  text: string;
  blocks?: Block[];
  analysis: Analysis;
}

/** A sentence as offsets: [start, end, blockIndex, isHeading, headingIndex or -1, labels]; its
 *  index is its place in the list and its text is `text.slice(start, end)`. A sentence that does
 *  not fit this form exactly (a field this codec does not know) is kept whole, as an object. */
type SentenceTuple = [number, number, number, 0 | 1, number, LabelTuple[]];
/** [label's place in `labels`, score, rule ids' places in `ruleIds`, 1 when via its heading]. */
type LabelTuple = [number, number, number[], 0 | 1];

interface Payload {
  text: string;
  blocks?: [BlockKind, number, number][];
  labels: string[];
  ruleIds: string[];
  sentences: (SentenceTuple | ClassifiedSentence)[];
  /** The analysis with `sentences: []`: the key keeps its place, so key order round-trips. */
  analysis: Analysis;
}

const SENTENCE_KEYS = 'index,start,end,text,blockIndex,isHeading,labels';
const SENTENCE_KEYS_WITH_HEADING = 'index,start,end,text,blockIndex,isHeading,headingIndex,labels';
const LABEL_KEYS = 'label,score,ruleIds';
const LABEL_KEYS_VIA_HEADING = 'label,score,ruleIds,viaHeading';

class Table {
  readonly values: string[] = [];
  private readonly places = new Map<string, number>();
  place(value: string): number {
    let place = this.places.get(value);
    if (place === undefined) {
      place = this.values.length;
      this.values.push(value);
      this.places.set(value, place);
    }
    return place;
  }
}

function labelTuple(label: LabelScore, labels: Table, ruleIds: Table): LabelTuple | undefined {
  const keys = Object.keys(label).join();
  if (keys !== LABEL_KEYS && !(keys === LABEL_KEYS_VIA_HEADING && label.viaHeading === true)) return undefined;
  return [labels.place(label.label), label.score, label.ruleIds.map((id) => ruleIds.place(id)), label.viaHeading ? 1 : 0];
}

function sentenceTuple(sentence: ClassifiedSentence, position: number, text: string, labels: Table, ruleIds: Table): SentenceTuple | undefined {
  const keys = Object.keys(sentence).join();
  const heading = sentence.headingIndex;
  if (keys !== (heading === undefined ? SENTENCE_KEYS : SENTENCE_KEYS_WITH_HEADING)) return undefined;
  if (sentence.index !== position || text.slice(sentence.start, sentence.end) !== sentence.text) return undefined;
  if (heading !== undefined && heading < 0) return undefined;
  const tuples: LabelTuple[] = [];
  for (const label of sentence.labels) {
    const tuple = labelTuple(label, labels, ruleIds);
    if (!tuple) return undefined;
    tuples.push(tuple);
  }
  return [sentence.start, sentence.end, sentence.blockIndex, sentence.isHeading ? 1 : 0, heading ?? -1, tuples];
}

function sentenceFrom(item: unknown, position: number, payload: Payload): ClassifiedSentence {
  if (!Array.isArray(item)) return item as ClassifiedSentence;
  const [start, end, blockIndex, isHeading, headingIndex, labels] = item as SentenceTuple;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= payload.text.length)) {
    throw new Error(`sentence ${position} lies outside the text`);
  }
  const scores: LabelScore[] = labels.map(([label, score, rules, viaHeading]) => {
    const name = payload.labels[label];
    const ids = rules.map((rule) => payload.ruleIds[rule]);
    if (name === undefined || ids.some((id) => id === undefined)) throw new Error(`sentence ${position} names an unknown label or rule`);
    const out = { label: name, score, ruleIds: ids } as LabelScore;
    if (viaHeading === 1) out.viaHeading = true;
    return out;
  });
  const text = payload.text.slice(start, end);
  const base = { index: position, start, end, text, blockIndex, isHeading: isHeading === 1 };
  return headingIndex >= 0 ? { ...base, headingIndex, labels: scores } : { ...base, labels: scores };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its bytes as arguments: a chunk at a time stays within the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function gzip(json: string): Promise<Uint8Array> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export async function packAnalysis(content: Unpacked, engine: string | null): Promise<PackedAnalysis> {
  const { text, blocks, analysis } = content;
  const labels = new Table();
  const ruleIds = new Table();
  const sentences = analysis.sentences.map((sentence, position) => sentenceTuple(sentence, position, text, labels, ruleIds) ?? sentence);
  const payload: Payload = { text, labels: labels.values, ruleIds: ruleIds.values, sentences, analysis: { ...analysis, sentences: [] } };
  if (blocks) payload.blocks = blocks.map((b) => [b.kind, b.start, b.end]);
  return { format: PACK_FORMAT, engine, data: toBase64(await gzip(JSON.stringify(payload))) };
}

export function isPackedAnalysis(value: unknown): value is PackedAnalysis {
  const f = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return f?.['format'] === PACK_FORMAT && (f['engine'] === null || typeof f['engine'] === 'string') && typeof f['data'] === 'string';
}

/** Throws, with a reason, when the bytes are not a packed analysis of this format. */
export async function unpackAnalysis(packed: PackedAnalysis): Promise<Unpacked> {
  const payload = JSON.parse(await gunzip(fromBase64(packed.data))) as Payload;
  if (typeof payload.text !== 'string' || !Array.isArray(payload.sentences) || !Array.isArray(payload.labels) || !Array.isArray(payload.ruleIds)) {
    throw new Error('not a packed analysis');
  }
  const sentences = payload.sentences.map((item, position) => sentenceFrom(item, position, payload));
  const analysis = { ...payload.analysis, sentences };
  if (!isAnalysis(analysis)) throw new Error('the packed analysis is from another version');
  if (analysis.textLength !== payload.text.length) throw new Error('the packed analysis is not of its text');
  const unpacked: Unpacked = { text: payload.text, analysis };
  if (payload.blocks) unpacked.blocks = payload.blocks.map(([kind, start, end]) => ({ kind, start, end }));
  return unpacked;
}

/** What a packed analysis costs in storage: its JSON, as Chromium counts quota (ASCII only). */
export const packedBytes = (packed: PackedAnalysis): number => JSON.stringify(packed).length;
