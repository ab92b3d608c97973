// One way to put policy text (and names people typed) into Markdown: as text, never as markup.
// Every renderer of Markdown uses it (the report, the comparison table, the change summary).
// CommonMark treats a backslash-escaped punctuation character as that character, so escaping
// what could open markup (emphasis, links, images, HTML, autolinks, headings, tables, code)
// leaves nothing a renderer would act on; whitespace runs become one space so that a line of
// policy text cannot start a block of its own.

const MARKUP = /[\\`*_{}[\]()<>#+\-!|~&]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKUP, '\\$&');
}

/** A table cell: escaped, and never empty (an empty cell shifts nothing, but reads as missing). */
export function markdownCell(text: string): string {
  return escapeMarkdown(text) || ' ';
}
