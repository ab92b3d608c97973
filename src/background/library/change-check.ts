// Has a saved policy changed? When a policy page's text arrives, it is compared with the newest
// saved entry for the same page (#fragment ignored); see changeSince in shared/library-entry.ts.
import type { Analysis } from '../../engine/types.ts';
import { changeSince } from '../../shared/library-entry.ts';
import type { ChangedSince } from '../../shared/protocol.ts';
import { library } from './library.ts';

export async function changedSince(url: string, current: { text: string; textHash: string; analysis: Analysis }): Promise<ChangedSince | undefined> {
  return changeSince(await library.findByUrl(url), current);
}
