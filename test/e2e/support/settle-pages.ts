// Pages at policy-like addresses that are not (yet) a policy a person can be told about: a 404
// page, a client-rendered page whose first HTML is a "Loading…" shell and whose policy arrives
// two seconds later, and a terms-of-service page with an age gate for one kind of content; and a
// policy that does not say what it is until its text is read.
// Written for these tests. Built on request: site.ts imports this module and this one its helpers.
import { readFileSync } from 'node:fs';
import { escapeHtml, policyBody, provider } from './site.ts';

const SEEDS_DIR = new URL('../../../seeds/', import.meta.url);

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}
<style>body{font:16px/1.5 sans-serif;max-width:46rem;margin:0 auto;padding:1rem}</style></head>
<body><nav><a href="/shop">Home</a></nav>${body}<footer><a href="/shop">Home</a></footer></body></html>`;
}

const notFound = (): string => page('Privacy Policy', '<main><h1>Not found</h1><p>Sorry, the page you are looking for does not exist. Go back to the home page.</p></main>');

/** The policy the shell fills in, as the page's own script would render it. */
function loadingShell(): string {
  const seed = provider('county-micro');
  const html = `<article><h1>${escapeHtml(seed.name)} Privacy Policy</h1>\n${policyBody(readFileSync(new URL(seed.file, SEEDS_DIR), 'utf8'))}</article>`;
  const script = `<script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(html).replace(/</g, '\\u003c')}; window.__policyRenderedAt = performance.now(); }, 2000);</script>`;
  return page('Privacy Policy', '<main id="app"><p class="spinner">Loading…</p></main>', script);
}

export const TERMS_TEXT = `Terms of Service

These Terms of Service govern your use of the Example Video website and apps. By using the service you agree to these terms.

Your Account

You are responsible for keeping your password secret and for everything done with your account.

You must be at least 18 years old to view mature content. Some videos are marked as mature by their uploaders.

Acceptable Use

You may not upload content that infringes anyone's copyright, and you may not use the service to harass other people.

We may suspend or close accounts that break these terms.

Liability

The service is provided as is. To the extent the law allows, Example Video is not liable for indirect damages.

Changes

We may change these terms. If you keep using the service after a change, you accept the new terms.

Governing Law

These terms are governed by the laws of the State of Delaware.
`;

const terms = (): string => page('Terms of Service – Example Video', `<main><article>${policyBody(TERMS_TEXT)}</article></main>`);

/** A stub that only points to the real policy. */
const pointer = (): string => page('Privacy Policy', '<main><h1>Privacy Policy</h1><p>Our privacy policy has moved. Please read our main <a href="/policy/conifer">Privacy Policy</a>, which covers all our services.</p></main>');

/** The same pointer inside a page's worth of other text (the shop's story, its opening hours):
 *  more than a thin page (THIN_TEXT_CHARS), still no policy in it. */
export const LONG_POINTER_HTML = `<main><h1>Privacy Policy</h1>
<p>Thank you for visiting Conifer Outfitters. Since the shop moved to its new site, this page no longer holds our privacy policy. Our privacy policy has moved: please read our main <a href="/policy/conifer">Privacy Policy</a>, which covers the shop, the app and our stores.</p>
<h2>About Conifer Outfitters</h2>
<p>Conifer Outfitters has made tents, sleeping bags and rain jackets in the same workshop since 1987. Every item is sewn by hand, tested on the hills behind the workshop, and mended free of charge for as long as it lasts.</p>
<p>Our stores open from nine to six on weekdays and from ten to four on Saturdays. They are closed on Sundays and public holidays.</p>
<h2>Repairs and returns</h2>
<p>Bring a worn item to any of our stores, or post it to the workshop with a note describing the damage. Most repairs take two weeks. Unused items can be returned within sixty days with the receipt.</p>
<h2>Visit the workshop</h2>
<p>Tours of the workshop run on the first Saturday of each month. A tour takes about an hour and ends with tea in the garden behind the cutting room.</p>
<h2>Care of your gear</h2>
<p>Dry a tent before packing it away, even after a single night of dew. Wash a down sleeping bag rarely, at a low temperature, and tumble it dry with two clean tennis balls so that the down does not clump. Reproof a rain jacket once a season, or sooner when water stops beading on the shoulders.</p>
</main>`;

/** A policy whose address, title and headings leave the detector's quick stage undecided
 *  ('maybe': a privacy cue in the title, no policy name, no headings), so the page's text is
 *  scored, with the vocabulary the worker sends the content script on request. */
function undecided(): string {
  const seed = provider('county-micro');
  const body = policyBody(readFileSync(new URL(seed.file, SEEDS_DIR), 'utf8')).replace(/<(\/?)h2>/g, '<$1p>');
  return page(`${seed.name} – Privacy`, `<main><article>${body}</article></main>`);
}

export function settleRoute(path: string): { body: string } | undefined {
  if (path === '/about/county-micro') return { body: undecided() };
  if (path === '/privacy-policy/moved') return { body: pointer() };
  if (path === '/privacy-policy/moved-long') return { body: page('Privacy Policy', LONG_POINTER_HTML) };
  if (path === '/privacy-policy/missing') return { body: notFound() };
  if (path === '/privacy-policy/loading') return { body: loadingShell() };
  if (path === '/legal/terms') return { body: terms() };
  return undefined;
}
