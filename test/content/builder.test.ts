// The extraction's text and its map, on stand-in text nodes: the builder only reads `data`, and
// the map only follows a node past its end when highlights have split it (covered in e2e).
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../src/content/extract/builder.ts';
import { TextMap } from '../../src/content/extract/text-map.ts';

const textNode = (data: string): Text => ({ data, length: data.length, isConnected: true }) as unknown as Text;

describe('TextBuilder', () => {
  it('collapses whitespace within a block and joins blocks with a blank line', () => {
    const b = new TextBuilder();
    b.addText(textNode('\n  Privacy\tPolicy  '));
    b.endBlock('heading');
    b.addText(textNode('We collect   your '));
    b.addText(textNode(' email.\n'));
    b.endBlock('paragraph');
    expect(b.text, 'text').toBe('Privacy Policy\n\nWe collect your email.');
    expect(b.blocks, 'blocks').toEqual([
      { kind: 'heading', start: 0, end: 14 },
      { kind: 'paragraph', start: 16, end: 38 },
    ]);
  });

  it('drops zero-width characters and soft hyphens', () => {
    const b = new TextBuilder();
    b.addText(textNode('per\u00adsonal\u200b data'));
    b.endBlock('paragraph');
    expect(b.text).toBe('personal data');
  });

  it('ends no block without text', () => {
    const b = new TextBuilder();
    b.addText(textNode('   '));
    b.endBlock('paragraph');
    expect(b.blocks, 'whitespace-only block').toEqual([]);
    expect(b.text).toBe('');
  });
});

describe('TextMap', () => {
  it('maps text offsets back to node offsets across nodes and collapsed whitespace', () => {
    const b = new TextBuilder();
    const first = textNode('We  keep your data for ');
    const bold = textNode('two years');
    const last = textNode(' after closing.');
    for (const node of [first, bold, last]) b.addText(node);
    b.endBlock('paragraph');
    const map = new TextMap(b.pieces);
    const start = b.text.indexOf('keep');
    const end = b.text.indexOf(' after');
    expect(b.text.slice(start, end), 'the slice asked for').toBe('keep your data for two years');
    expect(map.slicesFor(start, end), 'one slice per node').toEqual([
      { node: first, start: 4, end: 23 },
      { node: bold, start: 0, end: 9 },
    ]);
  });

  it('merges pieces of one node separated only by collapsed whitespace', () => {
    const b = new TextBuilder();
    const node = textNode('one   two\n   three');
    b.addText(node);
    b.endBlock('paragraph');
    expect(new TextMap(b.pieces).slicesFor(0, b.text.length)).toEqual([{ node, start: 0, end: 18 }]);
  });

  it('gives nothing for offsets between blocks', () => {
    const b = new TextBuilder();
    b.addText(textNode('A.'));
    b.endBlock('paragraph');
    b.addText(textNode('B.'));
    b.endBlock('paragraph');
    expect(new TextMap(b.pieces).slicesFor(2, 4)).toEqual([]);
  });
});
