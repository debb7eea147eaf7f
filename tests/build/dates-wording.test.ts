import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';
import { gitLastUpdated } from '../../src/knowledge/last-updated.ts';

const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const cases = entries.filter((entry) => entry.collection === 'cases');
const pages = htmlPages(SITE_DIST);

describe('the site’s own words claim no practice where the speech only deploys', () => {
  /** Words that say a practice was carried out, where the site lists what may be only a requirement. */
  const CLAIMS = /践行|在那里开展|示范点案例/;

  test('no page, heading, label or description of the built site says 践行, 在那里开展 or 示范点案例', () => {
    for (const path of pages) {
      const page = readPage(SITE_DIST, path);
      // The speech and case bodies are the speech's words and the editors'; the site's own words are the chrome around them.
      for (const element of page.querySelectorAll('h1, h2, h3, dt, header p, main > p, title'))
        expect(element.text, `${path}: ${element.text}`).not.toMatch(CLAIMS);
      const description = page.querySelector('meta[name="description"]')?.getAttribute('content');
      expect(description ?? '', path).not.toMatch(CLAIMS);
    }
  });

  test('a concept page lists its sites as related, a site page its concepts', () => {
    expect(
      readPage(SITE_DIST, '/concepts/da-dangjian-gongjian/').querySelector('h2#sites')?.text.trim(),
    ).toBe('与这一理念相关的示范点');
    const labels = readPage(SITE_DIST, '/sites/jiedao-guanli-tizhi-gaige-shidian/')
      .querySelectorAll('dl dt')
      .map((dt) => dt.text.trim());
    expect(labels).toContain('相关理念');
    expect(readPage(SITE_DIST, '/concepts/').text).toContain(
      '每个理念页列出与它相关的案例和示范点',
    );
    expect(readPage(SITE_DIST, '/sites/').text).toContain('每页列出与它相关的案例');
  });
});

describe('dates say what they are, and lists are in the order they say', () => {
  test('the search year filter offers an estimated year as 约2019年, filtering by the year', () => {
    const options = readPage(SITE_DIST, '/search/')
      .querySelectorAll('select[name="year"] option')
      .filter((option) => option.getAttribute('value'));
    expect(options.map((option) => [option.getAttribute('value'), option.text.trim()])).toEqual([
      ['2019', '约2019年'],
    ]);
    expect(options[0]!.getAttribute('data-label')).toBe('约2019年');
  });

  test('the search page says the order it lists in, and lists in that order: the most recently changed first', () => {
    const page = readPage(SITE_DIST, '/search/');
    expect(page.querySelector('[data-search-status]')?.text).toContain('按最后更新从新到旧');
    expect(page.text).not.toContain('按日期从新到旧');
  });

  test('the home page’s case list is called what it is and ordered by it, each case with its 最后更新', () => {
    const section = readPage(SITE_DIST, '/').querySelector(
      'section[aria-labelledby="latest-cases"]',
    )!;
    expect(section.querySelector('h2')?.text.trim()).toBe('最近更新的案例');
    expect(readPage(SITE_DIST, '/').text).not.toContain('最新案例');
    const changed = gitLastUpdated(ROOT);
    const collator = new Intl.Collator('zh-CN');
    const expected = cases
      .map((entry) => ({
        id: entry.id,
        title: String(entry.data.title),
        updated: changed.get(`content/cases/${entry.id}.mdx`) ?? '',
      }))
      .sort((a, b) => b.updated.localeCompare(a.updated) || collator.compare(a.title, b.title))
      .slice(0, 6);
    const items = section.querySelectorAll('li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      expected.map((entry) => `/cases/${entry.id}/`),
    );
    for (const [index, li] of items.entries())
      if (expected[index]!.updated)
        expect(li.querySelector('time')?.getAttribute('datetime')).toBe(expected[index]!.updated);
  });

  test('entries.json gives an estimated date as an estimate, with the bare date for programs beside it', () => {
    const { entries: published } = JSON.parse(
      readFileSync(join(SITE_DIST, 'data/entries.json'), 'utf8'),
    ) as { entries: Array<Record<string, unknown>> };
    const speech = published.find((entry) => entry.type === '讲话')!;
    expect(speech).toMatchObject({ date: '约2019', dateValue: '2019', dateApproximate: true });
    for (const entry of published)
      if (entry.date !== undefined && entry.dateApproximate !== true)
        expect(entry.date, String(entry.id)).toBe(entry.dateValue);
  });
});

describe('the speech’s address and its sections are named so no reader mistakes them', () => {
  const speechPath = '/speeches/shequ-zhili-dangjian-tuijinhui-2022/';

  test('the speech keeps its published address, and its page says the 2022 in it is the repost’s year', () => {
    const page = readPage(SITE_DIST, speechPath);
    expect(page.querySelector('[data-reference-original]')?.text).toContain(
      '网址末尾的“2022”是原文发布的年份，不是讲话日期（约2019年）。',
    );
  });

  test('every quotation of a whole section is captioned with its part: 第三部分（四）, never （四） alone', () => {
    const captions = pages.flatMap((path) =>
      readPage(SITE_DIST, path)
        .querySelectorAll('figure.speech-quote')
        .filter((figure) =>
          /#part-\d+-\d+$/.test(figure.querySelector('figcaption a')?.getAttribute('href') ?? ''),
        )
        .map((figure) => [path, figure.querySelector('figcaption a')!.text.trim()] as const),
    );
    expect(captions.length).toBeGreaterThanOrEqual(4);
    for (const [path, caption] of captions)
      expect(caption, path).toMatch(
        /》第[一二三四五六七八九十]+部分(（[一二三四五六七八九十]+）“|“[一二三四五六七八九十]+是)/,
      );
    expect(captions.map(([, caption]) => caption)).toContain(
      '《在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话》第三部分（四）“树立‘大作为共创’的理念，发挥城市党建优势助力创建‘文明城市’”',
    );
  });
});
