// Wraps slices of text nodes in elements and undoes it exactly. Only text nodes are ever
// wrapped, never the elements around them, so links stay links and page scripts holding those
// elements keep working. splitText keeps the head of the text in the original node, so the
// page's (and our TextMap's) references to it stay valid; undoing merges the split-off
// fragments back into it — a normalize() limited to the fragments we created, so adjacent text
// nodes the page made itself are left alone.
import type { NodeSlice } from '../extract/index.ts';
import { mutateQuietly } from '../own-mutations.ts';

export interface WrapItem {
  slice: NodeSlice;
  wrapper: HTMLElement;
}

export interface Wrapping {
  /** The wrappers that made it into the page, in the order of the items given. */
  wrappers: HTMLElement[];
  unwrap(): void;
}

export function wrapSlices(items: readonly WrapItem[]): Wrapping {
  const byNode = new Map<Text, WrapItem[]>();
  for (const item of items) {
    const list = byNode.get(item.slice.node) ?? [];
    list.push(item);
    byNode.set(item.slice.node, list);
  }
  const fragments = new Set<Text>();
  const placed = new Set<HTMLElement>();
  mutateQuietly(() => {
    for (const [node, list] of byNode) {
      // Right to left, so each split leaves the offsets of the slices still to do unchanged.
      list.sort((a, b) => b.slice.start - a.slice.start);
      for (const { slice, wrapper } of list) {
        const parent = node.parentNode;
        if (!parent || slice.end > node.length || slice.start >= slice.end) continue;
        if (slice.end < node.length) fragments.add(node.splitText(slice.end));
        const target = slice.start > 0 ? node.splitText(slice.start) : node;
        if (target !== node) fragments.add(target);
        parent.insertBefore(wrapper, target);
        wrapper.append(target);
        placed.add(wrapper);
      }
    }
  });
  return {
    wrappers: items.map((item) => item.wrapper).filter((w) => placed.has(w)),
    unwrap: () => mutateQuietly(() => {
      for (const wrapper of placed) wrapper.replaceWith(...wrapper.childNodes);
      for (const node of byNode.keys()) {
        for (let next = node.nextSibling; next instanceof Text && fragments.has(next); next = node.nextSibling) {
          node.appendData(next.data);
          next.remove();
        }
      }
    }),
  };
}
