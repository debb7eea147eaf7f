// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The content check and the 投稿 page say a quotation cut mid-sentence in the same words.
import { passageText, type QuotedSpeech } from './misquote.ts';
import { findQuoteSpan } from './quote-match.ts';

/**
 * Where a sentence ends: 。！？ only. ；and ：join clauses of one sentence, so a
 * quotation that begins after one or ends at one has cut the sentence.
 */
const SENTENCE_END = /[。！？]/;

/** Closing marks that may follow a sentence end and still belong to the sentence (。” ends it). */
const CLOSERS = /[”’」』）]/;

/** Marks that end a clause, not a sentence: an ellipsis takes their place at a cut end. */
const CLAUSE_MARKS = /[，、；：]/;

/** Whether the character at `index` of the passage begins a sentence: at its start, a line start, or after 。！？ (and any closing quote after it). */
export function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/.test(text[at]!)) {
    if (text[at] === '\n') return true;
    at -= 1;
  }
  if (at < 0) return true;
  while (at >= 0 && CLOSERS.test(text[at]!)) at -= 1;
  return at >= 0 && SENTENCE_END.test(text[at]!);
}

/** Whether the passage's text up to `end` (exclusive) ends a sentence: 。！？, a closing quote after one, or the end of a line. */
export function endsSentence(text: string, end: number): boolean {
  if (/^\s*(\n|$)/.test(text.slice(end))) return true;
  let at = end - 1;
  while (at >= 0 && CLOSERS.test(text[at]!)) at -= 1;
  return at >= 0 && SENTENCE_END.test(text[at]!);
}

/** A cut end of a quotation that shows no ellipsis, in the content check's words. */
export interface QuoteCut {
  /** Which end is cut. */
  end: 'start' | 'end';
  message: string;
  fix: string;
  /** At the end, the clause mark the ellipsis takes the place of (“，；：、”), when the quotation ends with one. */
  mark?: string;
}

/** A few characters of the passage, spaces dropped, for a message. */
const few = (text: string) => text.replace(/\s+/g, '');

/** At most how many characters of the quotation a fix names at the end it mends: a clause, mostly. */
const NAMED = 24;

/** The quotation's first words, up to its first mark, for a fix to name. */
const opening = (text: string) =>
  few(text)
    .split(/[，、；：。！？]/)[0]!
    .slice(0, NAMED / 2);

/** The quotation's last words, after its last clause mark, for a fix to name. */
function closing(text: string): string {
  const words = few(text).replace(/[，、；：]$/, '');
  return words.split(CLAUSE_MARKS).at(-1)!.slice(-NAMED);
}

/**
 * The ends of a word-for-word quotation that cut a sentence of the speech without
 * saying so: a quotation must begin at a sentence start and end at a sentence end,
 * or carry an ellipsis (……) at the end it cuts, so a reader knows the speech's
 * sentence goes on.
 * @returns nothing when the quotation is not found word for word (the misquotation is reported instead)
 */
export function quoteCuts(speech: QuotedSpeech, at: string, quoted: string): QuoteCut[] {
  const passage = passageText(speech.paragraphs, speech.headings, at);
  if (passage === undefined) return [];
  const span = findQuoteSpan(passage, quoted);
  if (!span) return [];
  const cuts: QuoteCut[] = [];
  const text = quoted.trim();
  if (!span.cutStart && !startsSentence(passage, span.start)) {
    const before = few(passage.slice(Math.max(0, span.start - 8), span.start));
    cuts.push({
      end: 'start',
      message: `引文从讲话原文一句话的中间开始（原文前面是“${before}”），开头没有省略号，读者会以为这是整句话。`,
      fix: `在引文开头的“${opening(text)}”前面加上“……”（npm run fix 会自动加上）。`,
    });
  }
  if (!span.cutEnd && !endsSentence(passage, span.end)) {
    const after = few(passage.slice(span.end, span.end + 8));
    const last = few(text).at(-1) ?? '';
    cuts.push({
      end: 'end',
      ...(CLAUSE_MARKS.test(last) ? { mark: last } : {}),
      message: `引文在讲话原文一句话的中间结束（原文后面还有“${after}”），末尾没有省略号，读者会以为这句话到此为止。`,
      fix: CLAUSE_MARKS.test(last)
        ? `把引文末尾的“${last}”换成“……”（“${closing(text)}……”；npm run fix 会自动换好）。`
        : `在引文最后的“${closing(text)}”后面加上“……”（npm run fix 会自动加上）。`,
    });
  }
  return cuts;
}
