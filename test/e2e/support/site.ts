// The loopback web site the end-to-end tests browse: each seed policy as an HTML page, an
// ordinary shop page that links to a policy, and a hostile policy page behind a strict CSP.
// Every request the server answers is recorded, so a test can tell what the browser fetched.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blocksFromText } from '../../../src/engine/text/blocks.ts';
import { settleRoute } from './settle-pages.ts';

const SEEDS_DIR = new URL('../../../seeds/', import.meta.url);

export interface SeedProvider {
  id: string;
  name: string;
  file: string;
}

export const PROVIDERS: readonly SeedProvider[] = (
  JSON.parse(readFileSync(new URL('providers.json', SEEDS_DIR), 'utf8')) as { providers: SeedProvider[] }
).providers;

export function provider(id: string): SeedProvider {
  const found = PROVIDERS.find((p) => p.id === id);
  if (!found) throw new Error(`no seed provider '${id}' in seeds/providers.json`);
  return found;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped text with e-mail addresses as mailto: links, so highlighted sentences contain links. */
function inline(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' ')).replace(
    /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    (email) => `<a href="mailto:${email}">${email}</a>`,
  );
}

/** Plain text → HTML, one element per block the engine's own splitter finds: blank lines end a
 *  block (seeds 000, 002, 003); the line-per-paragraph seeds (001, 004) split on line joins. */
export function policyBody(text: string): string {
  const out: string[] = [];
  let list = false;
  for (const block of blocksFromText(text)) {
    const content = inline(text.slice(block.start, block.end));
    if (block.kind === 'list-item') {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${content}</li>`);
      continue;
    }
    if (list) out.push('</ul>');
    list = false;
    out.push(block.kind === 'heading' ? `<h2>${content}</h2>` : `<p>${content}</p>`);
  }
  if (list) out.push('</ul>');
  return out.join('\n');
}

const NAV = '<nav><a href="/shop">Shop</a> · <a href="/shop#about">About us</a> · <a href="/shop#support">Support</a></nav>';
const FOOTER =
  '<footer><p>© 2026 Example Holdings</p><a href="/shop">Home</a> · <a href="/policy/conifer">Privacy Policy</a> · <a href="/shop#terms">Terms of Service</a></footer>';

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 sans-serif;max-width:46rem;margin:0 auto;padding:1rem}</style></head>
<body>${NAV}<main>${main}</main>${FOOTER}</body></html>`;
}

export function seedPolicyPage(id: string): string {
  const p = provider(id);
  const text = readFileSync(new URL(p.file, SEEDS_DIR), 'utf8');
  return page(`${p.name} Privacy Policy`, `<article><h1>${escapeHtml(p.name)} Privacy Policy</h1>\n${policyBody(text)}</article>`);
}

const SHOP = page(
  'Northwind Outdoor Gear – Tents, packs and stoves',
  `<h1>Northwind Outdoor Gear</h1>
<h2>New this season</h2>
<p>Our two-person tent weighs 1.2 kg and pitches in under three minutes. Free shipping on orders over $50.</p>
<h2 id="about">About us</h2><p>We have sold camping gear from our shop in Bend, Oregon since 1998.</p>
<h2 id="support">Support</h2><p>Call us Monday to Friday, 9 to 5, or visit the shop.</p>`,
);

/** A policy page that is gone: the URL still says privacy policy, the body says "not found" (and
 *  the server answers 404), as an old footer link leads to after a site's redesign. */
export const MISSING_POLICY = page(
  'Privacy Policy | Example Holdings',
  `<h1>Page not found</h1>
<p>Sorry, the page you are looking for could not be found.</p>
<p><a href="/shop">Back to the shop</a></p>`,
);

/** An ordinary page linking to the same policies several times, with tracking parameters. */
export const LINKS_PAGE = page(
  'Northwind Outdoor Gear – Newsletter',
  `<h1>Our spring newsletter</h1>
<p>New tents, new stoves. Read our <a href="/policy/conifer?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring">privacy policy</a>.</p>
<p>Questions about your data? See the <a href="/policy/conifer?fbclid=IwAR0abc#contact">Privacy Policy</a> again, or the
<a href="/policy/county-micro?gclid=Cj0KCQ&amp;lang=en">privacy notice of our payment partner</a>.</p>`,
);

/** The payload that must stay text: if the popup or the page ever parsed it, it would fire. */
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
const HOSTILE_STRINGS = [HOSTILE_IMG, '<script>alert(2)</script>', '"><svg onload=alert(3)>', 'javascript:alert(4)'];

/** A short but real-looking policy; the payloads sit in sentences the summary cites. */
export const HOSTILE_TEXT = `Privacy Policy

Last updated: March 1, 2026

This Privacy Policy explains how Hostile Example Inc. collects, uses and shares personal information when you use our website and services.

Information We Collect

We collect your name, email address, postal address and payment information when you create an account ${HOSTILE_STRINGS[0]} or place an order.

We automatically collect your IP address, browser type and pages visited through cookies ${HOSTILE_STRINGS[1]} and similar technologies.

How We Share Information

We share personal information with service providers who process payments and deliver orders on our behalf ${HOSTILE_STRINGS[2]}.

We do not sell your personal information.

Data Retention

We retain your account information for 12 months after you close your account ${HOSTILE_STRINGS[0]}.

Your Choices

You may opt out of marketing emails at any time by clicking the unsubscribe link in any email ${HOSTILE_STRINGS[3]}.

You may request access to or deletion of your personal information by emailing privacy@hostile.example ${HOSTILE_STRINGS[0]}.

Security

We use encryption and access controls to protect your personal information, but no method of transmission over the Internet is completely secure.

Changes to This Policy

We may update this policy from time to time and will post the new version on this page.

Contact Us

If you have questions about this Privacy Policy, contact us at privacy@hostile.example ${HOSTILE_STRINGS[0]}.
`;

const HOSTILE = page(`Hostile Example Privacy Policy ${HOSTILE_IMG}`, `<article><h1>Privacy Policy</h1>\n${policyBody(HOSTILE_TEXT)}</article>`);

/** No script may run on /hostile, and nothing may be loaded from anywhere but the site itself. */
export const HOSTILE_CSP = "default-src 'self'; script-src 'none'; style-src 'self'";

export interface Route {
  body: string;
  status?: number;
  headers?: Record<string, string>;
}

function route(path: string): Route | undefined {
  if (path === '/shop' || path === '/') return { body: SHOP };
  if (path === '/hostile') return { body: HOSTILE, headers: { 'content-security-policy': HOSTILE_CSP } };
  const seed = /^\/policy\/([a-z-]+)$/.exec(path)?.[1];
  if (seed && PROVIDERS.some((p) => p.id === seed)) return { body: seedPolicyPage(seed) };
  if (path === '/ping') return { body: 'pong' };
  if (path === '/links') return { body: LINKS_PAGE };
  if (path === '/privacy-policy') return { body: MISSING_POLICY, status: 404 };
  return settleRoute(path);
}

export interface Site {
  origin: string;
  /** Paths requested so far, in order. */
  hits: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
}

export function serveSite(): Promise<Site> {
  return servePages(route);
}

/** A local site whose pages `pages` gives by path (404 for a path it has no page for). */
export async function servePages(pages: (path: string) => Route | undefined): Promise<Site> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.push(path);
    const found = pages(path);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(found.status ?? 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...found.headers }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
