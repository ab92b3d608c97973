// What to call a policy in the compare command's columns: a seed's provider name (from
// seeds/providers.json, matched by content so a copy elsewhere counts too), else the policy's own
// title ("Acme Privacy Policy" → "Acme"), else the company it names for itself ("Acme, Inc.
// ("we", "us")"), else the file name. A person expects "Fusion Connect", not 004_5bd2….txt.
import { basename } from 'node:path';
import { SEED_PROVIDERS, seedText } from './seeds.ts';

const POLICY_WORDS = /\b(?:online\s+)?(?:privacy|data protection|cookie)\s+(?:policy|notice|statement)(?:\s+statement)?\b/gi;
const SEPARATORS = /\s*(?:[|–—:»]|\s-\s)\s*/;
/** What is left of a title that names no one. */
const GENERIC = /^(?:our|the|this|your|website|site|online|home|legal|updated?|last updated|global|english|en|us)$/i;
const SUFFIX = String.raw`(?:,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|GmbH|S\.A|SAS|plc|Co|AG|B\.V)\.?)`;
const COMPANY = new RegExp(String.raw`\b((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,4}${SUFFIX})(?=[\s,.(])`, 'u');
/** "Acme Corp. (“Acme”, “we”…" or "Acme, Inc., and its subsidiaries (collectively, “we”…" */
const SELF_NAMED = new RegExp(String.raw`\b((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4}${SUFFIX}?)(?:,?\s+and its (?:subsidiaries|affiliates))?,?\s*\((?:collectively,?\s*)?(?:the\s+)?["“'‘]`, 'u');

/** The name in a title, or null when the title is only "Privacy Policy" and the like. A heading
 *  (`heading`) names the policy only as "Acme Privacy Policy": "Information We Collect" is no name. */
export function nameFromTitle(title: string, { heading = false } = {}): string | null {
  const parts = title.replace(/\s+/g, ' ').split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  const usable = (name: string): boolean => name.length >= 2 && name.length <= 60 && !GENERIC.test(name) && /\p{Lu}|\d/u.test(name);
  // "Acme Privacy Policy", "Acme's Privacy Notice": what precedes the policy's own name.
  for (const part of parts) {
    const name = part.replace(POLICY_WORDS, '').replace(/['’]s\s*$/, '').replace(/\s+/g, ' ').trim().replace(/^[-–,.:]+|[-–,.:]+$/g, '').trim();
    if (name !== part && usable(name)) return name;
  }
  if (heading) return null;
  // "Privacy Policy | Acme", "Pricing | Privacy | Acme": the site name usually comes last.
  for (const part of [...parts].reverse()) {
    POLICY_WORDS.lastIndex = 0;
    if (!POLICY_WORDS.test(part) && usable(part)) return part;
  }
  return null;
}

/** The company a policy names for itself near its start: "Acme, Inc. (“we”…" or, failing that,
 *  the first name with a company suffix ("Conifer Communications, Inc. understands…"). */
export function nameFromText(text: string): string | null {
  // Line by line: a heading's capitalised words must not run into the name on the next line.
  const lines = text.slice(0, 4000).split(/\n\s*\n|\n(?=\S)/).map((l) => l.replace(/\s+/g, ' ').trim());
  const find = (re: RegExp, within: readonly string[]): string | undefined => within.map((l) => re.exec(l)?.[1]).find((m) => m !== undefined);
  const match = find(SELF_NAMED, lines) ?? find(COMPANY, lines.slice(0, 12));
  if (!match) return null;
  const name = match.replace(new RegExp(`${SUFFIX}$`), '').trim();
  return name.length >= 2 && !GENERIC.test(name) ? name : null;
}

export function seedNameFor(path: string, text: string): string | null {
  for (const provider of SEED_PROVIDERS) {
    if (basename(path) === provider.file) return provider.name;
    if (seedText(provider) === text) return provider.name;
  }
  return null;
}

/** `headings` are the policy's first headings (the engine's), `title` an HTML page's <title>. */
export function policyName(path: string, text: string, { title, headings = [] }: { title?: string; headings?: readonly string[] } = {}): string {
  return seedNameFor(path, text)
    ?? (title ? nameFromTitle(title) : null)
    ?? headings.map((h) => nameFromTitle(h, { heading: true })).find((n) => n !== null)
    ?? nameFromText(text)
    ?? basename(path);
}
