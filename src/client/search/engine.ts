import { editDistance } from '../../common/refs.ts';
import { comparableText, phraseQuery } from '../../common/search/tokens.ts';
import { META_WEIGHTS } from '../../common/search/meta.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from './pagefind.ts';
import { looseWords, spacedWords } from './words.ts';

/** What a search found, and how. */
export type SearchOutcome =
  /** No query: everything the filters allow, newest first. */
  | { kind: 'browse'; results: PagefindResult[] }
  /** Pages containing the query as typed. `verify`: the query has punctuation, so each hit is checked against the text. */
  | { kind: 'exact'; results: PagefindResult[]; verify: boolean }
  /** Words typed apart (社区 党员): pages holding every one of them, those holding them together first. */
  | { kind: 'all'; words: string[]; results: PagefindResult[] }
  /** The phrase is found nowhere; these pages contain all of its words, apart. */
  | { kind: 'loose'; words: string[]; results: PagefindResult[] }
  /** Nothing at all; perhaps a suggestion for a close domain term. */
  | { kind: 'none'; suggestion?: string };

/** What a search needs besides the query. */
export interface SearchContext {
  pagefind: Pagefind;
  filters: Record<string, string[]>;
  /**
   * Domain terms: kept whole when the query is split into words, and offered when a query is a near miss.
   * A function is called only when an exact search finds nothing, so the list is fetched only then.
   */
  dictionary: readonly string[] | (() => Promise<readonly string[]>);
}

/**
 * Exact phrase first: the query's characters in order, as one phrase in our
 * character-level index. Only when no page has the phrase does it fall back to
 * pages holding all of the query's words, and says so. Words typed with spaces
 * between them are each searched as a phrase, and a page must hold them all.
 */
export async function runSearch(
  query: string,
  { pagefind, filters, dictionary }: SearchContext,
): Promise<SearchOutcome> {
  await weighMetaAsNothing(pagefind);
  const trimmed = query.trim();
  if (!trimmed) {
    const all = await pagefind.search(null, { filters, sort: { updated: 'desc' } });
    return { kind: 'browse', results: all?.results ?? [] };
  }
  const spaced = spacedWords(trimmed);
  if (spaced.length > 1) {
    const results = await allWords(pagefind, spaced, filters, spaced.join(''));
    if (results.length > 0) return { kind: 'all', words: spaced, results };
  }
  const phrase = spaced.length > 1 ? '' : phraseQuery(trimmed);
  const exact = phrase ? inText(await pagefind.search(phrase, { filters })) : [];
  if (exact.length > 0) {
    return {
      kind: 'exact',
      results: exact,
      verify: comparableText(trimmed) !== trimmed.replace(/\s+/g, ''),
    };
  }
  const terms = typeof dictionary === 'function' ? await dictionary() : dictionary;
  const words = looseWords(trimmed, terms);
  // Typed apart and found nowhere together, the words are only tried again if the looser split differs.
  if (words.length > 0 && words.join(' ') !== spaced.join(' ')) {
    const results = await allWords(pagefind, words, filters);
    if (results.length > 0) return { kind: 'loose', words, results };
  }
  return { kind: 'none', suggestion: suggestion(trimmed, terms) };
}

let weighed: Pagefind | undefined;

/** Sets metadata's ranking weight to nothing, once per loaded index (see common/search/meta.ts). */
async function weighMetaAsNothing(pagefind: Pagefind): Promise<void> {
  if (weighed === pagefind) return;
  weighed = pagefind;
  await pagefind.options({ ranking: { metaWeights: META_WEIGHTS } });
}

/** The results found in pages' text: one that scores 0 matched only the metadata, which is not searched. */
const inText = (search: PagefindSearch | null): PagefindResult[] =>
  (search?.results ?? []).filter((result) => result.score > 0);

/**
 * Pages that contain every word as a phrase, ranked by their summed scores; with
 * `together`, the pages that also hold that phrase (the words as typed, side by side) come first.
 */
async function allWords(
  pagefind: Pagefind,
  words: string[],
  filters: Record<string, string[]>,
  together?: string,
): Promise<PagefindResult[]> {
  const searches = await Promise.all(
    words.map((word) => pagefind.search(phraseQuery(word), { filters })),
  );
  const [first, ...rest] = searches.map(
    (search) => new Map(inText(search).map((result) => [result.id, result])),
  );
  const scores = new Map<string, number>();
  for (const [id, result] of first ?? new Map<string, PagefindResult>()) {
    if (rest.every((found) => found.has(id)))
      scores.set(id, result.score + rest.reduce((sum, found) => sum + found.get(id)!.score, 0));
  }
  const side = together
    ? new Set(inText(await pagefind.search(phraseQuery(together), { filters })).map((r) => r.id))
    : new Set<string>();
  return [...scores.entries()]
    .sort(([a, x], [b, y]) => Number(side.has(b)) - Number(side.has(a)) || y - x)
    .map(([id, score]) => ({ ...first!.get(id)!, score }));
}

/** A domain term within two edits of the query, for “是不是要找……”. */
function suggestion(query: string, dictionary: readonly string[]): string | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const term of dictionary) {
    const distance = editDistance(query, term);
    if (
      distance > 0 &&
      distance <= Math.min(2, Math.floor(term.length / 2)) &&
      (!best || distance < best.distance)
    )
      best = { term, distance };
  }
  return best?.term;
}
