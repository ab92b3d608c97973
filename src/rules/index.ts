// The one ordered registry of classification rules: one file per label. Order does not change
// scores (every rule is a separate feature) but fixes the order of rule ids in the model file.
import type { Rule } from './types.ts';
import { firstPartyRules } from './first-party.ts';
import { thirdPartyRules } from './third-party.ts';
import { choiceRules } from './choice.ts';
import { accessRules } from './access.ts';
import { retentionRules } from './retention.ts';
import { securityRules } from './security.ts';
import { changeRules } from './change.ts';
import { doNotTrackRules } from './dnt.ts';
import { audiencesRules } from './audiences.ts';
import { introRules } from './intro.ts';
import { notCoveredRules } from './other.ts';
import { contactRules } from './contact.ts';

export type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  ...firstPartyRules,
  ...thirdPartyRules,
  ...choiceRules,
  ...accessRules,
  ...retentionRules,
  ...securityRules,
  ...changeRules,
  ...doNotTrackRules,
  ...audiencesRules,
  ...introRules,
  ...notCoveredRules,
  ...contactRules,
];
