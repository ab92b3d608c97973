// What to call a policy in a comparison's columns: a seed's provider name, else the policy's own
// name for itself (its title without "Privacy Policy", or the company it says it speaks for:
// 'Acme Inc. ("we")', 'This Privacy Policy explains how Acme collects …'), else the file name.
import type { Analysis } from '../engine/types.ts';

const POLICY_WORDS = /\b(?:online |website |global |consumer |customer )?(?:privacy|data protection|cookie)s?(?: and cookies?)? (?:policy|notice|statement|information)\b|\bprivacy\b/gi;
const SEPARATORS = /^[\s|:–—\-·,]+|[\s|:–—\-·,]+$/g;
const COMPANY_AS_WE = /\b([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s*\(\s*["“']?(?:we|us|our|the Company)\b/;
const COMPANY_EXPLAINS = /\b(?:policy|notice|statement)\s+(?:describes|explains|sets out|covers)\s+how\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:and its|collects|uses|processes|handles|\()/;

function tidy(name: string): string {
  return name.replace(/[’']s$/i, '').replace(SEPARATORS, '').replace(/\s+/g, ' ').trim();
}

export function policyName(analysis: Analysis, fallback: string): string {
  const heading = analysis.sentences.find((s) => s.isHeading);
  if (heading) {
    const rest = tidy(heading.text.replace(POLICY_WORDS, ' '));
    if (rest.length >= 2 && rest.length <= 60 && /[A-Za-z]/.test(rest) && !/^(?:our|the|your|this|and|of|for)$/i.test(rest)) return rest;
  }
  for (const s of analysis.sentences.slice(0, 20)) {
    const m = COMPANY_AS_WE.exec(s.text) ?? COMPANY_EXPLAINS.exec(s.text);
    const name = m?.[1] ? tidy(m[1]) : '';
    if (name.length >= 2 && !/^(?:This|The|Our|We|You|If)$/.test(name)) return name;
  }
  return fallback;
}
