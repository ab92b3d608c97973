// Sentence-level diff by normalised text. Policies reorder little, so a longest common
// subsequence over the sentences that differ (after trimming the shared head and tail) finds
// edits as a person would mark them. Very long middles fall back to a multiset diff, which
// ignores order but stays linear.

/** Whitespace and case do not make a different sentence. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Beyond this many table cells (~64 MB of Uint32) the LCS is not worth it. */
const MAX_LCS_CELLS = 16_000_000;

export function diffSentences(before: readonly string[], after: readonly string[]): { added: number[]; removed: number[] } {
  const a = before.map(normaliseText);
  const b = after.map(normaliseText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const { added, removed } = midA.length * midB.length > MAX_LCS_CELLS ? multisetDiff(midA, midB) : lcsDiff(midA, midB);
  return { added: added.map((i) => i + head), removed: removed.map((i) => i + head) };
}

function lcsDiff(a: readonly string[], b: readonly string[]): { added: number[]; removed: number[] } {
  const width = b.length + 1;
  // lengths[i * width + j] = LCS of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const added: number[] = [];
  const removed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; }
    else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) removed.push(i++);
    else added.push(j++);
  }
  while (i < a.length) removed.push(i++);
  while (j < b.length) added.push(j++);
  return { added, removed };
}

function multisetDiff(a: readonly string[], b: readonly string[]): { added: number[]; removed: number[] } {
  const remaining = new Map<string, number>();
  for (const s of a) remaining.set(s, (remaining.get(s) ?? 0) + 1);
  const added: number[] = [];
  b.forEach((s, j) => {
    const left = remaining.get(s) ?? 0;
    if (left > 0) remaining.set(s, left - 1);
    else added.push(j);
  });
  const removed: number[] = [];
  for (let i = a.length - 1; i >= 0; i--) {
    const s = a[i] ?? '';
    const left = remaining.get(s) ?? 0;
    if (left > 0) { remaining.set(s, left - 1); removed.push(i); }
  }
  return { added, removed: removed.reverse() };
}
