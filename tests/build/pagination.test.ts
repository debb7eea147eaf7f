import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { htmlPages, hrefs, readPage } from '../helpers/dist.ts';

const CASES = 45;
const PAGE_SIZE = 20;
let dist: string;

beforeAll(async () => {
  const site = await fixtureSite('many');
  for (let n = 1; n <= CASES; n += 1) {
    const day = String((n % 28) + 1).padStart(2, '0');
    await site.write(
      `content/cases/anli-${n}.mdx`,
      `---\ntitle: 分页测试案例${n}\nkind: 部署要求\ndate: 2022-06-${day}\nsummary: 第${n}个。\nconcepts: [大服务共享]\nsites: [测试社区]\n---\n\n正文。\n`,
    );
  }
  const result = await site.build();
  expect(result.exitCode, result.output).toBe(0);
  dist = site.dist;
});

/** The case links listed on `path`, in the part of the page that lists cases. */
const listed = (path: string, selector: string) =>
  hrefs(readPage(dist, path), selector).filter((href) => href.startsWith('/cases/anli-'));

describe.each([
  ['the case list', ['/cases/', '/cases/2/', '/cases/3/'], 'main ul > li > a'],
  [
    'a concept page',
    [
      '/concepts/da-fuwu-gongxiang/',
      '/concepts/da-fuwu-gongxiang/2/',
      '/concepts/da-fuwu-gongxiang/3/',
    ],
    'section[aria-labelledby="cases"] li > a',
  ],
  [
    'a model-site page',
    ['/sites/ceshi-shequ/', '/sites/ceshi-shequ/2/', '/sites/ceshi-shequ/3/'],
    'section[aria-labelledby="cases"] li > a',
  ],
])('%s with more cases than fit on a page', (_, paths, selector) => {
  test('is split into numbered pages of at most the page size, and no more pages than needed', () => {
    const all = htmlPages(dist);
    expect(all).toEqual(expect.arrayContaining(paths));
    expect(all).not.toContain(paths[0]!.replace(/\/$/, '/4/'));
    expect(paths.map((path) => listed(path, selector).length)).toEqual([
      PAGE_SIZE,
      PAGE_SIZE,
      CASES - 2 * PAGE_SIZE,
    ]);
  });

  test('lists every case exactly once across its pages', () => {
    const seen = paths.flatMap((path) => listed(path, selector));
    expect(new Set(seen).size).toBe(CASES);
    expect(seen).toHaveLength(CASES);
  });

  test('links each page to the next and previous', () => {
    const pager = (path: string) => readPage(dist, path).querySelector('nav[aria-label="分页"]')!;
    expect(pager(paths[0]!).querySelector('a[rel="next"]')?.getAttribute('href')).toBe(paths[1]);
    expect(pager(paths[1]!).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(paths[0]);
    expect(pager(paths[1]!).querySelector('a[rel="next"]')?.getAttribute('href')).toBe(paths[2]);
    expect(pager(paths[2]!).querySelector('a[rel="next"]')).toBeNull();
    expect(pager(paths[1]!).querySelector('[aria-current="page"]')?.text.trim()).toBe('2');
  });
});

test('continuation pages of a tag page are left out of search, so a concept is found once', () => {
  expect(
    readPage(dist, '/concepts/da-fuwu-gongxiang/').querySelector('[data-pagefind-body]'),
  ).not.toBeNull();
  expect(
    readPage(dist, '/concepts/da-fuwu-gongxiang/2/').querySelector('[data-pagefind-body]'),
  ).toBeNull();
});
