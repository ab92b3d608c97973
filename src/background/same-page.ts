// Which URL changes leave the person on the same page — the content script's rule (its
// page-key.ts; contexts may not import each other): following a policy's table of contents
// changes only the hash (#cookies) and keeps the analysis; hash routers (#/x, #!/x) navigate.
function pageKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  const fragment = href.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? href : href.slice(0, hash);
}

export function samePage(a: string, b: string): boolean {
  return pageKey(a) === pageKey(b);
}
