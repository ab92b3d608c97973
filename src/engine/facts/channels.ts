// Finding ways to reach the provider in or near a sentence. Shared by the contact, choices,
// rights, children and regions extractors. Postal addresses are assembled from the short lines
// above a "City, ST 12345" line, whether the segmenter made each line a sentence (the seed
// labels do) or kept the block as one sentence with line breaks.
import { CHANNEL_RULES, INLINE_POSTAL, POINTS_AHEAD, ZIP_LINE, type ChannelRule } from '../../rules/facts/channels.ts';
import type { FactContext } from './context.ts';
import { cite, FactList, insertSorted } from './evidence.ts';
import { collapseSpaces } from './spaces.ts';
import type { Channel, ContactItem } from './types.ts';

/** Longest line still read as part of an address block. */
const ADDRESS_LINE_MAX = 60;
/** Lines above the city line an address may have (name, department, street, suite). */
const ADDRESS_LINES_ABOVE = 4;
/** How far past a sentence that points ahead ("contact us at:") its channels may be. */
const LOOK_AHEAD = 8;
/** A following sentence this long without a channel ends the look-ahead: prose resumed. */
const PROSE_LENGTH = 80;

interface Line {
  text: string;
  sentence: number;
}

/** The lines of every sentence; lines too long for an address are kept (they end a block)
 *  but not tidied, which is most of the text. */
function linesOf(ctx: FactContext): Line[] {
  const lines: Line[] = [];
  ctx.sentences.forEach((s, sentence) => {
    for (const raw of s.text.split('\n')) {
      const text = raw.length > ADDRESS_LINE_MAX * 2 ? raw : collapseSpaces(raw);
      if (text !== '') lines.push({ text, sentence });
    }
  });
  return lines;
}

/** Every postal address in the policy, with the sentences its lines come from. */
export function postalAddresses(ctx: FactContext): ContactItem[] {
  return ctx.memo('postal-addresses', () => {
    const found = new FactList<string, ContactItem>((value) => ({ value, evidence: [], ruleIds: [] }));
    const lines = linesOf(ctx);
    const inBlock = new Set<number>();
    lines.forEach((line, k) => {
      if (line.text.length > ADDRESS_LINE_MAX) return;
      const zip = ZIP_LINE.pattern.exec(line.text);
      if (!zip || zip.index + zip[0].length < line.text.length - 1) return;
      const block = [line];
      for (let j = k - 1; j >= 0 && block.length <= ADDRESS_LINES_ABOVE; j--) {
        const above = lines[j];
        if (!above || above.text.length > ADDRESS_LINE_MAX || /:$/.test(above.text) || /@|https?:|www\./.test(above.text)) break;
        block.unshift(above);
      }
      if (block.length < 2) return; // a city line alone is not an address to write to
      const fact = found.get(block.map((l) => l.text.replace(/[,;]\s*$/, '')).join(', '));
      for (const l of block) {
        cite(fact, l.sentence, ZIP_LINE.id);
        inBlock.add(l.sentence);
      }
    });
    ctx.texts.forEach((_text, i) => {
      if (inBlock.has(i)) return;
      for (const m of ctx.matches(INLINE_POSTAL.pattern, i)) cite(found.get(m[0]), i, INLINE_POSTAL.id);
    });
    return found.values();
  });
}

/** The value of an email address the copy of the page hid ("[email protected]"). */
export const HIDDEN_EMAIL = 'the address given in the policy';

function channelValue(rule: ChannelRule, matched: string): string {
  if (rule.value) return rule.value;
  if (rule.kind === 'email' && /protected\]$/i.test(matched)) return HIDDEN_EMAIL;
  // "in your account", "logging into your account": the place is the account.
  if (rule.kind === 'account') return matched.replace(/^(?:through|via|in|using|log(?:ging)? ?(?:in|on)(?:to| to))\s+/i, '').replace(/^(?:your|the)\s+/i, '');
  if (rule.kind === 'url') return matched.replace(/[.,;:]+$/, '');
  if (rule.kind === 'web-form') return /click here/i.test(matched) ? 'the "click here" link in the policy' : `the ${matched}`;
  return matched;
}

function addChannel(list: Channel[], channel: Channel): void {
  const key = channel.value.toLowerCase();
  if (!list.some((c) => c.kind === channel.kind && c.value.toLowerCase() === key)) list.push(channel);
}

/** Channels written in sentence `index` (including an address block it belongs to). */
export function channelsIn(ctx: FactContext, index: number): Channel[] {
  // One memo slot per sentence, in an array: a string key per call cost a template and a
  // hash for each of the ~1,000 lookups on the seeds.
  const bySentence = ctx.memo('channels', () => new Array<Channel[] | undefined>(ctx.sentences.length));
  return (bySentence[index] ??= findChannels(ctx, index));
}

function findChannels(ctx: FactContext, index: number): Channel[] {
  const channels: Channel[] = [];
  for (const rule of ctx.firing(CHANNEL_RULES, index)) {
    for (const m of ctx.matches(rule.pattern, index)) addChannel(channels, { kind: rule.kind, value: channelValue(rule, m[0]) });
  }
  for (const address of postalAddresses(ctx)) {
    if (address.evidence.includes(index)) addChannel(channels, { kind: 'postal', value: address.value });
  }
  return channels;
}

/** Channels in sentence `index` and, when it points ahead ("… at:", "the following methods"),
 *  in the short lines that follow it; with the sentences they were found in. `stop` ends the
 *  lines early at a sentence the caller does not want read ("You may also complain to the
 *  regulator at www.example.org" after an address). */
export function channelsNear(ctx: FactContext, index: number, stop?: (sentence: number) => boolean): { channels: Channel[]; evidence: number[] } {
  const channels = [...channelsIn(ctx, index)];
  const evidence = channels.length > 0 ? [index] : [];
  if (!POINTS_AHEAD.pattern.test(ctx.texts[index] ?? '')) return { channels, evidence };
  for (let j = index + 1; j < ctx.texts.length && j <= index + LOOK_AHEAD; j++) {
    if (stop?.(j)) break;
    const found = channelsIn(ctx, j);
    for (const c of found) addChannel(channels, c);
    if (found.length > 0) insertSorted(evidence, j);
    else if (ctx.sentences[j]?.isHeading || (ctx.texts[j] ?? '').length >= PROSE_LENGTH) break;
  }
  return { channels, evidence };
}

export function mergeChannels(target: Channel[], more: readonly Channel[]): void {
  for (const c of more) addChannel(target, c);
}
