// Which patterns of a rule its own match examples fire, file by file, for the classification
// rules (src/rules/classify/**, token patterns) and the detector's rules (src/engine/detect,
// its regex dialect). The convention test (test/rules/conventions.test.ts) and
// `npx tsx scripts/pattern-examples.ts` (the patterns still without an example) read this.
import type { Rule } from '../../src/rules/types.ts';
import { accessRules } from '../../src/rules/classify/access.ts';
import { audiencesRules } from '../../src/rules/classify/audiences.ts';
import { changeRules } from '../../src/rules/classify/change.ts';
import { contactRules } from '../../src/rules/classify/contact.ts';
import { doNotTrackRules } from '../../src/rules/classify/dnt.ts';
import { notCoveredRules } from '../../src/rules/classify/other.ts';
import { retentionRules } from '../../src/rules/classify/retention.ts';
import { securityRules } from '../../src/rules/classify/security.ts';
import { controlRules } from '../../src/rules/classify/choice/controls.ts';
import { lookalikeRules as choiceLookalikes } from '../../src/rules/classify/choice/lookalikes.ts';
import { optOutRules } from '../../src/rules/classify/choice/opt-out.ts';
import { collectionRules } from '../../src/rules/classify/first-party/collection.ts';
import { contextRules } from '../../src/rules/classify/first-party/contexts.ts';
import { lookalikeRules as firstPartyLookalikes } from '../../src/rules/classify/first-party/lookalikes.ts';
import { useRules } from '../../src/rules/classify/first-party/use.ts';
import { framingRules } from '../../src/rules/classify/intro/framing.ts';
import { lookalikeRules as introLookalikes } from '../../src/rules/classify/intro/lookalikes.ts';
import { disclosureRules } from '../../src/rules/classify/third-party/disclosures.ts';
import { lookalikeRules as thirdPartyLookalikes } from '../../src/rules/classify/third-party/lookalikes.ts';
import { sharingRules } from '../../src/rules/classify/third-party/sharing.ts';
import { conductRules } from '../../src/rules/detect/vocabulary/conduct.ts';
import { cookieRules } from '../../src/rules/detect/vocabulary/cookies.ts';
import { otherLegalRules } from '../../src/rules/detect/vocabulary/other-legal.ts';
import { privacyDeRules } from '../../src/rules/detect/vocabulary/privacy-de.ts';
import { privacyFrRules } from '../../src/rules/detect/vocabulary/privacy-fr.ts';
import { privacyRules } from '../../src/rules/detect/vocabulary/privacy.ts';
import { processingRules } from '../../src/rules/detect/vocabulary/processing.ts';
import { termsFrDeRules } from '../../src/rules/detect/vocabulary/terms-fr-de.ts';
import { termsRules } from '../../src/rules/detect/vocabulary/terms.ts';
import { headingRules } from '../../src/rules/detect/signals/headings.ts';
import { linkRules } from '../../src/rules/detect/signals/links.ts';
import { nameRules } from '../../src/rules/detect/signals/names.ts';
import { urlRules } from '../../src/rules/detect/signals/urls.ts';
import { compilePattern } from '../../src/engine/match/pattern.ts';
import { expandWithCompromise } from '../../src/engine/match/lemmas.ts';
import { normalizeForMatch } from '../../src/engine/match/normalize.ts';
import { compilePatterns } from '../../src/engine/detect/compile.ts';
import { findMatches, lower } from '../../src/engine/detect/match.ts';

/** Any rule with patterns and match examples: classification rules and the detector's. */
export interface PatternRule {
  id: string;
  patterns: readonly string[];
  examples: { match: readonly string[] };
}

export interface RuleFile {
  /** Path from the repository root. */
  path: string;
  rules: readonly PatternRule[];
  /** True when a pattern fires on a sentence. */
  fires: (pattern: string, sentence: string) => boolean;
}

const classifyFires = (pattern: string, sentence: string): boolean =>
  new RegExp(compilePattern(pattern, expandWithCompromise).source).test(normalizeForMatch(sentence));
const detectFires = (pattern: string, sentence: string): boolean =>
  findMatches(compilePatterns('example', [pattern]), lower(sentence)).length > 0;

const classify = (path: string, rules: readonly Rule[]): RuleFile => ({ path: `src/rules/classify/${path}`, rules, fires: classifyFires });
const detect = (path: string, rules: readonly PatternRule[]): RuleFile => ({ path: `src/engine/detect/${path}`, rules, fires: detectFires });

/** Every rule file, classification first, in the order of the registries. */
export const RULE_FILES: readonly RuleFile[] = [
  classify('first-party/collection.ts', collectionRules),
  classify('first-party/use.ts', useRules),
  classify('first-party/contexts.ts', contextRules),
  classify('first-party/lookalikes.ts', firstPartyLookalikes),
  classify('third-party/sharing.ts', sharingRules),
  classify('third-party/disclosures.ts', disclosureRules),
  classify('third-party/lookalikes.ts', thirdPartyLookalikes),
  classify('choice/opt-out.ts', optOutRules),
  classify('choice/controls.ts', controlRules),
  classify('choice/lookalikes.ts', choiceLookalikes),
  classify('access.ts', accessRules),
  classify('retention.ts', retentionRules),
  classify('security.ts', securityRules),
  classify('change.ts', changeRules),
  classify('dnt.ts', doNotTrackRules),
  classify('audiences.ts', audiencesRules),
  classify('intro/framing.ts', framingRules),
  classify('intro/lookalikes.ts', introLookalikes),
  classify('other.ts', notCoveredRules),
  classify('contact.ts', contactRules),
  detect('vocabulary/privacy.ts', privacyRules),
  detect('vocabulary/privacy-fr.ts', privacyFrRules),
  detect('vocabulary/privacy-de.ts', privacyDeRules),
  detect('vocabulary/terms.ts', termsRules),
  detect('vocabulary/terms-fr-de.ts', termsFrDeRules),
  detect('vocabulary/cookies.ts', cookieRules),
  detect('vocabulary/conduct.ts', conductRules),
  detect('vocabulary/processing.ts', processingRules),
  detect('vocabulary/other-legal.ts', otherLegalRules),
  detect('signals/names.ts', nameRules),
  detect('signals/urls.ts', urlRules),
  detect('signals/headings.ts', headingRules),
  detect('signals/links.ts', linkRules),
];

export interface PatternGap {
  file: string;
  ruleId: string;
  /** The pattern's index within its rule (0-based). */
  index: number;
  pattern: string;
}

/** The patterns of a file that none of their rule's match examples fires. */
export function patternsWithoutExample(file: RuleFile): PatternGap[] {
  const gaps: PatternGap[] = [];
  for (const rule of file.rules) {
    rule.patterns.forEach((pattern, index) => {
      if (!rule.examples.match.some((sentence) => file.fires(pattern, sentence))) gaps.push({ file: file.path, ruleId: rule.id, index, pattern });
    });
  }
  return gaps;
}
