// One look at the page: is it a policy? Tell the background; if it is, send its text. Repeated
// looks (re-checks) only send what changed, so a page that settles costs the worker nothing.
import { sendToBackground } from './browser-api.ts';
import type { DetectionResult } from '../shared/protocol.ts';
import { detectPolicyPage, findPolicyLinks } from './detect/index.ts';
import { extractMainText } from './extract/index.ts';
import { isForced } from './forced.ts';
import { pageKey } from './page-key.ts';
import { analysed, currentExtraction, setExtraction } from './session.ts';
import { holdBack, isThin, worthResending } from './settle.ts';

/** Below a policy verdict but close: worth watching while the page keeps loading content. */
const MAYBE_SCORE = 0.3;

/** 'waiting': a policy whose text looks unrendered yet; look again later even without changes.
 *  'scoring': the page's text is to be scored with the vocabulary the worker has not sent yet
 *  (detect/vocabulary.ts, asked by rechecks.ts); nothing is sent until the page is looked at again. */
export type Verdict = 'policy' | 'waiting' | 'scoring' | 'maybe' | 'no';

// What the background has acknowledged. Recorded on success only: the worker may be restarting
// (extension update) when a message goes out, and the next check then sends it again.
let sentVerdict: { key: string; isPolicy: boolean } | null = null;
let sentText: { key: string; text: string } | null = null;
/** When each page (by key) was first looked at: how long a thin text may be held back. */
let firstSeen: { key: string; at: number } | null = null;

function verdictOf(detection: DetectionResult): Verdict {
  if (detection.isPolicy) return 'policy';
  return detection.score >= MAYBE_SCORE ? 'maybe' : 'no';
}

// A lost message is not an error worth surfacing in the console of someone else's page.
function ignoreFailure(): void {}

export function checkPage(now = performance.now()): Verdict {
  const url = location.href;
  const key = pageKey(url);
  if (firstSeen?.key !== key) firstSeen = { key, at: now };
  const title = document.title;
  const detected = detectPolicyPage(document, url);
  if (detected === null) return 'scoring';
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
  // The background shows "analysing" from the detection alone until a text arrives. A page the
  // person asked to have analysed is read as it is.
  if (!isForced() && holdBack(extraction.text, now - firstSeen.at)) return 'waiting';
  if (extraction.text !== currentExtraction()?.text) setExtraction(extraction);
  if (worthResending(sentText?.key === key ? sentText.text : undefined, extraction.text)) {
    const { text, blocks } = extraction;
    // A thin page may only point to the real policy ("see our main privacy policy"): send the
    // links it names, for the popup to offer if the text is too thin to grade.
    const links = isThin(text) ? findPolicyLinks(document).filter((l) => pageKey(l.href) !== key) : [];
    sendToBackground('page/policy-text', { url, title, text, blocks, detection, ...(links.length > 0 ? { policyLinks: links } : {}) })
      .then(() => {
        sentText = { key, text };
        analysed();
      }, ignoreFailure);
  }
  return 'policy';
}
