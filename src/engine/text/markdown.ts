// Markdown → the plain text the engine analyses, with its blocks: what Open Terms Archive
// publishes for each policy, and what people paste from a README. Headings ("## Sharing",
// "Title\n-----") become heading blocks, list items ("- ", "* ", "1. ") list-item blocks, other
// runs of lines paragraphs; emphasis marks, link targets, images, HTML tags and backslash
// escapes are dropped so that a sentence reads as it does on the rendered page.
import type { Block, BlockKind } from '../types.ts';

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const RULE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Inline markdown to plain text. */
export function inlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/^\s*>\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function textFromMarkdown(markdown: string): { text: string; blocks: Block[] } {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let text = '';
  let para: string[] = [];
  const emit = (kind: BlockKind, content: string): void => {
    if (content === '') return;
    if (text !== '') text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + content.length });
    text += content;
  };
  const flush = (): void => {
    emit('paragraph', para.join(' ').trim());
    para = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k] ?? '';
    const next = lines[k + 1] ?? '';
    const heading = HEADING.exec(raw);
    if (raw.trim() === '' || RULE.test(raw) || TABLE_RULE.test(raw)) { flush(); continue; }
    if (heading) { flush(); emit('heading', inlineMarkdown(heading[2] ?? '')); continue; }
    if (SETEXT.test(next) && raw.trim() !== '' && para.length === 0 && !LIST_ITEM.test(raw)) { emit('heading', inlineMarkdown(raw)); k++; continue; }
    const item = LIST_ITEM.exec(raw);
    if (item) { flush(); para = [inlineMarkdown(item[1] ?? '')]; emitItem(); continue; }
    if (raw.trim().startsWith('|')) { flush(); emit('paragraph', inlineMarkdown(raw.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean).join('; '))); continue; }
    para.push(inlineMarkdown(raw));
  }
  flush();
  return { text, blocks };

  function emitItem(): void {
    // A list item runs on over its indented continuation lines.
    emit('list-item', para.join(' ').trim());
    para = [];
  }
}
