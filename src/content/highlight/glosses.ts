// Rule id → the plain-language gloss shown in the tooltip, asked of the worker: the content
// script runs on every page and carries no rules of its own (they are 68% of what it weighed when
// it imported them). Asked once per set of highlights; a lost answer only leaves glosses out.
import { sendToBackground } from '../browser-api.ts';

const glosses = new Map<string, string>();

export async function loadGlosses(ruleIds: readonly string[]): Promise<void> {
  const missing = ruleIds.filter((id) => !glosses.has(id));
  if (missing.length === 0) return;
  try {
    const answer = await sendToBackground('page/get-glosses', { ruleIds: missing });
    for (const { id, gloss } of answer.glosses ?? []) glosses.set(id, gloss);
  } catch {
    // The worker restarting: the tooltip shows the sentence's meaning without rule glosses.
  }
}

export function glossOf(ruleId: string): string | undefined {
  return glosses.get(ruleId);
}
