// parseMessage is the background's front door for untrusted content-script messages: every
// protocol type has a valid example, each kind of malformation is rejected with the field named,
// and nothing a page sends can reach a handler as anything but the protocol's shape.
import { describe, expect, it } from 'vitest';
import type { MessageType } from '../../src/shared/protocol.ts';
import { LIMITS } from '../../src/shared/limits.ts';
import { parseMessage } from '../../src/shared/validate.ts';

const detection = { isPolicy: true, score: 0.93, stage: 'full' };
const text = 'Privacy Policy\n\nWe collect your email address.';

const valid: Record<MessageType, unknown> = {
  'page/detected': {
    url: 'https://example.com/privacy',
    title: 'Privacy Policy',
    detection,
    policyLinks: [{ href: 'https://example.com/legal/privacy', text: 'Privacy' }],
  },
  'page/policy-text': {
    url: 'https://example.com/privacy',
    title: 'Privacy Policy',
    text,
    blocks: [{ kind: 'heading', start: 0, end: 14 }, { kind: 'paragraph', start: 16, end: text.length }],
    detection,
  },
  'page/failed': { url: 'https://example.com/privacy', reason: 'stopped', detail: 'no reply' },
  'page/get-analysis': {},
  'page/get-glosses': { ruleIds: ['retention.stated-period', 'third-party.vendors'] },
  'page/get-detect-vocabulary': {},
  'popup/get-state': { tabId: 42 },
  'popup/library-list': {},
  'popup/library-save': { tabId: 42, name: 'Example' },
  'popup/library-save-text': { name: 'Pasted policy', text },
  'popup/library-rename': { id: 'abc', name: 'Example Inc.' },
  'popup/library-delete': { id: 'abc' },
  'popup/library-export': {},
  'popup/library-import': { json: '{"schemaVersion":1,"entries":[]}' },
  'popup/library-get': { ids: ['builtin:conifer', 'abc'] },
  'content/set-highlights': { on: true },
  'content/scroll-to': { sentenceIndex: 3 },
  'content/get-policy-links': {},
  'content/get-highlights': {},
  'content/analyse-anyway': {},
  'content/page-info': {},
};

/** A deep copy of a valid payload with one change applied. */
function variant(type: MessageType, change: (payload: Record<string, unknown>) => void): unknown {
  const payload = structuredClone(valid[type]) as Record<string, unknown>;
  change(payload);
  return { type, payload };
}

function errorOf(raw: unknown): string {
  const result = parseMessage(raw);
  expect(result.ok, 'rejected').toBe(false);
  return result.ok ? '' : result.error;
}

describe('every protocol type parses when well formed', () => {
  for (const [type, payload] of Object.entries(valid)) {
    it(type, () => {
      const result = parseMessage({ type, payload });
      expect(result, `${type} accepted`).toEqual({ ok: true, message: { type, payload } });
    });
  }

  it('accepts a policy page with no policy links, empty blocks and a score of exactly 0 or 1', () => {
    expect(parseMessage(variant('page/detected', (p) => { p['policyLinks'] = []; p['detection'] = { ...detection, score: 0 }; })).ok).toBe(true);
    const noLinks = parseMessage(variant('page/detected', (p) => { delete p['policyLinks']; }));
    expect(noLinks.ok && noLinks.message.payload, 'policy links left out: the popup asks the page for them').not.toHaveProperty('policyLinks');
    expect(parseMessage(variant('page/policy-text', (p) => { p['blocks'] = []; p['detection'] = { ...detection, score: 1 }; })).ok).toBe(true);
    expect(parseMessage(variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'list-item', start: 5, end: 5 }]; })).ok, 'zero-length block').toBe(true);
  });
});

describe('the envelope', () => {
  it('rejects what is not a message object', () => {
    for (const raw of [undefined, null, 'page/detected', 42, [], [valid['page/detected']]]) {
      expect(errorOf(raw), `raw ${String(raw)}`).toBe('message must be an object');
    }
  });

  it('rejects a missing or non-string type', () => {
    expect(errorOf({ payload: {} })).toBe('message.type must be a string');
    expect(errorOf({ type: 7, payload: {} })).toBe('message.type must be a string');
  });

  it('rejects unknown types, including near misses and Object.prototype names', () => {
    for (const type of ['page/unknown', 'PAGE/DETECTED', 'page/detected ', '', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(errorOf({ type, payload: {} }), `type ${type}`).toMatch(/^unknown message type/);
    }
  });

  it('rejects a missing payload, naming it', () => {
    expect(errorOf({ type: 'popup/get-state' })).toBe('payload must be an object');
    expect(errorOf({ type: 'page/get-analysis', payload: null })).toBe('payload must be an object');
  });

  it('turns a throwing getter into an error instead of an exception', () => {
    const raw = { type: 'popup/get-state', get payload(): unknown { throw new Error('boom'); } };
    expect(errorOf(raw)).toMatch(/malformed message: Error: boom/);
  });
});

describe('each kind of malformed field is rejected and named', () => {
  const cases: [string, unknown, RegExp][] = [
    ['missing url', variant('page/detected', (p) => { delete p['url']; }), /^payload\.url must be a string$/],
    ['url of the wrong type', variant('page/detected', (p) => { p['url'] = 1; }), /^payload\.url must be a string$/],
    ['relative url', variant('page/detected', (p) => { p['url'] = '/privacy'; }), /^payload\.url must be an absolute URL$/],
    ['javascript: url', variant('page/policy-text', (p) => { p['url'] = 'javascript:alert(1)'; }), /^payload\.url must be an http\(s\) URL$/],
    ['title of the wrong type', variant('page/detected', (p) => { p['title'] = ['Privacy']; }), /^payload\.title must be a string$/],
    ['title too long', variant('page/detected', (p) => { p['title'] = 'x'.repeat(5_000); }), /^payload\.title is longer than/],
    ['detection missing', variant('page/detected', (p) => { delete p['detection']; }), /^payload\.detection must be an object$/],
    ['isPolicy as a string', variant('page/detected', (p) => { p['detection'] = { ...detection, isPolicy: 'true' }; }), /^payload\.detection\.isPolicy must be a boolean$/],
    ['score above 1', variant('page/detected', (p) => { p['detection'] = { ...detection, score: 1.5 }; }), /^payload\.detection\.score must be a number from 0 to 1$/],
    ['score NaN', variant('page/policy-text', (p) => { p['detection'] = { ...detection, score: NaN }; }), /^payload\.detection\.score/],
    ['unknown stage', variant('page/detected', (p) => { p['detection'] = { ...detection, stage: 'slow' }; }), /^payload\.detection\.stage must be 'quick' or 'full'$/],
    ['policyLinks not an array', variant('page/detected', (p) => { p['policyLinks'] = { 0: {} }; }), /^payload\.policyLinks must be an array$/],
    ['too many policy links', variant('page/detected', (p) => { p['policyLinks'] = Array.from({ length: LIMITS.policyLinks + 1 }, () => ({ href: 'https://a.example/', text: 'a' })); }), /^payload\.policyLinks has more than/],
    ['policy link not an object', variant('page/detected', (p) => { p['policyLinks'] = ['https://a.example/']; }), /^payload\.policyLinks\[0\] must be an object$/],
    ['policy link to data:', variant('page/detected', (p) => { p['policyLinks'] = [{ href: 'https://a.example/', text: 'a' }, { href: 'data:text/html,hi', text: 'b' }]; }), /^payload\.policyLinks\[1\]\.href must be an http\(s\) URL$/],
    ['policy link without text', variant('page/detected', (p) => { p['policyLinks'] = [{ href: 'https://a.example/' }]; }), /^payload\.policyLinks\[0\]\.text must be a string$/],
    ['text missing', variant('page/policy-text', (p) => { delete p['text']; }), /^payload\.text must be a string$/],
    ['text over the size limit', variant('page/policy-text', (p) => { p['text'] = 'a'.repeat(LIMITS.textLength + 1); p['blocks'] = []; }), /^payload\.text is longer than/],
    ['blocks missing', variant('page/policy-text', (p) => { delete p['blocks']; }), /^payload\.blocks must be an array$/],
    ['unknown block kind', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'table', start: 0, end: 1 }]; }), /^payload\.blocks\[0\]\.kind must be one of heading, paragraph, list-item$/],
    ['fractional offset', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'paragraph', start: 0.5, end: 2 }]; }), /^payload\.blocks\[0\]\.start must be an integer$/],
    ['negative offset', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'paragraph', start: -1, end: 2 }]; }), /^payload\.blocks\[0\]\.start must be between 0 and/],
    ['end past the text', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'paragraph', start: 0, end: text.length + 1 }]; }), /^payload\.blocks\[0\]\.end must be between 0 and \d+$/],
    ['end before start', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'paragraph', start: 10, end: 4 }]; }), /^payload\.blocks\[0\]\.end must be between 10 and/],
    ['offset as a string', variant('page/policy-text', (p) => { p['blocks'] = [{ kind: 'paragraph', start: '0', end: 4 }]; }), /^payload\.blocks\[0\]\.start must be an integer$/],
    ['tabId as a string', variant('popup/get-state', (p) => { p['tabId'] = '42'; }), /^payload\.tabId must be an integer$/],
    ['tabId -1 (TAB_ID_NONE)', variant('popup/get-state', (p) => { p['tabId'] = -1; }), /^payload\.tabId must be between 0 and/],
    ['tabId Infinity', variant('popup/get-state', (p) => { p['tabId'] = Infinity; }), /^payload\.tabId must be an integer$/],
    ['on as a number', variant('content/set-highlights', (p) => { p['on'] = 1; }), /^payload\.on must be a boolean$/],
    ['sentenceIndex fractional', variant('content/scroll-to', (p) => { p['sentenceIndex'] = 1.5; }), /^payload\.sentenceIndex must be an integer$/],
    ['empty payload as an array', { type: 'content/get-policy-links', payload: [] }, /^payload must be an object$/],
    ['rule ids not an array', variant('page/get-glosses', (p) => { p['ruleIds'] = 'retention.stated-period'; }), /^payload\.ruleIds must be an array$/],
    ['a rule id not a string', variant('page/get-glosses', (p) => { p['ruleIds'] = ['a', 3]; }), /^payload\.ruleIds\[1\] must be a string$/],
    ['pasted text blank', variant('popup/library-save-text', (p) => { p['text'] = ' \n '; }), /^payload\.text must not be blank$/],
    ['pasted name blank', variant('popup/library-save-text', (p) => { p['name'] = '  '; }), /^payload\.name must not be blank$/],
    ['cut as false', variant('page/policy-text', (p) => { p['cut'] = false; }), /^payload\.cut must be true when present$/],
    ['unknown failure reason', variant('page/failed', (p) => { p['reason'] = 'crashed'; }), /^payload\.reason must be one of refused, failed, stopped$/],
    ['failure without detail', variant('page/failed', (p) => { delete p['detail']; }), /^payload\.detail must be a string$/],
  ];
  for (const [name, raw, error] of cases) {
    it(name, () => expect(errorOf(raw)).toMatch(error));
  }
});

describe('prototype-pollution keys are harmless', () => {
  it('a __proto__ payload key (as JSON.parse makes it) neither pollutes nor passes through', () => {
    const raw: unknown = JSON.parse('{"type":"popup/get-state","payload":{"tabId":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}');
    const result = parseMessage(raw);
    expect(result).toEqual({ ok: true, message: { type: 'popup/get-state', payload: { tabId: 1 } } });
    if (!result.ok) return;
    expect(Object.keys(result.message.payload), 'only protocol fields survive').toEqual(['tabId']);
    expect(Object.getPrototypeOf(result.message.payload), 'payload is a plain object').toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype untouched').toBeUndefined();
  });

  it('inherited fields do not count: a payload whose prototype carries tabId is rejected', () => {
    const payload = Object.create({ tabId: 3 }) as object;
    expect(errorOf({ type: 'popup/get-state', payload })).toBe('payload.tabId must be an integer');
  });

  it('an inherited type does not count either', () => {
    const raw = Object.create({ type: 'popup/get-state' }) as Record<string, unknown>;
    raw['payload'] = { tabId: 1 };
    expect(errorOf(raw)).toBe('message.type must be a string');
  });

  it('extra fields are dropped, not passed on', () => {
    const result = parseMessage(variant('page/policy-text', (p) => {
      p['extra'] = 'x';
      p['blocks'] = [{ kind: 'heading', start: 0, end: 14, onclick: 'x' }];
      p['detection'] = { ...detection, html: '<script>' };
    }));
    expect(result.ok).toBe(true);
    if (!result.ok || result.message.type !== 'page/policy-text') return;
    expect(Object.keys(result.message.payload).sort()).toEqual(['blocks', 'detection', 'text', 'title', 'url']);
    expect(result.message.payload.blocks).toEqual([{ kind: 'heading', start: 0, end: 14 }]);
    expect(result.message.payload.detection).toEqual(detection);
  });
});

/** A URL of exactly `length` characters. */
function urlOf(length: number): string {
  const base = 'https://example.com/';
  return base + 'a'.repeat(length - base.length);
}

/** One message per limit: `at` builds it with a value exactly at the limit, `over` one past it. */
const limitCases: { limit: keyof typeof LIMITS; at: () => unknown; over: () => unknown; error: RegExp }[] = [
  { limit: 'textLength', at: () => variant('page/policy-text', (p) => { p['text'] = 'a'.repeat(LIMITS.textLength); p['blocks'] = []; }), over: () => variant('page/policy-text', (p) => { p['text'] = 'a'.repeat(LIMITS.textLength + 1); p['blocks'] = []; }), error: /^payload\.text is longer than 5242880 characters$/ },
  { limit: 'blocks', at: () => variant('page/policy-text', (p) => { p['blocks'] = Array.from({ length: LIMITS.blocks }, () => ({ kind: 'paragraph', start: 0, end: 1 })); }), over: () => variant('page/policy-text', (p) => { p['blocks'] = Array.from({ length: LIMITS.blocks + 1 }, () => ({ kind: 'paragraph', start: 0, end: 1 })); }), error: /^payload\.blocks has more than 100000 items$/ },
  { limit: 'urlLength', at: () => variant('page/detected', (p) => { p['url'] = urlOf(LIMITS.urlLength); }), over: () => variant('page/detected', (p) => { p['url'] = urlOf(LIMITS.urlLength + 1); }), error: /^payload\.url is longer than 8192 characters$/ },
  { limit: 'titleLength', at: () => variant('page/policy-text', (p) => { p['title'] = 't'.repeat(LIMITS.titleLength); }), over: () => variant('page/policy-text', (p) => { p['title'] = 't'.repeat(LIMITS.titleLength + 1); }), error: /^payload\.title is longer than 4096 characters$/ },
  { limit: 'policyLinks', at: () => variant('page/detected', (p) => { p['policyLinks'] = Array.from({ length: LIMITS.policyLinks }, () => ({ href: 'https://a.example/', text: 'a' })); }), over: () => variant('page/detected', (p) => { p['policyLinks'] = Array.from({ length: LIMITS.policyLinks + 1 }, () => ({ href: 'https://a.example/', text: 'a' })); }), error: /^payload\.policyLinks has more than 500 items$/ },
  { limit: 'linkTextLength', at: () => variant('page/detected', (p) => { p['policyLinks'] = [{ href: 'https://a.example/', text: 'p'.repeat(LIMITS.linkTextLength) }]; }), over: () => variant('page/detected', (p) => { p['policyLinks'] = [{ href: 'https://a.example/', text: 'p'.repeat(LIMITS.linkTextLength + 1) }]; }), error: /^payload\.policyLinks\[0\]\.text is longer than 1000 characters$/ },
  { limit: 'entryNameLength', at: () => variant('popup/library-rename', (p) => { p['name'] = 'n'.repeat(LIMITS.entryNameLength); }), over: () => variant('popup/library-rename', (p) => { p['name'] = 'n'.repeat(LIMITS.entryNameLength + 1); }), error: /^payload\.name is longer than 200 characters$/ },
  { limit: 'entryIdLength', at: () => variant('popup/library-delete', (p) => { p['id'] = 'i'.repeat(LIMITS.entryIdLength); }), over: () => variant('popup/library-delete', (p) => { p['id'] = 'i'.repeat(LIMITS.entryIdLength + 1); }), error: /^payload\.id is longer than 200 characters$/ },
  { limit: 'libraryGetIds', at: () => variant('popup/library-get', (p) => { p['ids'] = Array.from({ length: LIMITS.libraryGetIds }, (_, i) => `id${i}`); }), over: () => variant('popup/library-get', (p) => { p['ids'] = Array.from({ length: LIMITS.libraryGetIds + 1 }, (_, i) => `id${i}`); }), error: /^payload\.ids has more than 20 items$/ },
  { limit: 'glossIds', at: () => variant('page/get-glosses', (p) => { p['ruleIds'] = Array.from({ length: LIMITS.glossIds }, (_, i) => `r${i}`); }), over: () => variant('page/get-glosses', (p) => { p['ruleIds'] = Array.from({ length: LIMITS.glossIds + 1 }, (_, i) => `r${i}`); }), error: /^payload\.ruleIds has more than 2000 items$/ },
  { limit: 'ruleIdLength', at: () => variant('page/get-glosses', (p) => { p['ruleIds'] = ['r'.repeat(LIMITS.ruleIdLength)]; }), over: () => variant('page/get-glosses', (p) => { p['ruleIds'] = ['r'.repeat(LIMITS.ruleIdLength + 1)]; }), error: /^payload\.ruleIds\[0\] is longer than 200 characters$/ },
  { limit: 'importLength', at: () => variant('popup/library-import', (p) => { p['json'] = ' '.repeat(LIMITS.importLength); }), over: () => variant('popup/library-import', (p) => { p['json'] = ' '.repeat(LIMITS.importLength + 1); }), error: /^payload\.json is longer than 52428800 characters$/ },
  { limit: 'failureDetailLength', at: () => variant('page/failed', (p) => { p['detail'] = 'd'.repeat(LIMITS.failureDetailLength); }), over: () => variant('page/failed', (p) => { p['detail'] = 'd'.repeat(LIMITS.failureDetailLength + 1); }), error: /^payload\.detail is longer than 500 characters$/ },
];

describe('every limit, on both sides', () => {
  it('each limit in LIMITS has a case here', () => {
    expect(limitCases.map((c) => c.limit).sort()).toEqual(Object.keys(LIMITS).sort());
  });

  for (const { limit, at, over, error } of limitCases) {
    it(`${limit}: at the limit is accepted, one past it refused`, () => {
      const accepted = parseMessage(at());
      expect(accepted.ok ? 'accepted' : accepted.error, `${limit} = ${LIMITS[limit]}`).toBe('accepted');
      expect(errorOf(over())).toMatch(error);
    });
  }
});
