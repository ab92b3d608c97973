// The labels are data in src/rules/labels.ts (the rules are written against them); the engine
// re-exports them with the lookups it needs.
import { LABELS, LABEL_KEYS, type Label } from '../rules/labels.ts';

export { LABELS, LABEL_KEYS };
export type { Label, LabelKey } from '../rules/labels.ts';

const LABEL_BY_KEY = new Map<string, Label>(LABELS.map((label) => [LABEL_KEYS[label], label]));

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

export function labelFromKey(key: string): Label | undefined {
  return LABEL_BY_KEY.get(key);
}
