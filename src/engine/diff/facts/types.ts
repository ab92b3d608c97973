// A change rule reads both versions of a policy and says, in plain words, what changed in one
// family of facts. One file per family, registered in ./index.ts.
import type { Analysis } from '../../types.ts';
import type { SummaryChange, VersionPair } from '../types.ts';

export type ChangeRule = (pair: VersionPair<Analysis>) => SummaryChange[];
