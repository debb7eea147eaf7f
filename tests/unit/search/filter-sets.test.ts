import { describe, expect, test } from 'vitest';
import { FilterSets } from '../../../src/client/search/filter-sets.ts';
import type { Pagefind } from '../../../src/client/search/pagefind.ts';

/** Pages filed under filters, answering filter-only searches as Pagefind does, and counting them. */
function filedPages(pages: Record<string, Record<string, string[]>>) {
  const asked: string[] = [];
  const pagefind: Pagefind = {
    options: async () => {},
    async search(_query, options) {
      const [name, values] = Object.entries(options?.filters ?? {})[0]!;
      asked.push(`${name}=${values[0]}`);
      const ids = Object.keys(pages).filter((id) => pages[id]![name]?.includes(values[0]!));
      return {
        results: ids.map((id) => ({ id, score: 1, data: async () => ({}) as never })),
        unfilteredResultCount: ids.length,
      };
    },
  };
  return { pagefind, asked };
}

const filed = {
  a: { type: ['案例'], kind: ['已有做法'], year: ['2022'] },
  b: { type: ['案例'], kind: ['部署要求'], year: ['2023'] },
  c: { type: ['讲话'], year: ['2022'] },
  d: { type: ['理念'] },
};
const results = ['d', 'c', 'b', 'a'].map((id) => ({ id }));

describe('FilterSets', () => {
  test('narrows results to every chosen value, in their order, asking the index once per value', async () => {
    const { pagefind, asked } = filedPages(filed);
    const sets = new FilterSets(pagefind);
    expect(await sets.narrow(results, { type: '案例' })).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(await sets.narrow(results, { type: '案例', year: '2022' })).toEqual([{ id: 'a' }]);
    expect(await sets.narrow(results, {})).toEqual(results);
    expect(asked).toEqual(['type=案例', 'year=2022']);
  });

  test('counts what each value would leave, a menu’s own choice replaced, not added', async () => {
    const sets = new FilterSets(filedPages(filed).pagefind);
    const counts = await sets.count(
      results,
      { type: '案例', year: '2022' },
      { type: ['案例', '讲话', '理念'], kind: ['已有做法', '部署要求'], year: ['2022', '2023'] },
    );
    expect(counts).toEqual({
      type: { '': 2, 案例: 1, 讲话: 1, 理念: 0 },
      kind: { '': 1, 已有做法: 1, 部署要求: 0 },
      year: { '': 2, 2022: 1, 2023: 1 },
    });
  });
});
