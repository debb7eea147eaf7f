// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * How text is cut into search tokens, shared by the index (built in Node) and
 * the query (run in the browser), so the two can never disagree. Each Chinese
 * character is a token of its own; Latin letters and digits run together; the
 * symbols that carry meaning in policy names (党建+创城, 100%) are tokens too;
 * other punctuation separates tokens and is not searched.
 *
 * Pagefind segments Chinese into words when it indexes and, differently, when
 * it queries; pages are then missed or matched by stray characters. With one
 * character per token, a phrase query is an exact substring match.
 */

/** Symbols searched as tokens (Pagefind's includeCharacters); the rest of \p{S} and all \p{P} are separators. */
export const SEARCHED_SYMBOLS = '+＋%％&＆#＃°℃×÷=＝~～';

const TOKEN = new RegExp(
  `\\p{Script=Han}|(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+|[${escapeClass(SEARCHED_SYMBOLS)}]`,
  'gu',
);

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** A token and where it sits in the text it came from. */
export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

/** The searchable tokens of a text, lowercased, with their offsets. */
export function tokenSpans(text: string): TokenSpan[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    token: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The searchable tokens of a text, lowercased, in order. */
export function tokensOf(text: string): string[] {
  return tokenSpans(text).map((span) => span.token);
}

/** The zero-width space Pagefind uses to mark word boundaries in segmented content. */
export const WORD_BREAK = '\u200b';

/**
 * Marks the end of a paragraph or heading in the index. It is a token of its own,
 * so a phrase never matches across two paragraphs; readers never see it.
 */
export const BLOCK_BREAK = '¶';

/** Every character Pagefind must keep as (part of) a token: the searched symbols and the block break. */
export const INDEXED_CHARACTERS = SEARCHED_SYMBOLS + BLOCK_BREAK;

/**
 * Content for the index: the text with a zero-width space after every token and
 * every other character, and line breaks turned into block breaks. Pagefind then
 * indexes exactly our tokens, and the text reads back unchanged ({@link plainText}).
 */
export function indexContent(text: string): string {
  const pieces =
    text
      .replaceAll('\n', BLOCK_BREAK)
      .match(new RegExp(`${TOKEN.source}|[^${WORD_BREAK}]`, 'gu')) ?? [];
  return pieces.join(WORD_BREAK);
}

/** The page text back from indexed content, paragraphs on lines of their own. */
export const plainText = (content: string) =>
  content.replaceAll(WORD_BREAK, '').replaceAll(BLOCK_BREAK, '\n');

/** Pagefind's exact-phrase query for `query`: its tokens, quoted; empty when it has none. */
export function phraseQuery(query: string): string {
  const tokens = tokensOf(query);
  return tokens.length > 0 ? `"${tokens.join(' ')}"` : '';
}

/** The text as the exact-match test sees it: tokens only, so punctuation and spacing never decide a match. */
export const comparableText = (text: string) => tokensOf(text).join('');
