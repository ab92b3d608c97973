// Has a saved policy changed? When a policy page's text arrives, the newest saved entry for the
// same page (fragment ignored) is compared with it; a different text hash is only a hint (a
// reworded date line changes it too), so diffPolicies decides whether it really changed.
import type { Analysis } from '../../engine/types.ts';
import { diffPolicies } from '../../engine/diff/index.ts';
import type { ChangedSince } from '../../shared/protocol.ts';
import { library } from './library.ts';

export async function changedSince(url: string, current: { text: string; textHash: string; analysis: Analysis }): Promise<ChangedSince | undefined> {
  const saved = await library.findByUrl(url);
  if (!saved || saved.textHash === current.textHash) return undefined;
  const diff = diffPolicies({ text: saved.text, analysis: saved.analysis }, { text: current.text, analysis: current.analysis });
  if (!diff.changed) return undefined;
  return {
    entryId: saved.id,
    name: saved.name,
    savedAt: saved.savedAt,
    summaryChanges: diff.summaryChanges.map(({ id, text, flag }) => ({ id, text, flag })),
    added: diff.addedSentences.length,
    removed: diff.removedSentences.length,
  };
}
