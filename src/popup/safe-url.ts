// Policy links come from the page's content script, so they are untrusted: only plain web
// addresses may be opened from the popup (never javascript:, data: or extension URLs).
export function isOpenableUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
