import { describe, expect, test } from 'vitest';
import { runSearch } from '../../../src/client/search/engine.ts';
import { tokensOf } from '../../../src/common/search/tokens.ts';
import type { Pagefind, PagefindResult } from '../../../src/client/search/pagefind.ts';

/**
 * A stand-in for Pagefind over a few pages, answering phrase queries the way the
 * character-level index does: tokens in order, nothing in between.
 */
function fakePagefind(
  pages: Record<string, { text: string; updated: string }>,
): Pagefind & { queries: string[] } {
  const queries: string[] = [];
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: async () => ({ url: id, content: pages[id]!.text, meta: {}, filters: {} }),
  });
  return {
    queries,
    options: async () => {},
    async search(query, options) {
      queries.push(String(query));
      if (query === null) {
        const ids = Object.keys(pages).sort((a, b) =>
          options?.sort?.updated === 'desc'
            ? pages[b]!.updated.localeCompare(pages[a]!.updated)
            : 0,
        );
        return { results: ids.map((id) => result(id, 1)), unfilteredResultCount: ids.length };
      }
      const phrase = query.replace(/^"|"$/g, '').split(' ').join('');
      const ids = Object.keys(pages).filter((id) =>
        tokensOf(pages[id]!.text).join('').includes(phrase),
      );
      return {
        results: ids.map((id) =>
          result(id, tokensOf(pages[id]!.text).join('').split(phrase).length - 1),
        ),
        unfilteredResultCount: ids.length,
      };
    },
  };
}

const pages = {
  a: { text: '建立健全网格化服务中心，网格化服务中心', updated: '2022-06-27' },
  b: { text: '网格员入户服务群众，党建引领', updated: '2023-01-01' },
  c: { text: '党群服务中心建设', updated: '2021-05-05' },
};
const dictionary = ['网格化服务中心', '大整合共治'];

describe('runSearch', () => {
  test('lists the most recently changed entries first when there is no query', async () => {
    const outcome = await runSearch('  ', {
      pagefind: fakePagefind(pages),
      filters: {},
      dictionary,
    });
    expect(outcome.kind).toBe('browse');
    expect(outcome.kind === 'browse' && outcome.results.map((result) => result.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  test('finds the phrase as typed, as one exact query', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch('网格化服务中心', { pagefind, filters: {}, dictionary });
    expect(outcome).toMatchObject({ kind: 'exact', verify: false });
    expect(outcome.kind === 'exact' && outcome.results.map((result) => result.id)).toEqual(['a']);
    expect(pagefind.queries).toEqual(['"网 格 化 服 务 中 心"']);
  });

  test('asks for a check against the text when the query has punctuation the index ignores', async () => {
    expect(
      await runSearch('“网格化服务中心”', {
        pagefind: fakePagefind(pages),
        filters: {},
        dictionary,
      }),
    ).toMatchObject({ kind: 'exact', verify: true });
  });

  test('falls back to pages with all the words, best first, only when the phrase is found nowhere', async () => {
    const outcome = await runSearch('服务党建', {
      pagefind: fakePagefind(pages),
      filters: {},
      dictionary,
    });
    expect(
      outcome.kind === 'loose' && [outcome.words, outcome.results.map((result) => result.id)],
    ).toEqual([['服务', '党建'], ['b']]);
  });

  test.each(['网格化 服务', '网格化　服务', ' 服务  网格化 '])(
    'takes words typed apart (%s) as all required, pages holding them side by side first',
    async (query) => {
      const pages = {
        a: { text: '网格化管理，优质服务', updated: '2022-06-27' },
        b: { text: '网格化服务中心', updated: '2023-01-01' },
        c: { text: '党群服务中心建设', updated: '2021-05-05' },
      };
      const outcome = await runSearch(query, {
        pagefind: fakePagefind(pages),
        filters: {},
        dictionary,
      });
      expect(outcome.kind).toBe('all');
      expect(outcome.kind === 'all' && outcome.results.map((result) => result.id)).toEqual(
        query.trim().startsWith('服务') ? ['a', 'b'] : ['b', 'a'],
      );
    },
  );

  test('keeps a quoted query with a space one phrase', async () => {
    const outcome = await runSearch('“网格化 服务中心”', {
      pagefind: fakePagefind(pages),
      filters: {},
      dictionary,
    });
    expect(outcome.kind).toBe('exact');
  });

  test('says plainly that nothing holds the query, and suggests a close domain term', async () => {
    expect(
      await runSearch('段简', { pagefind: fakePagefind(pages), filters: {}, dictionary }),
    ).toEqual({ kind: 'none', suggestion: undefined });
    expect(
      await runSearch('大整合共享', { pagefind: fakePagefind(pages), filters: {}, dictionary }),
    ).toEqual({ kind: 'none', suggestion: '大整合共治' });
  });
});
