// The one registry of quick-stage signals (compiled by ../pattern-table.ts, matched through
// ../patterns.ts). Order matters where two rules overlap equally: the earlier one is kept.
import type { SignalRule } from '../vocabulary/types.ts';
import { headingRules } from './headings.ts';
import { linkRules } from './links.ts';
import { nameRules } from './names.ts';
import { urlRules } from './urls.ts';

// Marked pure: a spread may run code, so without the mark bundlers keep every rule (glosses and
// examples included) in builds that never read the registry, such as the content script.
export const signalRules: readonly SignalRule[] = /* @__PURE__ */ (() => [...nameRules, ...urlRules, ...headingRules, ...linkRules])();
