// The popup's pure decisions, in Node: which tab, which links may be opened, what the paste
// page refuses, and the URL parameters of the popup page.
import '../support/i18n-en.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/popup/language-name.ts';
import { analyseInput } from '../../src/popup/paste/analyse-input.ts';
import { checkContent, fileKindOf, looksBinary } from '../../src/popup/paste/read-policy-file.ts';
import { isOpenableUrl } from '../../src/popup/safe-url.ts';
import { compareIdsFromSearch, comparePagePath, tabIdFromSearch } from '../../src/popup/tab-id.ts';

describe('tabIdFromSearch', () => {
  it('reads a plain integer', () => expect(tabIdFromSearch('?tabId=42')).toBe(42));
  it('ignores a missing, negative, fractional or junk id', () => {
    for (const search of ['', '?x=1', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '?tabId=', '?tabId=99999999999999999999'])
      expect(tabIdFromSearch(search), search).toBeUndefined();
  });
});

describe('the comparison opened in a tab', () => {
  it('names its tab and entries in the URL, and reads them back', () => {
    const path = comparePagePath(7, ['builtin:signal', 'abc']);
    expect(path).toBe('src/popup/index.html?tabId=7&compare=builtin%3Asignal%2Cabc');
    const search = path.slice(path.indexOf('?'));
    expect(tabIdFromSearch(search)).toBe(7);
    expect(compareIdsFromSearch(search)).toEqual(['builtin:signal', 'abc']);
  });
  it('has no entries without the parameter or with an empty one', () => {
    expect(compareIdsFromSearch('?tabId=1')).toBeUndefined();
    expect(compareIdsFromSearch('?compare=,,')).toBeUndefined();
  });
});

describe('isOpenableUrl', () => {
  it('opens http and https links only', () => {
    expect(isOpenableUrl('https://example.com/privacy')).toBe(true);
    expect(isOpenableUrl('http://example.com/privacy')).toBe(true);
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'chrome://settings', 'file:///etc/passwd', 'not a url'])
      expect(isOpenableUrl(href), href).toBe(false);
  });
});

describe('languageName', () => {
  it('names a language code and says nothing for the bare "unsupported"', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('unsupported')).toBeUndefined();
  });
});

describe('paste input checks', () => {
  it('accepts .txt and .html by name or type and refuses the rest', () => {
    expect(fileKindOf('policy.TXT', '')).toBe('text');
    expect(fileKindOf('policy.htm', '')).toBe('html');
    expect(fileKindOf('blob', 'text/html')).toBe('html');
    expect(fileKindOf('policy.pdf', 'application/pdf')).toBeUndefined();
    expect(fileKindOf('policy.docx', '')).toBeUndefined();
  });
  it('calls NUL bytes and undecodable bytes binary, and ordinary text not', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true);
    expect(looksBinary('\ufffd\ufffd\ufffdab')).toBe(true);
    expect(looksBinary('We collect your name.\n\tAnd your email.\r\n')).toBe(false);
  });
  it('refuses an empty file with a message', () => {
    expect(checkContent('text', '  \n ')).toEqual({ ok: false, message: 'This file is empty.' });
  });
  it('refuses empty and too-short text, and analyses a real policy, keeping the text it read', () => {
    expect(analyseInput('text', '   ').ok).toBe(false);
    expect(analyseInput('html', '<html><body><script>x()</script></body></html>').ok).toBe(false);
    expect(analyseInput('text', 'We collect data.').ok).toBe(false);
    const text = readFileSync(resolve(import.meta.dirname, '../../seeds/000_033c2eef7324457c.txt'), 'utf8');
    const result = analyseInput('text', text);
    expect(result.ok && result.analysis.summary.length > 0).toBe(true);
    expect(result.ok && result.text, 'the text saved to the library is the text analysed').toBe(text);
  });
  it('reads HTML into text, so markup in a policy stays text and scripts are dropped', () => {
    const paragraph = '<p>We collect your name, email address and phone number when you create an account with us, and we use them to run the service.</p>';
    const result = analyseInput('html', `<h1>Privacy Policy</h1>${paragraph}${paragraph}<script>alert(1)</script>`);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.analysis.sentences.some((s) => s.text.includes('alert'))).toBe(false);
      expect(result.text, 'the HTML file is saved as its readable text').not.toContain('<p>');
    }
  });
});
