import { plainText, tokenSpans, tokensOf } from '../../common/search/tokens.ts';
import { mergeSpans } from '../highlight.ts';
import { PLAIN_PASSAGE_LENGTH } from '../../common/search/result-view.ts';

/** The passage a result shows, and where on its page the match is. */
export interface Passage {
  /** HTML: the passage escaped, with the matches in <mark>. */
  html: string;
  /** The anchor (`p-12`, `part-3-2`, …) of the paragraph or heading holding the match, if any. */
  anchor?: string;
}

const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 56;

/**
 * Finds the first place where `phrases` occur in a page's indexed content and
 * cuts a passage around it from the same paragraph, marking every occurrence
 * (words that overlap, 网格 in 网格化, as one mark).
 * Matching ignores punctuation between characters, as the index does.
 * The page's title, which opens its text, is shown above the passage already:
 * a passage never repeats it. When the words are in the title only, the passage
 * is the opening of the body (a case's summary, a speech's first paragraph).
 * @param anchors the page's `id:offset` list, as the index records it
 * @param title the page's title, left out of the passage when the text opens with it
 */
export function passageFor(
  content: string,
  phrases: string[],
  anchors = '',
  title?: string,
): Passage {
  const text = plainText(content);
  const firstLine = text.indexOf('\n');
  const bodyStart =
    title && firstLine > 0 && text.slice(0, firstLine).trim() === title.trim() ? firstLine + 1 : 0;
  const spans = mergeSpans(phrases.flatMap((phrase) => occurrences(text, tokensOf(phrase)))).filter(
    ([start]) => start >= bodyStart,
  );
  const first = spans[0];
  if (!first) {
    const lines = text.slice(bodyStart).split('\n');
    const opening = (lines.find((line) => line.length > 20) ?? lines.join(' ')).slice(
      0,
      PLAIN_PASSAGE_LENGTH,
    );
    return { html: escape(opening) };
  }
  const lineStart = text.lastIndexOf('\n', first[0]) + 1;
  const lineEnd = text.indexOf('\n', first[1]) === -1 ? text.length : text.indexOf('\n', first[1]);
  const from = Math.max(lineStart, first[0] - CONTEXT_BEFORE);
  const to = Math.min(lineEnd, first[1] + CONTEXT_AFTER);
  let html = from > lineStart ? '…' : '';
  let at = from;
  for (const [start, end] of spans.filter(([start, end]) => start >= from && end <= to)) {
    html += `${escape(text.slice(at, start))}<mark>${escape(text.slice(start, end))}</mark>`;
    at = end;
  }
  html += escape(text.slice(at, to)) + (to < lineEnd ? '…' : '');
  return { html, anchor: anchorAt(anchors, first[0]) };
}

/** Start and end offsets in `text` of every run of tokens equal to `tokens`. */
function occurrences(text: string, tokens: string[]): Array<[number, number]> {
  if (tokens.length === 0) return [];
  const found = tokenSpans(text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + tokens.length <= found.length; i += 1) {
    if (tokens.every((token, offset) => found[i + offset]!.token === token))
      spans.push([found[i]!.start, found[i + tokens.length - 1]!.end]);
  }
  return spans;
}

/** The last anchor that starts at or before `offset`. */
function anchorAt(anchors: string, offset: number): string | undefined {
  let best: string | undefined;
  for (const pair of anchors.split(',').filter(Boolean)) {
    const [id, start] = pair.split(':');
    if (Number(start) <= offset) best = id;
  }
  return best;
}

function escape(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );
}

/** Whether a page's content holds `query` exactly as typed, punctuation included (for queries with punctuation). */
export const containsVerbatim = (content: string, query: string) =>
  plainText(content).replace(/\s+/g, '').includes(query.replace(/\s+/g, ''));
