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
 * @param anchors the page's `id:offset` list, as the index records it
 */
export function passageFor(content: string, phrases: string[], anchors = ''): Passage {
  const text = plainText(content);
  const spans = mergeSpans(phrases.flatMap((phrase) => occurrences(text, tokensOf(phrase))));
  const first = spans[0];
  if (!first)
    return {
      html: escape(
        (text.split('\n').find((line) => line.length > 20) ?? text).slice(0, PLAIN_PASSAGE_LENGTH),
      ),
    };
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
