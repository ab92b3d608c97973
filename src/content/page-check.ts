// One look at the page: is it a policy? Tell the background; if it is, send its text. Repeated
// looks (re-checks) only send what changed, so a page that settles costs the worker nothing.
import { sendToBackground } from '../shared/messaging.ts';
import type { DetectionResult } from '../shared/protocol.ts';
import { detectPolicyPage, findPolicyLinks } from './detect/index.ts';
import { extractMainText } from './extract/index.ts';
import { isForced } from './forced.ts';
import { pageKey } from './page-key.ts';
import { analysed, currentExtraction, setExtraction } from './session.ts';

/** Below a policy verdict but close: worth watching while the page keeps loading content. */
const MAYBE_SCORE = 0.3;

export type Verdict = 'policy' | 'maybe' | 'no';

// What the background has acknowledged. Recorded on success only: the worker may be restarting
// (extension update) when a message goes out, and the next check then sends it again.
let sentVerdict: { key: string; isPolicy: boolean } | null = null;
let sentText: { key: string; text: string } | null = null;

function verdictOf(detection: DetectionResult): Verdict {
  if (detection.isPolicy) return 'policy';
  return detection.score >= MAYBE_SCORE ? 'maybe' : 'no';
}

// A lost message is not an error worth surfacing in the console of someone else's page.
function ignoreFailure(): void {}

export function checkPage(): Verdict {
  const url = location.href;
  const key = pageKey(url);
  const title = document.title;
  const detected = detectPolicyPage(document, url);
  // Asked for by the person ("Analyse this page anyway"): read as a policy, the score kept as is.
  const detection = isForced() ? { ...detected, isPolicy: true } : detected;
  if (sentVerdict?.key !== key || sentVerdict.isPolicy !== detection.isPolicy) {
    const policyLinks = detection.isPolicy ? [] : findPolicyLinks(document);
    sendToBackground('page/detected', { url, title, detection, policyLinks })
      .then(() => (sentVerdict = { key, isPolicy: detection.isPolicy }), ignoreFailure);
  }
  if (!detection.isPolicy) {
    if (currentExtraction()) setExtraction(null);
    return verdictOf(detection);
  }
  const extraction = extractMainText(document);
  if (extraction.text !== currentExtraction()?.text) setExtraction(extraction);
  if (sentText?.key !== key || sentText.text !== extraction.text) {
    const { text, blocks } = extraction;
    sendToBackground('page/policy-text', { url, title, text, blocks, detection })
      .then(() => {
        sentText = { key, text };
        analysed();
      }, ignoreFailure);
  }
  return 'policy';
}
