import {
  blocksToMarkdown,
  findHeadings,
  runInNote,
  textBlocks,
} from '../../common/draft/blocks.ts';
import { htmlBlocks } from './convert/html-blocks.ts';

/** Puts text at the body's cursor as blocks of their own: a blank line before and after. */
export function insertImport(body: HTMLTextAreaElement, text: string): void {
  const before = body.value.slice(0, body.selectionStart).replace(/\s+$/, '');
  const after = body.value.slice(body.selectionEnd).replace(/^\s+/, '');
  const block = text.trim();
  body.value = [before, block, after].filter(Boolean).join('\n\n') + '\n';
  const cursor = (before ? before.length + 2 : 0) + block.length;
  body.setSelectionRange(cursor, cursor);
}

/**
 * A paste into the body: Word's or a web page's HTML kept as structure (paragraphs,
 * bold, lists, tables, headings), plain text as paragraphs, both typeset; says whether
 * it took the paste (a paste of nothing it can read is left to the browser). What the editor
 * should know of it (run-in headings set apart) is added to `notes`.
 */
export function insertPaste(
  body: HTMLTextAreaElement,
  event: ClipboardEvent,
  kind: 'speech' | 'document',
  notes: string[] = [],
): boolean {
  const html = event.clipboardData?.getData('text/html') ?? '';
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const blocks = html ? htmlBlocks(html).blocks : textBlocks(text);
  if (blocks.length === 0) return false;
  event.preventDefault();
  const headed = findHeadings(blocks, kind);
  const markdown = blocksToMarkdown(headed).trim();
  notes.push(...runInNote(blocks, headed));
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    // One paragraph goes where the cursor is, inside the paragraph being written.
    body.setRangeText(markdown, body.selectionStart, body.selectionEnd, 'end');
    return true;
  }
  insertImport(body, markdown);
  return true;
}
