// One look at the page: is it a policy? Tell the background; if it is, send its text. Repeated
// looks (re-checks) only send what changed, so a page that settles costs the worker nothing.
// What is sent is trimmed to the protocol's limits (outgoing.ts); a message the background
// refuses or fails on, or that stops the worker, is reported (page/failed), so the tab ends in
// an error state the popup shows instead of "analysing" or nothing.
import { LIMITS } from '../shared/limits.ts';
import { sendToBackground } from './browser-api.ts';
import type { DetectionResult } from '../shared/protocol.ts';
import { detectPolicyPage, findPolicyLinks } from './detect/index.ts';
import { extractMainText, type Extraction } from './extract/index.ts';
import { deliverOrReport } from './deliver.ts';
import { isForced } from './forced.ts';
import { clip, trimLinks, trimTitle, trimUrl, withinLimits } from './outgoing.ts';
import { pageKey } from './page-key.ts';
import { analysed, currentExtraction, setExtraction } from './session.ts';
import { holdBack, worthResending } from './settle.ts';

/** Below a policy verdict but close: worth watching while the page keeps loading content. */
const MAYBE_SCORE = 0.3;

/** 'waiting': a policy whose text looks unrendered yet; look again later even without changes.
 *  'scoring': the page's text is to be scored with the vocabulary the worker has not sent yet
 *  (detect/vocabulary.ts, asked by rechecks.ts); nothing is sent until the page is looked at again. */
export type Verdict = 'policy' | 'waiting' | 'scoring' | 'maybe' | 'no';

// What the background has acknowledged, or what was given up on (refused, or it stopped the
// worker: sending it again would only repeat that). Not recorded when a message found no
// receiver: the worker may be restarting (extension update), and the next check sends it again.
let sentVerdict: { key: string; isPolicy: boolean } | null = null;
let sentText: { key: string; text: string; forced: boolean } | null = null;
/** When each page (by key) was first looked at: how long a thin text may be held back. */
let firstSeen: { key: string; at: number } | null = null;

function verdictOf(detection: DetectionResult): Verdict {
  if (detection.isPolicy) return 'policy';
  return detection.score >= MAYBE_SCORE ? 'maybe' : 'no';
}

// A lost message is not an error worth surfacing in the console of someone else's page.
function ignoreFailure(): void {}

/** Delivers a page/* message; what does not land is reported as page/failed (see deliver.ts). */
function deliver(url: string, send: () => Promise<unknown>, delivered: () => void, given: () => void): void {
  void deliverOrReport(send, {
    delivered,
    given,
    report: ({ reason, detail }) => void sendToBackground('page/failed', { url, reason, detail: clip(detail, LIMITS.failureDetailLength) }).then(ignoreFailure, ignoreFailure),
  });
}

/** The page's text within the protocol's limits, and whether it had to be cut. */
function sendableExtraction(doc: Document): { extraction: Extraction; cut: boolean } {
  const full = extractMainText(doc);
  const { text, blocks, cut } = withinLimits(full.text, full.blocks);
  return { extraction: cut ? { ...full, text, blocks } : full, cut };
}

export function checkPage(now = performance.now()): Verdict {
  const url = trimUrl(location.href);
  const key = pageKey(location.href);
  if (firstSeen?.key !== key) firstSeen = { key, at: now };
  const title = trimTitle(document.title);
  const detected = detectPolicyPage(document, location.href);
  if (detected === null) return 'scoring';
  // Asked for by the person ("Analyse this page anyway"): read as a policy, the score kept as is.
  const detection = isForced() ? { ...detected, isPolicy: true } : detected;
  if (sentVerdict?.key !== key || sentVerdict.isPolicy !== detection.isPolicy) {
    // No policy links: finding them walks every link of the page, and only the popup shows them,
    // so it asks for them when it opens (content/get-policy-links).
    const sent = (): void => void (sentVerdict = { key, isPolicy: detection.isPolicy });
    deliver(url, () => sendToBackground('page/detected', { url, title, detection }), sent, sent);
  }
  if (!detection.isPolicy) {
    if (currentExtraction()) setExtraction(null);
    return verdictOf(detection);
  }
  const { extraction, cut } = sendableExtraction(document);
  // The background shows "analysing" from the detection alone until a text arrives. A page the
  // person asked to have analysed is read as it is.
  if (!isForced() && holdBack(extraction.text, now - firstSeen.at)) return 'waiting';
  if (extraction.text !== currentExtraction()?.text) setExtraction(extraction);
  // Asked to read a page whose text was already sent (a 404 page sent as a thin page with its
  // policy links): send it again as the person's request.
  const forcedNow = isForced() && sentText?.key === key && !sentText.forced;
  if (forcedNow || worthResending(sentText?.key === key ? sentText.text : undefined, extraction.text)) {
    const { text, blocks } = extraction;
    // A page named a privacy policy may only point to the real one ("our policy has moved, see
    // our main privacy policy"), with a page's worth of other text around the pointer: send the
    // links it names, for the popup to offer if the text has too little policy in it to grade.
    // Not when the person asked for this page to be read: they get what it says ("not enough
    // policy text", with the links offered there), not the links again.
    const links = isForced() ? [] : trimLinks(findPolicyLinks(document).filter((l) => pageKey(l.href) !== key));
    const payload = { url, title, text, blocks, detection, ...(links.length > 0 ? { policyLinks: links } : {}), ...(cut ? { cut: true as const } : {}) };
    const sent = (): void => void (sentText = { key, text, forced: isForced() });
    deliver(url, () => sendToBackground('page/policy-text', payload), () => {
      sent();
      analysed();
    }, sent);
  }
  return 'policy';
}
