// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { typographyChanges } from '../typography.ts';
import type { Block, Run } from './blocks.ts';

/** One character of a block's text and whether it is bold. */
interface Char {
  c: string;
  bold: boolean;
}

/** A Chinese character or full-width mark: a line break between two of them is no space (CSS Text's rule). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** White space that collapses to one space, as in HTML. */
const SPACE = /[ \t\n\r\f\v]/;

/**
 * What `**` may not touch on its inner side: CommonMark reads a `**` next to
 * punctuation or a space as no emphasis unless the outer side is a space or a mark
 * too, so bold text never begins or ends with one (the check's advice: **加粗**：).
 */
const EDGE = /[\p{P}\p{S}\s\u00a0\u3000]/u;

/** Web addresses GFM links by itself, swallowing the Chinese written straight after them. */
const ADDRESS = /(?:https?:\/\/|www\.)[!-~]*[\w/#=&%~+-]/gi;

/**
 * The runs of one block tidied: white space collapsed (a line break between two
 * Chinese characters dropped), no space at either end, no bold that is only
 * space, neighbouring runs of the same boldness merged.
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const text = collapse(chars(runs));
  boldEdges(text, /[\s\u00a0\u3000]/);
  return toRuns(text);
}

/** The text of some runs, tidied. */
export const runsText = (runs: readonly Run[]): string =>
  tidyRuns(runs)
    .map((run) => run.text)
    .join('');

/**
 * The body of an MDX entry from blocks: paragraphs between blank lines, `##`–`####`
 * headings, `**bold**`, `- ` and `1. ` lists, GFM tables. Every text is first put in
 * the site's one typography (common/typography.ts), then escaped so that MDX reads
 * it as text: no `{…}`, no tags, and no paragraph that Markdown would take for a
 * heading, a list, a quotation or a rule. Empty blocks are left out.
 * @returns the body ending with one line break, or '' when no block has text
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let lastList: { ordered: boolean; alternate: boolean } | undefined;
  for (const block of blocks) {
    const text = blockMarkdown(block, lastList);
    if (text === '') continue;
    // Two lists in a row need different markers, or Markdown joins them into one.
    lastList =
      block.type === 'list'
        ? {
            ordered: block.ordered,
            alternate: lastList?.ordered === block.ordered ? !lastList.alternate : false,
          }
        : undefined;
    out.push(text);
  }
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}

function blockMarkdown(
  block: Block,
  lastList: { ordered: boolean; alternate: boolean } | undefined,
): string {
  switch (block.type) {
    case 'heading': {
      // A heading is bold on the page already; ** inside it would only add marks.
      const text = inline(block.runs.map((run) => ({ text: run.text })));
      return text && `${'#'.repeat(block.level)} ${text.replace(/#$/, '\\#')}`;
    }
    case 'paragraph':
      return lineStart(inline(block.runs));
    case 'list': {
      const alternate = lastList?.ordered === block.ordered && !lastList.alternate;
      const items = block.items.map((item) => lineStart(inline(item))).filter(Boolean);
      return items
        .map((item, index) => {
          const marker = block.ordered
            ? `${index + 1}${alternate ? ')' : '.'}`
            : alternate
              ? '*'
              : '-';
          return `${marker} ${item}`;
        })
        .join('\n');
    }
    case 'table':
      return table(block.rows);
  }
}

/** A GFM table, every row as wide as the widest; '' when no cell has text. */
function table(rows: readonly Run[][][]): string {
  const cells = rows.map((row) => row.map((cell) => inline(cell).replaceAll('|', '\\|')));
  const width = Math.max(0, ...cells.map((row) => row.length));
  if (!cells.some((row) => row.some(Boolean))) return '';
  const line = (row: string[]) =>
    `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = cells;
  return [line(header), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}

/** One block's text as Markdown: typography, bold that CommonMark reads, escapes. */
function inline(runs: readonly Run[]): string {
  let text = collapse(chars(runs));
  text = collapse(typographed(text));
  // An address is never bold: the link written for it would put a [ against the **.
  const addresses = [
    ...text
      .map((char) => char.c)
      .join('')
      .matchAll(ADDRESS),
  ];
  let index = 0;
  for (const char of text) {
    if (addresses.some((match) => index >= match.index && index < match.index + match[0].length))
      char.bold = false;
    index += char.c.length;
  }
  boldEdges(text);
  return toRuns(text)
    .map((run) => (run.bold ? `**${escape(run.text)}**` : escape(run.text)))
    .join('');
}

const chars = (runs: readonly Run[]): Char[] =>
  runs.flatMap((run) => [...run.text].map((c) => ({ c, bold: run.bold === true })));

/** Collapses white space as HTML would, and trims the ends. */
function collapse(text: readonly Char[]): Char[] {
  const result: Char[] = [];
  for (let at = 0; at < text.length;) {
    if (!SPACE.test(text[at]!.c)) {
      result.push({ ...text[at]! });
      at += 1;
      continue;
    }
    let end = at;
    while (end < text.length && SPACE.test(text[end]!.c)) end += 1;
    const before = result.at(-1);
    const after = text[end];
    const lineBreak = text.slice(at, end).some((char) => char.c === '\n' || char.c === '\r');
    const dropped = lineBreak && CJK.test(before?.c ?? '') && CJK.test(after?.c ?? '');
    if (before && after && !dropped)
      result.push({ c: ' ', bold: before.bold && after.bold && text[at]!.bold });
    at = end;
  }
  return result;
}

/** The block's text in the site's typography, each character keeping its boldness. */
function typographed(text: Char[]): Char[] {
  const changes = typographyChanges(text.map((char) => char.c).join(''));
  if (changes.length === 0) return text;
  // Indexes are UTF-16 positions; characters here are code points, so map one to the other.
  const byIndex = new Map(changes.map((change) => [change.index, change.to]));
  const result: Char[] = [];
  let index = 0;
  for (const char of text) {
    const to = byIndex.get(index);
    if (to === undefined) result.push(char);
    else if (to !== '') result.push({ c: to, bold: char.bold });
    index += char.c.length;
  }
  return result;
}

/** Moves spaces and marks at the edges of bold text out of it, so that `**` renders as bold. */
function boldEdges(text: Char[], edge = EDGE) {
  for (let start = 0; start < text.length; start += 1) {
    if (!text[start]!.bold) continue;
    let end = start;
    while (end + 1 < text.length && text[end + 1]!.bold) end += 1;
    let first = start;
    let last = end;
    while (first <= last && edge.test(text[first]!.c)) text[first++]!.bold = false;
    while (last >= first && edge.test(text[last]!.c)) text[last--]!.bold = false;
    start = end;
  }
}

/** Characters back into runs, neighbours of the same boldness merged. */
function toRuns(text: readonly Char[]): Run[] {
  const runs: Run[] = [];
  for (const { c, bold } of text) {
    const last = runs.at(-1);
    if (last && (last.bold === true) === bold) last.text += c;
    else runs.push(bold ? { text: c, bold: true } : { text: c });
  }
  return runs;
}

/** Backslashes the characters MDX or Markdown would read as syntax; addresses become links. */
function escape(text: string): string {
  let result = '';
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    result += escapeText(text.slice(from, match.index));
    const href = /^www\./i.test(match[0]) ? `http://${match[0]}` : match[0];
    // Written as [address](address): a bare one would swallow the Chinese that follows it.
    result += `[${escapeText(match[0])}](${href.replace(/[()<>{}\\]/g, encodeURIComponent)})`;
    from = match.index + match[0].length;
  }
  return result + escapeText(text.slice(from));
}

const escapeText = (text: string) =>
  text.replace(/[\\{}<>*_~[\]`]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');

/** Escapes what would make the line a heading, list, quotation or rule instead of a paragraph. */
function lineStart(text: string): string {
  return text.replace(/^[#>+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
