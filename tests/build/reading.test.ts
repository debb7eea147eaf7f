import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { listOf, readContent } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { readQr } from '../helpers/read-qr.ts';

// Read straight from the content files, not through the site's code, so a bug there cannot hide here.
const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
// An old address kept by an alias is a redirect: it is never read or printed, so it has no code or card of its own.
const pages = htmlPages(SITE_DIST).filter(
  (path) => !readPage(SITE_DIST, path).querySelector('meta[http-equiv="refresh"]'),
);
const entryPaths = entries.map((entry) => `/${entry.collection}/${entry.id}/`);
const canonicalOf = (path: string) =>
  readPage(SITE_DIST, path).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const speech = of('speeches')[0]!;
const speechPath = `/speeches/${speech.id}/`;
/** Which cases cite each `speech#p-N` for their practice (`paragraphs`, not `background`). */
const citedBy = new Map<string, string[]>();
for (const item of of('cases')) {
  for (const cite of (item.data.cites ?? []) as Array<{ speech: string; paragraphs?: string[] }>) {
    for (const paragraph of cite.paragraphs ?? [])
      citedBy.set(`${cite.speech}#${paragraph}`, [
        ...(citedBy.get(`${cite.speech}#${paragraph}`) ?? []),
        item.id,
      ]);
  }
}

describe('speech ↔ case links', () => {
  test('a speech paragraph that cases illustrate shows 相关案例 (n) linking exactly those cases', () => {
    const page = readPage(SITE_DIST, speechPath);
    const paragraphs = page.querySelectorAll('p.para[id]');
    expect(paragraphs.length).toBeGreaterThan(15);
    let shown = 0;
    for (const paragraph of paragraphs) {
      const expected = (citedBy.get(`${speech.id}#${paragraph.id}`) ?? [])
        .map((id) => `/cases/${id}/`)
        .sort();
      const aside = paragraph.nextElementSibling?.classList.contains('related-cases')
        ? paragraph.nextElementSibling
        : undefined;
      if (expected.length === 0) {
        expect(aside, paragraph.id).toBeUndefined();
        continue;
      }
      shown += 1;
      expect(aside?.text, paragraph.id).toContain(`相关案例（${expected.length}）`);
      expect(
        aside!
          .querySelectorAll('a')
          .map((link) => link.getAttribute('href'))
          .sort(),
        paragraph.id,
      ).toEqual(expected);
    }
    expect(shown).toBeGreaterThan(5);
  });
});

describe('the concept × model-site table', () => {
  test('counts, in each cell, the cases that name both, and links the cell to exactly them', () => {
    const page = readPage(SITE_DIST, '/matrix/');
    const conceptIds = new Map(
      of('concepts').map((concept) => [String(concept.data.title), concept.id]),
    );
    const siteIds = new Map(of('sites').map((site) => [String(site.data.title), site.id]));
    const expected = new Map<string, string[]>();
    for (const item of of('cases')) {
      for (const concept of listOf(item.data, 'concepts')) {
        for (const site of listOf(item.data, 'sites')) {
          const key = `${conceptIds.get(concept)}/${siteIds.get(site)}`;
          expected.set(key, [...(expected.get(key) ?? []), `/cases/${item.id}/`]);
        }
      }
    }
    expect(page.querySelectorAll('tbody tr').length).toBe(of('concepts').length);
    expect(page.querySelectorAll('thead th[scope="col"]').length).toBe(of('sites').length + 1);
    const cells = page.querySelectorAll('td a');
    expect(cells.length).toBe(expected.size);
    for (const cell of cells) {
      const key = /^\/matrix\/([^/]+\/[^/]+)\/$/.exec(cell.getAttribute('href') ?? '')?.[1] ?? '';
      expect(Number(cell.text), key).toBe(expected.get(key)?.length);
      const listed = readPage(SITE_DIST, `/matrix/${key}/`)
        .querySelectorAll('main li a[href^="/cases/"]')
        .map((link) => link.getAttribute('href'));
      expect([...new Set(listed)].sort(), key).toEqual(expected.get(key)!.sort());
    }
    // Empty crossings show 0 and link nowhere.
    expect(page.querySelectorAll('td').length).toBe(of('concepts').length * of('sites').length);
    expect(page.querySelectorAll('td > span').every((zero) => zero.text === '0')).toBe(true);
  });
});

describe('the glossary', () => {
  const terms = of('glossary');

  test('has a /glossary/ page listing every term, and a page per term', () => {
    const links = readPage(SITE_DIST, '/glossary/')
      .querySelectorAll('main a')
      .map((link) => link.getAttribute('href'));
    for (const term of terms) {
      expect(links).toContain(`/glossary/${term.id}/`);
      expect(pages).toContain(`/glossary/${term.id}/`);
    }
    expect(terms.map((term) => term.data.title)).toEqual(
      expect.arrayContaining([
        '四所合一',
        '双述双评',
        '两学一做',
        '网格化',
        '区域化党建',
        '党群服务中心',
        '最后一公里',
      ]),
    );
  });

  test('a term keeping an official full form shows it on its page, as the glossary writes it', () => {
    const page = readPage(SITE_DIST, '/glossary/liangxue-yizuo/');
    const fullName = page.querySelectorAll('main p').find((p) => p.text.startsWith('全称：'));
    expect(fullName?.text.replace(/\s+/g, '')).toBe('全称：学党章党规、学系列讲话，做合格党员');
  });

  test('the first use of a term in an entry opens its definition; later uses are plain text', () => {
    const page = readPage(SITE_DIST, speechPath);
    const buttons = page.querySelectorAll('article button.term');
    const targets = buttons.map((button) => button.getAttribute('popovertarget'));
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(new Set(targets).size).toBe(targets.length);
    for (const button of buttons) {
      const popover = page.getElementById(button.getAttribute('popovertarget')!);
      expect(popover?.getAttribute('popover')).toBe('auto');
      const link = popover!.querySelector('a')!.getAttribute('href')!;
      expect(pages).toContain(link);
      // The entry's own text before the button never holds the same words: it is the first use.
      const article = page.querySelector('article')!.toString();
      const before = parse(article.slice(0, article.indexOf(button.toString())));
      for (const added of before.querySelectorAll(
        '.related-cases, .background-cases, .toc, [popover]',
      ))
        added.remove();
      expect(before.text.includes(button.text), button.text).toBe(false);
    }
  });
});

describe('handouts', () => {
  test("every page prints a QR code that reads back as the page's own address", async () => {
    // The 学习单 prints a code of its own, opening the pack itself (tests/e2e/printed-pack.test.ts).
    const withCodes = pages.filter((path) => path.endsWith('/') && path !== '/pack/');
    for (const path of withCodes) {
      const svg = readPage(SITE_DIST, path).querySelector('.page-qr svg')?.toString();
      expect(svg, path).toBeDefined();
      expect(await readQr(svg!), path).toBe(canonicalOf(path));
    }
  });

  test("each paragraph's projection QR code reads back as the paragraph's link", async () => {
    const codes = JSON.parse(
      readFileSync(join(SITE_DIST, 'qr/speeches', `${speech.id}.json`), 'utf8'),
    ) as Record<string, string>;
    const paragraphs = readPage(SITE_DIST, speechPath)
      .querySelectorAll('p.para[id]')
      .map((paragraph) => paragraph.id);
    expect(Object.keys(codes).sort()).toEqual(paragraphs.sort());
    for (const id of ['p-1', 'p-14', paragraphs.at(-1)!])
      expect(await readQr(codes[id]!)).toBe(`${canonicalOf(speechPath)}#${id}`);
  });
});

describe('feeds and data', () => {
  test('/rss.xml lists every speech and case, last changed first, each linking to its page', () => {
    const rss = readFileSync(join(SITE_DIST, 'rss.xml'), 'utf8');
    // pubDate is when the page last changed here (a file not yet committed has none), never a speech's or practice's date.
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
      link: /<link>([^<]+)<\/link>/.exec(item!)![1]!,
      date: Date.parse(
        /<pubDate>([^<]+)<\/pubDate>/.exec(item!)?.[1] ??
          `${new Date().toISOString().slice(0, 10)}T00:00:00+08:00`,
      ),
    }));
    const expected = entries
      .filter((entry) => entry.collection === 'speeches' || entry.collection === 'cases')
      .map((entry) => `/${entry.collection}/${entry.id}/`);
    expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual(expected.sort());
    expect(items.map((item) => item.date)).toEqual(
      items.map((item) => item.date).sort((a, b) => b - a),
    );
    expect(
      readPage(SITE_DIST, '/')
        .querySelector('link[rel="alternate"][type="application/rss+xml"]')
        ?.getAttribute('href'),
    ).toBe('/rss.xml');
  });

  test('/data/entries.json holds every entry once, with its type, title and address', () => {
    const data = JSON.parse(readFileSync(join(SITE_DIST, 'data/entries.json'), 'utf8')) as {
      entries: Array<{ id: string; url: string; title: string; type: string }>;
    };
    const paths = data.entries.map((entry) => new URL(entry.url).pathname);
    expect(paths.sort()).toEqual([...entryPaths].sort());
    for (const entry of data.entries) {
      expect(entry.title, entry.id).toBe(
        entries.find((item) => `/${item.collection}/${item.id}/` === new URL(entry.url).pathname)!
          .data.title,
      );
      expect(['讲话', '案例', '理念', '示范点', '术语']).toContain(entry.type);
    }
  });

  test('the not-found page, served at every missing address, names no address of its own and prints no QR code', () => {
    const page = readPage(SITE_DIST, '/404.html');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(page.querySelector('meta[property="og:url"]')).toBeNull();
    expect(page.querySelector('.page-qr')).toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('every page carries Open Graph tags matching its title and address', () => {
    for (const path of pages.filter((page) => page.endsWith('/'))) {
      const page = readPage(SITE_DIST, path);
      const og = (property: string) =>
        page.querySelector(`meta[property="og:${property}"]`)?.getAttribute('content');
      expect(og('url'), path).toBe(canonicalOf(path));
      expect(page.querySelector('title')!.text.startsWith(og('title')!), path).toBe(true);
      expect(og('description')?.length, path).toBeGreaterThan(10);
      expect(og('type'), path).toBe(entryPaths.includes(path) ? 'article' : 'website');
    }
  });
});

describe('previous and next', () => {
  test.each(['speeches', 'cases', 'concepts', 'sites', 'glossary'])(
    'link every %s entry to its neighbours in one chain through the collection',
    (collection) => {
      const paths = entryPaths.filter((path) => path.startsWith(`/${collection}/`));
      const link = (path: string, rel: string) =>
        readPage(SITE_DIST, path).querySelector(`a[rel="${rel}"]`)?.getAttribute('href');
      const firsts = paths.filter((path) => !link(path, 'prev'));
      expect(firsts.length).toBe(1);
      const chain = [firsts[0]!];
      for (let next = link(chain[0]!, 'next'); next; next = link(next, 'next')) {
        expect(link(next, 'prev')).toBe(chain.at(-1));
        chain.push(next);
      }
      expect(chain.sort()).toEqual([...paths].sort());
    },
  );
});
