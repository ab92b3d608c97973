// The one ordered registry of classification rules: one file per label. Order does not change
// scores (every rule is a separate feature) but fixes the order of rule ids in the model file.
import type { Rule } from './types.ts';
import { firstPartyRules } from './classify/first-party/index.ts';
import { thirdPartyRules } from './classify/third-party/index.ts';
import { choiceRules } from './classify/choice/index.ts';
import { accessRules } from './classify/access.ts';
import { retentionRules } from './classify/retention.ts';
import { securityRules } from './classify/security.ts';
import { changeRules } from './classify/change.ts';
import { doNotTrackRules } from './classify/dnt.ts';
import { audiencesRules } from './classify/audiences.ts';
import { introRules } from './classify/intro/index.ts';
import { notCoveredRules } from './classify/other.ts';
import { contactRules } from './classify/contact.ts';

export type { Rule, RuleKind } from './types.ts';

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
