// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * The body of a draft entry as the 投稿 page reads it from a Word file, a paste
 * or plain text: headings, paragraphs, lists and tables of text runs, bold or
 * not. Whatever the source, it becomes this small model first, so one set of
 * rules (markdown.ts, headings.ts) decides what the entry's MDX says.
 */

/** One stretch of text with one boldness. */
export interface Run {
  /** text as written */
  text: string;
  /** bold in the source */
  bold?: boolean;
}

/** One block of the body; the first row of a table is its header. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'table'; rows: Run[][][] }; // rows → cells → runs; first row is the header

export { blocksToMarkdown, tidyRuns, runsText } from './markdown.ts';
export { findHeadings, runInNote } from './headings.ts';

/** Marks Word, WPS and chat apps put in front of list items typed by hand (as the check knows them). */
const BULLET = /^[ \t\u3000]*[•●○◦▪■□◆◇·・∙‧▶►▸✓√➢][ \t\u3000]*/;

/**
 * Plain text pasted: one paragraph per non-empty line, so a text whose paragraphs
 * are separated by blank lines reads the same. Lines typed with a bullet (•, ●, …)
 * become one list, since Markdown would not read the bullet as one.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    if (!/[^\s\u3000]/.test(line)) continue;
    const bullet = BULLET.exec(line);
    const runs: Run[] = [{ text: bullet ? line.slice(bullet[0].length) : line }];
    const last = blocks.at(-1);
    if (!bullet) blocks.push({ type: 'paragraph', runs });
    else if (last?.type === 'list' && !last.ordered) last.items.push(runs);
    else blocks.push({ type: 'list', ordered: false, items: [runs] });
  }
  return blocks;
}
