// "fr" → "French" for the language-unsupported message; the raw value when the browser
// does not know it (or the detector only said "unsupported").
export function languageName(code: string): string | undefined {
  if (!code || code === 'unsupported' || code === 'und') return undefined;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
