import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileOf, htmlPages, readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { labelOf, type CollectionName } from '../../src/common/collections.ts';
import { BUILD_DATA_FILE } from '../../src/postbuild/build-data.ts';

const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const pages = htmlPages(SITE_DIST);
const hrefsOf = (path: string, selector: string) =>
  readPage(SITE_DIST, path)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href') ?? '');

describe('the built site', () => {
  test('has a page for every entry, at /<collection>/<file name>/', () => {
    const missing = entries
      .map((entry) => `/${entry.collection}/${entry.id}/`)
      .filter((path) => !pages.includes(path));
    expect(missing).toEqual([]);
    expect(entries.length).toBeGreaterThan(20);
  });

  test('files every entry page in the search index under its title, type and kind, from the knowledge base', () => {
    const indexed = new Map(readIndexedPages(SITE_DIST).map((page) => [page.url, page]));
    for (const entry of entries) {
      const page = indexed.get(`/${entry.collection}/${entry.id}/`);
      expect(page?.meta.title, `${entry.collection}/${entry.id}`).toBe(entry.data.title);
      expect(page?.filters.type, `${entry.collection}/${entry.id}`).toEqual([
        labelOf(entry.collection as CollectionName),
      ]);
      if (entry.collection === 'cases') expect(page?.filters.kind).toEqual([entry.data.kind]);
    }
    expect(indexed.size).toBe(entries.length);
  });

  test('publishes neither the build data of its post-build steps nor search facets in page heads', () => {
    expect(existsSync(join(SITE_DIST, BUILD_DATA_FILE))).toBe(false);
    const withFacets = pages.filter((path) =>
      readPage(SITE_DIST, path).querySelector(
        'meta[data-pagefind-filter], meta[data-pagefind-meta]',
      ),
    );
    expect(withFacets).toEqual([]);
  });

  test('has the home page, every list, the search page and a 404 page', () => {
    for (const path of [
      '/',
      '/speeches/',
      '/cases/',
      '/concepts/',
      '/sites/',
      '/search/',
      '/404.html',
    ]) {
      expect(pages, path).toContain(path);
    }
  });

  test('uses only ASCII page URLs that end with a slash', () => {
    for (const path of pages.filter((page) => page !== '/404.html'))
      expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });

  test('declares Chinese on every page', () => {
    for (const path of pages)
      expect(readPage(SITE_DIST, path).querySelector('html')?.getAttribute('lang'), path).toBe(
        'zh-CN',
      );
  });

  test('lists every entry page in the sitemap', () => {
    const sitemap = readFileSync(join(SITE_DIST, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map(
      (match) => match[1],
    );
    for (const entry of entries) expect(listed).toContain(`/${entry.collection}/${entry.id}/`);
  });

  test('home page shows the four concepts with case counts, model sites, latest cases, speeches and a search box', () => {
    const home = readPage(SITE_DIST, '/');
    const conceptCards = home.querySelectorAll(
      '#concepts ~ ul li, section[aria-labelledby="concepts"] li',
    );
    expect(conceptCards).toHaveLength(4);
    for (const card of conceptCards) expect(card.text).toMatch(/案例 \d+ 个/);
    expect(
      home.querySelector('section[aria-labelledby="sites"] a[href^="/sites/"]'),
    ).not.toBeNull();
    expect(
      home.querySelector('section[aria-labelledby="latest-cases"] a[href^="/cases/"]'),
    ).not.toBeNull();
    expect(
      home.querySelector('section[aria-labelledby="speeches"] a[href^="/speeches/"]'),
    ).not.toBeNull();
    expect(home.querySelector('form[action="/search/"] input[name="q"]')).not.toBeNull();
  });

  test('case pages show a metadata block with kind, date when stated, level, region, sites, concepts and sources', () => {
    const cases = entries.filter((entry) => entry.collection === 'cases');
    for (const entry of cases) {
      const labels = readPage(SITE_DIST, `/cases/${entry.id}/`)
        .querySelectorAll('dl dt')
        .map((dt) => dt.text);
      expect(labels, entry.id).toEqual(expect.arrayContaining(['性质', '示范点', '理念', '来源']));
      expect(labels.includes('时间'), entry.id).toBe(entry.data.date !== undefined);
      if (entry.data.level) expect(labels, entry.id).toContain('层级');
      if (entry.data.region) expect(labels, entry.id).toContain('地区');
    }
  });

  test("uses the system's CJK fonts: no web font is declared or shipped", () => {
    const files = readdirSync(join(SITE_DIST, '_astro'));
    expect(files.filter((name) => /\.(woff2?|ttf|otf|eot)$/.test(name))).toEqual([]);
    const sheets = files
      .filter((file) => file.endsWith('.css'))
      .map((name) => readFileSync(join(SITE_DIST, '_astro', name), 'utf8'));
    for (const css of sheets) expect(css).not.toContain('@font-face');
    // The site's stylesheet names the system fonts; a page may add a small sheet of its own (案例对照).
    expect(
      sheets.filter((css) => /--font-sans:[^;]*PingFang SC[^;]*Noto Sans CJK SC/.test(css)),
    ).toHaveLength(1);
  });

  test('case pages quote every speech paragraph they cite, and link those given as background under their own label', () => {
    const cases = entries.filter((entry) => entry.collection === 'cases');
    for (const entry of cases) {
      const cites = (entry.data.cites ?? []) as {
        speech: string;
        paragraphs?: string[] | string;
        background?: string[] | string;
      }[];
      expect(cites.length, entry.id).toBeGreaterThan(0);
      const page = readPage(SITE_DIST, `/cases/${entry.id}/`);
      const hrefs = (selector: string) =>
        page
          .querySelectorAll(`section[aria-labelledby="speech-links"] ${selector}`)
          .map((a) => a.getAttribute('href'));
      const quoted = hrefs('figcaption a');
      const background = hrefs('.case-background li > a');
      for (const cite of cites) {
        for (const paragraph of [cite.paragraphs ?? []].flat())
          expect(quoted, entry.id).toContain(`/speeches/${cite.speech}/#${paragraph}`);
        for (const paragraph of [cite.background ?? []].flat()) {
          expect(background, entry.id).toContain(`/speeches/${cite.speech}/#${paragraph}`);
          expect(quoted, entry.id).not.toContain(`/speeches/${cite.speech}/#${paragraph}`);
        }
      }
    }
  });

  test('case pages list related cases that share a concept or a model site', () => {
    const related = hrefsOf(
      '/cases/jiedao-guanli-tizhi-gaige/',
      'section[aria-labelledby="related"] li > a',
    );
    expect(related.length).toBeGreaterThan(0);
    const mine = hrefsOf('/cases/jiedao-guanli-tizhi-gaige/', 'dl a');
    for (const other of related)
      expect(hrefsOf(other, 'dl a').some((href) => mine.includes(href))).toBe(true);
  });

  test('the 404 page is served as a page of its own with a way back', () => {
    const page = readFileSync(fileOf(SITE_DIST, '/404.html'), 'utf8');
    expect(page).toContain('找不到这个页面');
    expect(page).toContain('href="/"');
  });
});
