// Which URL changes make a new page. Following a policy's table of contents changes the hash
// (#cookies) and must not count; hash routers (#/privacy, #!/terms) do navigate.
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  const fragment = href.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? href : href.slice(0, hash);
}
