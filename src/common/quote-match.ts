// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { typographyChanges } from './typography.ts';

/** Text as quotations are compared: in its typographic form, whitespace dropped, quotes of either width alike; each character keeps its index in the text. */
interface Comparable {
  chars: string[];
  /** Index in the original text of each character. */
  at: number[];
}

/** Quotation marks of every width, read as one, since only their width can differ between a paste and the source. */
const QUOTE_MARKS: Readonly<Record<string, string>> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

function comparableOf(text: string): Comparable {
  // The same corrections the renderer makes, so a quote never fails for width alone.
  const changed = new Map(typographyChanges(text).map((change) => [change.index, change.to]));
  const chars: string[] = [];
  const at: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = changed.get(index) ?? text[index]!;
    if (character === '' || /\s/.test(character)) continue;
    chars.push(QUOTE_MARKS[character] ?? character);
    at.push(index);
  }
  return { chars, at };
}

/** A text as quotations and published paragraphs are compared: two texts alike here differ in width or spacing only. */
export const comparableText = (text: string) => comparableOf(text).chars.join('');

/** The ellipsis marking a cut at either end of a quotation (……, or one …). */
const ELLIPSIS = '…';

/** The quotation as compared: an ellipsis at its start or end marks a cut and is not the speech's text. */
function quotedPart(quotation: string): Comparable & { cutStart: boolean; cutEnd: boolean } {
  const { chars, at } = comparableOf(quotation);
  let from = 0;
  let to = chars.length;
  while (from < to && chars[from] === ELLIPSIS) from += 1;
  while (to > from && chars[to - 1] === ELLIPSIS) to -= 1;
  return {
    chars: chars.slice(from, to),
    at: at.slice(from, to),
    cutStart: from > 0,
    cutEnd: to < chars.length,
  };
}

/** Where a quotation found word for word lies in its source, and whether it marks a cut at either end with an ellipsis. */
export interface QuoteSpan {
  /** Index in the source of the first character quoted. */
  start: number;
  /** Index in the source just after the last character quoted. */
  end: number;
  /** Whether the quotation begins with …… (or ends with it). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Where `quotation` lies in `source` when it is found there word for word, as
 * {@link findQuoteMismatch} compares them: the first place it is found.
 * @returns undefined when it is not found, or is empty
 */
export function findQuoteSpan(source: string, quotation: string): QuoteSpan | undefined {
  const passage = comparableOf(source);
  const quote = quotedPart(quotation);
  const p = passage.chars;
  const q = quote.chars;
  if (q.length === 0) return undefined;
  for (let start = 0; start + q.length <= p.length; start += 1) {
    let common = 0;
    while (common < q.length && p[start + common] === q[common]) common += 1;
    if (common === q.length)
      return {
        start: passage.at[start]!,
        end: passage.at[start + q.length - 1]! + 1,
        cutStart: quote.cutStart,
        cutEnd: quote.cutEnd,
      };
  }
  return undefined;
}

/** Where a quotation first departs from its source. */
export interface QuoteMismatch {
  /** Index in the quotation of its first character that differs (its length when the source ends first). */
  quoteIndex: number;
  /** Index in the source of the character it should have been (the source's length when the quotation runs past it). */
  sourceIndex: number;
  /** Index in the source where the aligned quotation starts. */
  sourceStart: number;
}

/**
 * Compares a quotation with the passage it quotes, as `<SpeechQuote>` requires:
 * word for word, ignoring whitespace and the width of punctuation; an ellipsis
 * (……) at its start or end marks where it cuts the speech, and is not compared. When it
 * differs, finds where: the quotation is aligned with the passage where their
 * longest common opening is, and the first character after it is the difference.
 * @returns undefined when the quotation is found in the passage
 */
export function findQuoteMismatch(source: string, quotation: string): QuoteMismatch | undefined {
  const passage = comparableOf(source);
  const quote = quotedPart(quotation);
  const p = passage.chars;
  const q = quote.chars;
  if (q.length === 0) return undefined;
  let best = { start: 0, common: -1, matches: -1 };
  for (let start = 0; start < p.length; start += 1) {
    let common = 0;
    while (common < q.length && p[start + common] === q[common]) common += 1;
    if (common === q.length) return undefined;
    let matches = common;
    for (let k = common; k < q.length; k += 1) if (p[start + k] === q[k]) matches += 1;
    if (common > best.common || (common === best.common && matches > best.matches))
      best = { start, common, matches };
  }
  const k = Math.max(0, best.common);
  const sourcePosition = best.start + k;
  return {
    quoteIndex: quote.at[k] ?? quotation.length,
    sourceIndex: passage.at[sourcePosition] ?? source.length,
    sourceStart: passage.at[best.start] ?? 0,
  };
}
