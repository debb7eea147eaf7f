import {
  typographyChanges,
  type TypographyChange,
  type TypographyKind,
} from '../common/typography.ts';
import { textValues } from './context.ts';
import type { EntryFile } from './entry-files.ts';
import type { Place } from './finding.ts';
import { placeInText, walk, type TreeNode } from './mdx-tree.ts';

/**
 * The texts of an entry that the site puts in their typographic form (see
 * common/typography.ts), read as the renderer and the schemas read them, with the
 * file place of every character: what the check counts and `npm run fix` rewrites.
 */
export interface TextRun {
  /** The text as parsed: a body paragraph, heading or table cell, or a field value. */
  text: string;
  /** The corrections it needs. */
  changes: TypographyChange[];
  /** The file place of the character at `index` in `text`. */
  placeAt(index: number): Place;
  /** Which parsed text node the character at `index` comes from: neighbours in another may lie anywhere in the file. */
  pieceOf(index: number): number;
  /** For a field value, the field's path; undefined for the body. */
  path?: PropertyKey[];
}

/** The body blocks whose text the renderer reads as one run; a component on lines of its own holds text directly. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);

/** Fields whose values are addresses, file names or dates, never typeset. */
const NOT_TEXT = new Set(['url', 'aliases', 'cites', 'date', 'updated', 'published']);

/** Every text run of an entry's body, in document order. */
export function bodyRuns(entry: EntryFile): TextRun[] {
  const runs: TextRun[] = [];
  if (!entry.tree) return runs;
  walk(entry.tree, (node) => {
    if (BLOCKS.has(node.type)) runs.push(...blockRuns(node));
  });
  return runs;
}

/** The runs of one block: its text nodes, a component inside it read on its own, as the renderer does. */
function blockRuns(block: TreeNode): TextRun[] {
  const runs: TextRun[] = [];
  let texts: TreeNode[] = [];
  const flush = () => {
    if (texts.length > 0) runs.push(runOf(texts));
    texts = [];
  };
  const read = (node: TreeNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') texts.push(child);
      else if (child.type.startsWith('mdxJsx')) {
        flush();
        read(child);
        flush();
      } else if (!BLOCKS.has(child.type)) read(child);
    }
  };
  read(block);
  flush();
  return runs;
}

function runOf(nodes: TreeNode[]): TextRun {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.value ?? '';
  }
  const pieceOf = (index: number): number => {
    let piece = 0;
    while (piece + 1 < starts.length && starts[piece + 1]! <= index) piece += 1;
    return piece;
  };
  const placeAt = (index: number): Place => {
    const piece = pieceOf(index);
    return placeInText(nodes[piece]!, index - starts[piece]!);
  };
  return { text, changes: typographyChanges(text), placeAt, pieceOf };
}

/**
 * Every text field value of an entry, with the place of each character where
 * the value is written on one line as it reads (plain or simply quoted); at the
 * value's start otherwise.
 */
export function fieldRuns(entry: EntryFile): TextRun[] {
  if (!entry.data) return [];
  return textValues(entry.data)
    .filter(({ path }) => !path.some((key) => typeof key === 'string' && NOT_TEXT.has(key)))
    .map(({ path, value }) => {
      const start = entry.positions.valueAt(path);
      const written = entry.positions.writtenAt(path) ?? '';
      const oneLine = !written.includes('\n');
      const shift = !oneLine
        ? undefined
        : written === value
          ? 0
          : written.slice(1, -1) === value
            ? 1
            : undefined;
      const placeAt = (index: number): Place =>
        shift === undefined ? start : { line: start.line, column: start.column + shift + index };
      return { text: value, changes: typographyChanges(value), placeAt, pieceOf: () => 0, path };
    });
}

/** Full-width and no-break spaces at the start of body lines (首行缩进 from Word), outside code fences. */
export function lineIndents(entry: EntryFile): Place[] {
  const lines = entry.source.split('\n');
  const bodyFrom = lines.length - entry.body.split('\n').length;
  const places: Place[] = [];
  let fenced = false;
  for (let index = Math.max(0, bodyFrom); index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const indent = fenced ? undefined : /^[ \t]*([\u3000\u00a0]+)/.exec(line);
    if (indent)
      for (let at = 0; at < indent[1]!.length; at += 1)
        places.push({ line: index + 1, column: indent[0].length - indent[1]!.length + at + 1 });
  }
  return places;
}

/** What each kind of correction is called in the check's 提醒 and in what `npm run fix` prints. */
export const KIND_NAMES: Readonly<Record<TypographyKind, string>> = {
  punctuation: '半角标点',
  quote: '英文引号',
  space: '多余的空格',
  invisible: '看不见的字符',
};

/** A character as messages name it: visible ones quoted, spaces and invisible ones by name. */
export function characterName(character: string): string {
  if (character === '\u3000') return '全角空格';
  if (/\s|[\u200b-\u200d\u2060\ufeff\u00ad]/.test(character))
    return `看不见的字符 U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `“${character}”`;
}
