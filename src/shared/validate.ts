// Runtime validation of every message in the protocol map. Content scripts run inside pages we do
// not control, so whatever arrives is untrusted: only the allow-listed types pass, every payload
// field is type- and size-checked, and the result is a fresh object holding only the known fields
// (extra keys, `__proto__` and friends never reach a handler).
import type { Block, BlockKind } from '../engine/types.ts';
import { LIMITS } from './limits.ts';
import { FAILURE_REASONS, type DetectionResult, type FailureReason, type Message, type MessageType, type PolicyLink, type RequestOf } from './protocol.ts';

export type ParseResult<T extends MessageType = MessageType> = { ok: true; message: Message<T> } | { ok: false; error: string };

class Invalid extends Error {}

type Fields = Record<string, unknown>;

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(`${path} must be an object`);
  return value as Fields;
}

/** Own properties only: an inherited `constructor` or a polluted prototype is never a field. */
function field(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function string(value: unknown, path: string, maxLength: number): string {
  if (typeof value !== 'string') throw new Invalid(`${path} must be a string`);
  if (value.length > maxLength) throw new Invalid(`${path} is longer than ${maxLength} characters`);
  return value;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Invalid(`${path} must be a boolean`);
  return value;
}

/** A flag that is either absent or true. */
function isTrue(value: unknown, path: string): true {
  if (value !== true) throw new Invalid(`${path} must be true when present`);
  return value;
}

function failureReason(value: unknown, path: string): FailureReason {
  if (!FAILURE_REASONS.includes(value as FailureReason)) throw new Invalid(`${path} must be one of ${FAILURE_REASONS.join(', ')}`);
  return value as FailureReason;
}

function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Invalid(`${path} must be an integer`);
  if (value < min || value > max) throw new Invalid(`${path} must be between ${min} and ${max}`);
  return value;
}

function array<T>(value: unknown, path: string, maxLength: number, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new Invalid(`${path} must be an array`);
  if (value.length > maxLength) throw new Invalid(`${path} has more than ${maxLength} items`);
  return value.map((entry, i) => item(entry, `${path}[${i}]`));
}

function httpUrl(value: unknown, path: string): string {
  const url = string(value, path, LIMITS.urlLength);
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Invalid(`${path} must be an absolute URL`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new Invalid(`${path} must be an http(s) URL`);
  return url;
}

function policyLink(value: unknown, path: string): PolicyLink {
  const fields = record(value, path);
  return {
    href: httpUrl(field(fields, 'href'), `${path}.href`),
    text: string(field(fields, 'text'), `${path}.text`, LIMITS.linkTextLength),
  };
}

function detection(value: unknown, path: string): DetectionResult {
  const fields = record(value, path);
  const score = field(fields, 'score');
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) throw new Invalid(`${path}.score must be a number from 0 to 1`);
  const stage = field(fields, 'stage');
  if (stage !== 'quick' && stage !== 'full') throw new Invalid(`${path}.stage must be 'quick' or 'full'`);
  return { isPolicy: boolean(field(fields, 'isPolicy'), `${path}.isPolicy`), score, stage };
}

const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'paragraph', 'list-item'];

/** Offsets must lie inside the text they index; the engine also sorts and de-overlaps them. */
function block(textLength: number) {
  return (value: unknown, path: string): Block => {
    const fields = record(value, path);
    const kind = field(fields, 'kind');
    if (!BLOCK_KINDS.includes(kind as BlockKind)) throw new Invalid(`${path}.kind must be one of ${BLOCK_KINDS.join(', ')}`);
    const start = integer(field(fields, 'start'), `${path}.start`, 0, textLength);
    const end = integer(field(fields, 'end'), `${path}.end`, start, textLength);
    return { kind: kind as BlockKind, start, end };
  };
}

/** A display name: trimmed, not blank. */
function entryName(value: unknown, path: string): string {
  const name = string(value, path, LIMITS.entryNameLength).trim();
  if (name === '') throw new Invalid(`${path} must not be blank`);
  return name;
}

function entryId(value: unknown, path: string): string {
  const id = string(value, path, LIMITS.entryIdLength);
  if (id === '') throw new Invalid(`${path} must not be empty`);
  return id;
}

function tabId(fields: Fields, path: string): number {
  return integer(field(fields, 'tabId'), `${path}.tabId`, 0, Number.MAX_SAFE_INTEGER);
}

function empty(value: unknown, path: string): Record<string, never> {
  record(value, path);
  return {};
}

type Validator<K extends MessageType> = (payload: unknown, path: string) => RequestOf<K>;
type Validators<T extends MessageType> = { [K in T]: Validator<K> };
type PageType = Extract<MessageType, `page/${string}`>;
type PopupType = Extract<MessageType, `popup/${string}`>;
export type ContentType = Extract<MessageType, `content/${string}`>;

// Null-prototype tables, so `toString` or `__proto__` is no type; one per direction, each
// marked pure, so that a bundle that reads one table (the content script reads only the
// content/* one) carries no other.

/** content script → background */
const pageValidators: Validators<PageType> = /* @__PURE__ */ Object.assign(Object.create(null) as object, {
  'page/detected': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    return {
      url: httpUrl(field(fields, 'url'), `${path}.url`),
      title: string(field(fields, 'title'), `${path}.title`, LIMITS.titleLength),
      detection: detection(field(fields, 'detection'), `${path}.detection`),
      ...(field(fields, 'policyLinks') === undefined ? {} : { policyLinks: array(field(fields, 'policyLinks'), `${path}.policyLinks`, LIMITS.policyLinks, policyLink) }),
    };
  },
  'page/policy-text': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    const text = string(field(fields, 'text'), `${path}.text`, LIMITS.textLength);
    return {
      url: httpUrl(field(fields, 'url'), `${path}.url`),
      title: string(field(fields, 'title'), `${path}.title`, LIMITS.titleLength),
      text,
      blocks: array(field(fields, 'blocks'), `${path}.blocks`, LIMITS.blocks, block(text.length)),
      detection: detection(field(fields, 'detection'), `${path}.detection`),
      ...(field(fields, 'policyLinks') === undefined ? {} : { policyLinks: array(field(fields, 'policyLinks'), `${path}.policyLinks`, LIMITS.policyLinks, policyLink) }),
      ...(field(fields, 'cut') === undefined ? {} : { cut: isTrue(field(fields, 'cut'), `${path}.cut`) }),
    };
  },
  'page/failed': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    return {
      url: httpUrl(field(fields, 'url'), `${path}.url`),
      reason: failureReason(field(fields, 'reason'), `${path}.reason`),
      detail: string(field(fields, 'detail'), `${path}.detail`, LIMITS.failureDetailLength),
    };
  },
  'page/get-analysis': empty,
  'page/get-detect-vocabulary': empty,
  'page/get-glosses': (payload: unknown, path: string) => ({
    ruleIds: array(field(record(payload, path), 'ruleIds'), `${path}.ruleIds`, LIMITS.glossIds, (value, p) => string(value, p, LIMITS.ruleIdLength)),
  }),
});

/** popup and extension pages → background */
const popupValidators: Validators<PopupType> = /* @__PURE__ */ Object.assign(Object.create(null) as object, {
  'popup/get-state': (payload: unknown, path: string) => ({ tabId: tabId(record(payload, path), path) }),
  'popup/library-list': empty,
  'popup/library-save': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    const name = field(fields, 'name');
    const id = tabId(fields, path);
    return name === undefined ? { tabId: id } : { tabId: id, name: entryName(name, `${path}.name`) };
  },
  'popup/library-save-text': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    const text = string(field(fields, 'text'), `${path}.text`, LIMITS.textLength);
    if (text.trim() === '') throw new Invalid(`${path}.text must not be blank`);
    return { name: entryName(field(fields, 'name'), `${path}.name`), text };
  },
  'popup/library-rename': (payload: unknown, path: string) => {
    const fields = record(payload, path);
    return { id: entryId(field(fields, 'id'), `${path}.id`), name: entryName(field(fields, 'name'), `${path}.name`) };
  },
  'popup/library-delete': (payload: unknown, path: string) => ({
    id: entryId(field(record(payload, path), 'id'), `${path}.id`),
  }),
  'popup/library-export': empty,
  'popup/library-import': (payload: unknown, path: string) => ({
    json: string(field(record(payload, path), 'json'), `${path}.json`, LIMITS.importLength),
  }),
  'popup/library-get': (payload: unknown, path: string) => ({
    ids: array(field(record(payload, path), 'ids'), `${path}.ids`, LIMITS.libraryGetIds, entryId),
  }),
});

/** popup → content script */
const contentValidators: Validators<ContentType> = /* @__PURE__ */ Object.assign(Object.create(null) as object, {
  'content/set-highlights': (payload: unknown, path: string) => ({
    on: boolean(field(record(payload, path), 'on'), `${path}.on`),
  }),
  'content/scroll-to': (payload: unknown, path: string) => ({
    sentenceIndex: integer(field(record(payload, path), 'sentenceIndex'), `${path}.sentenceIndex`, 0, Number.MAX_SAFE_INTEGER),
  }),
  'content/get-policy-links': empty,
  'content/get-highlights': empty,
  'content/analyse-anyway': empty,
  'content/page-info': empty,
});

/** One validator per message type (a type of no known direction fails to compile here). */
const validators: Validators<MessageType> = /* @__PURE__ */ Object.assign(Object.create(null) as object, pageValidators, popupValidators, contentValidators);

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(validators, type);
}

function build<K extends MessageType>(type: K, payload: unknown, table: Partial<Validators<MessageType>>): Message<K> {
  const validate = table[type] as Validator<K>;
  // The mapped `Message<K>` cannot be narrowed from a generic K; the validator makes it true.
  return { type, payload: validate(payload, 'payload') } as Message<K>;
}

function parseWith<T extends MessageType>(raw: unknown, table: Validators<T>): ParseResult<T> {
  try {
    const fields = record(raw, 'message');
    const type = field(fields, 'type');
    if (typeof type !== 'string') throw new Invalid('message.type must be a string');
    if (!Object.hasOwn(table, type)) throw new Invalid(`unknown message type ${JSON.stringify(type.slice(0, 100))}`);
    return { ok: true, message: build(type as T, field(fields, 'payload'), table) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    // A getter or proxy that throws while being read is malformed input too.
    return { ok: false, error: `malformed message: ${String(error)}` };
  }
}

/** Never throws: malformed input becomes `{ ok: false, error }` naming the offending field. */
export function parseMessage(raw: unknown): ParseResult {
  return parseWith(raw, validators);
}

/** The content script's front door: only content/* requests pass, validated as parseMessage does. */
export function parseContentRequest(raw: unknown): ParseResult<ContentType> {
  return parseWith(raw, contentValidators);
}
