import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { htmlPages } from '../helpers/dist.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { SITE_DIST, ROOT } from '../helpers/paths.ts';
import { readContent } from '../helpers/content-files.ts';

const KB = 1024;

/**
 * Gzip bytes per page type of HTML + CSS + JavaScript loaded before any interaction.
 * The case page budget is the product's commitment (a Starlight case page built from the
 * same kind of content weighs 22.5 KB); the others follow from what each type carries.
 */
const BUDGETS = {
  case: { total: 20 * KB, js: 3 * KB },
  speech: { total: 30 * KB, js: 3 * KB },
  concept: { total: 20 * KB, js: 3 * KB },
  site: { total: 20 * KB, js: 3 * KB },
  list: { total: 20 * KB, js: 3 * KB },
  home: { total: 20 * KB, js: 3 * KB },
  // The search, course-pack and comparison pages' own scripts are their reason to exist; the index loads on the
  // first search, and the Word writer (≈ 73 KB) only when 下载 Word is pressed.
  search: { total: 20 * KB, js: 6 * KB },
  // The 投稿 page shares small modules (anchors, numbering) with the pack's tools, so Rolldown gives them chunks of
  // their own: +0.6 KB of imports and names.
  pack: { total: 20 * KB, js: 9 * KB },
  compare: { total: 20 * KB, js: 5 * KB },
  // The 投稿 form, its converters of a paste and of its Word-style headings; the schemas (Zod) load with
  // the first thing written, the pinyin dictionary with the first title, mammoth with the first Word file.
  contribute: { total: 40 * KB, js: 22 * KB },
} as const;

const pages = htmlPages(SITE_DIST);
const typeOf = (path: string): keyof typeof BUDGETS | undefined => {
  if (path === '/') return 'home';
  if (path === '/search/') return 'search';
  if (path === '/pack/') return 'pack';
  if (path === '/compare/') return 'compare';
  if (path === '/contribute/') return 'contribute';
  const [, collection, id] = path.split('/');
  if (!id || /^\d+$/.test(id)) return pages.includes(path) && collection ? 'list' : undefined;
  return ({ cases: 'case', speeches: 'speech', concepts: 'concept', sites: 'site' } as const)[
    collection as 'cases'
  ];
};

describe.each(Object.entries(BUDGETS))('%s pages', (type, budget) => {
  const ofType = pages.filter((path) => typeOf(path) === type);

  test('exist in the build', () => {
    expect(ofType.length).toBeGreaterThan(0);
  });

  test(`stay within ${budget.total / KB} KB gzip in all and ${budget.js / KB} KB of JavaScript before interaction`, () => {
    for (const path of ofType) {
      const weight = pageWeight(SITE_DIST, path);
      expect(weight.total, `${path}: ${JSON.stringify(weight)}`).toBeLessThanOrEqual(budget.total);
      expect(weight.js, `${path}: ${JSON.stringify(weight)}`).toBeLessThanOrEqual(budget.js);
    }
  });
});

test('reading pages load only the small shared script that listens for clicks; tools load when used', () => {
  const reading = readContent(join(ROOT, 'content')).map(
    (entry) => `/${entry.collection}/${entry.id}/`,
  );
  for (const path of reading)
    // 2 KB was the promise; the names of the chunks the tools load from (more, smaller ones since the 投稿
    // page shares modules with them) take some 60 bytes more.
    expect(pageWeight(SITE_DIST, path).js, path).toBeLessThanOrEqual(2.1 * KB);
});
