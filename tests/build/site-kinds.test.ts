import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Read straight from the content files, not through the site's code, so a bug there cannot hide here.
const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const sites = entries.filter((entry) => entry.collection === 'sites');
const speech = entries.find((entry) => entry.collection === 'speeches')!;
const speechText = readFileSync(join(ROOT, 'content/speeches', `${speech.id}.mdx`), 'utf8');

/** The status each model site has, decided against the speech (see the test below for the words). */
const STATUS: Record<string, string> = {
  'x-liangge-shifandian': '已有',
  'x-dangzongzhi': '已有',
  'pinpai-chengxiang-shequ': '已有',
  'cunmin-zizhi-shidian': '部署要求',
  'nongcun-shequ-jianshe-shidian': '部署要求',
  'jiedao-guanli-tizhi-gaige-shidian': '部署要求',
  'xiangzhen-zhengfu-fuwu-nengli-jianshe-shidian': '部署要求',
  'x-dangjian-xiangcun-zhenxing-shifandai': '部署要求',
  'jiceng-dangjian-shifan-biaogan': '部署要求',
};

describe('a model site says whether the speech says it exists or asks for it', () => {
  test('every site file has the status the speech supports', () => {
    expect(Object.fromEntries(sites.map((site) => [site.id, site.data.status]))).toEqual(STATUS);
  });

  test('the speech’s own words: the three that exist it reports, the six it deploys', () => {
    // 已有: visited at the meeting, gave an experience talk, already built.
    expect(speechText).toContain('刚才，大家实地参观了X两个示范点，X党总支作了经验介绍');
    expect(speechText).toContain('还建成了一批有影响力有示范带动作用的品牌城乡社区');
    // 部署要求: the paragraph of 三是强化示范带动 asks for each of the others.
    expect(speechText).toContain(
      '推进农村社区建设试点、以村民小组或自然村为基本单元的村民自治试点工作，抓好街道管理体制改革试点和乡镇政府服务能力建设试点。开展“X党建+乡村振兴”示范带建设工作',
    );
    expect(speechText).toContain('推广一批基层党建示范标杆');
  });

  test.each(sites.map((site) => [site.id, site.data.status as string]))(
    '%s shows its status (%s) in words on its page, with what it means',
    (id, status) => {
      const row = readPage(SITE_DIST, `/sites/${id}/`)
        .querySelectorAll('dl dt')
        .find((dt) => dt.text.trim() === '性质')?.nextElementSibling;
      expect(row?.querySelector('.site-status')?.text.trim()).toBe(status);
      expect(row?.text).toContain(status === '已有' ? '讲话说它已经有了' : '不是已有的示范');
    },
  );

  test('the list of sites, the home page and each concept page show every site’s status beside its name', () => {
    const statusBeside = (path: string) =>
      Object.fromEntries(
        readPage(SITE_DIST, path)
          .querySelectorAll('main li')
          .flatMap((li) => {
            const link = li.querySelector('a[href^="/sites/"]');
            const badge = li.querySelector('.site-status');
            return link && badge
              ? [[link.getAttribute('href')!.split('/')[2], badge.text.trim()]]
              : [];
          }),
      );
    expect(statusBeside('/sites/')).toEqual(STATUS);
    const concepts = entries
      .filter((entry) => entry.collection === 'concepts')
      .map((entry) => `/concepts/${entry.id}/`);
    let shown = 0;
    for (const path of ['/', ...concepts]) {
      const listed = statusBeside(path);
      shown += Object.keys(listed).length;
      for (const [id, status] of Object.entries(listed))
        expect(status, `${path} ${id}`).toBe(STATUS[id]);
    }
    expect(shown).toBeGreaterThan(6);
  });

  test('a site found by search shows its status with its type, as a case shows its kind', () => {
    const indexed = readIndexedPages(SITE_DIST);
    for (const site of sites) {
      const record = indexed.find((page) => page.url === `/sites/${site.id}/`);
      expect(record?.meta.kind, site.id).toBe(STATUS[site.id]);
    }
  });

  test('entries.json publishes each site’s status', () => {
    const { entries: published } = JSON.parse(
      readFileSync(join(SITE_DIST, 'data/entries.json'), 'utf8'),
    ) as { entries: Array<{ id: string; type: string; status?: string }> };
    const statuses = Object.fromEntries(
      published.filter((entry) => entry.type === '示范点').map((entry) => [entry.id, entry.status]),
    );
    expect(statuses).toEqual(STATUS);
  });

  test('the 投稿 form asks for the status of a new site, required, with how to decide', () => {
    const field = readPage(SITE_DIST, '/contribute/').querySelector(
      '[data-fields-of="sites"] [data-field="status"]',
    );
    expect(field?.querySelector('legend')?.text).toMatch(/^\s*性质\s*（必填）\s*$/);
    expect(
      field?.querySelectorAll('input[type="radio"]').map((input) => input.getAttribute('value')),
    ).toEqual(['已有', '部署要求']);
    expect(field?.text).toContain('实地参观过、作过经验介绍或已经建成');
  });
});
