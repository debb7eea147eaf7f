import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOf, htmlPages, readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Read straight from the content files, not through the site's code, so a bug there cannot hide here.
const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const data = (collection: string, id: string) =>
  entries.find((entry) => entry.collection === collection && entry.id === id)?.data;
const main = (path: string) => readPage(SITE_DIST, path).querySelector('main')!;
const cited = (collection: string, id: string) =>
  ((data(collection, id)?.cites ?? []) as Array<{ paragraphs?: string[] }>).flatMap(
    (cite) => cite.paragraphs ?? [],
  );
const speech = entries.find((entry) => entry.collection === 'speeches')!;
const speechPage = readPage(SITE_DIST, `/speeches/${speech.id}/`);

describe('a practice the speech reports and a pilot it only deploys are two cases', () => {
  test('农村社区建设 is 已有做法, citing the review of past work, and names no pilot', () => {
    const done = data('cases', 'nongcun-shequ-jianshe')!;
    expect(done.kind).toBe('已有做法');
    expect(`${done.title}${done.summary}`).not.toContain('试点');
    expect(cited('cases', 'nongcun-shequ-jianshe')).toEqual(['p-6']);
    expect(done.sites ?? []).toEqual([]);
  });

  test('the two pilots are 部署要求, cite the paragraph that deploys them and list both pilot sites', () => {
    const pilots = data('cases', 'nongcun-shequ-jianshe-he-cunmin-zizhi-shidian')!;
    expect(pilots.kind).toBe('部署要求');
    expect(cited('cases', 'nongcun-shequ-jianshe-he-cunmin-zizhi-shidian')).toEqual(['p-19']);
    expect(pilots.sites).toEqual([
      '农村社区建设试点',
      '以村民小组或自然村为基本单元的村民自治试点',
    ]);
    const quote = main('/cases/nongcun-shequ-jianshe-he-cunmin-zizhi-shidian/').querySelector(
      'figure.speech-quote[data-at="p-19"]',
    );
    expect(quote?.text).toContain('以村民小组或自然村为基本单元的村民自治试点');
  });

  test('the old address, its paragraph anchors included, leads to the 已有做法 case, which links to the pilots', () => {
    const old = readFileSync(
      fileOf(SITE_DIST, '/cases/nongcun-shequ-jianshe-cunmin-zizhi-shidian/'),
      'utf8',
    );
    expect(old).toContain('content="0;url=/cases/nongcun-shequ-jianshe/"');
    const page = main('/cases/nongcun-shequ-jianshe/');
    expect(
      page.querySelector('#p-3 a[href="/cases/nongcun-shequ-jianshe-he-cunmin-zizhi-shidian/"]'),
    ).not.toBeNull();
    // The old page's p-4 (a general note on 村民委员会) now belongs to the pilots: its number is retired, and p-5, p-6 keep theirs.
    expect(page.querySelector('p#p-4')).toBeNull();
    expect(page.querySelector('#p-4')?.getAttribute('data-alias-of')).toBe('p-3');
    expect(page.querySelector('#p-5')?.text).toContain('走在全区前列');
    expect(page.querySelector('#p-6')?.text).toContain('本站归纳');
  });
});

describe('the site’s own words claim no more than the speech', () => {
  test('街道管理体制改革 adds no order of steps, and does not deny the measures it has just quoted', () => {
    const text = main('/cases/jiedao-guanli-tizhi-gaige/').text;
    expect(text).not.toContain('先抓好试点');
    expect(text).not.toContain('讲话没有说明改革的具体措施');
    expect(text).toContain('没有说明推进改革和抓好试点谁先谁后');
  });

  test('the summary of 书记问评 keeps the speech’s words in quotation marks and labels the site’s reading', () => {
    const summary = data('cases', 'shuji-wenping')!.summary as string;
    expect(summary).toContain('“可适时安排这两项内容进行专题问评”');
    expect(summary).toMatch(/本站.*理解/);
    const listed = readPage(SITE_DIST, '/cases/')
      .querySelectorAll('li')
      .find((li) => li.querySelector('a[href="/cases/shuji-wenping/"]'));
    expect(listed?.text).toContain('本站据上下文理解');
  });

  test('社区整合党员骨干 names the departments the speech names, not every department', () => {
    const title = data('cases', 'shequ-zhenghe-dangyuan-gugan')!.title as string;
    expect(title).toContain('公安、业委会、物业公司等部门党员骨干');
    expect(title).not.toContain('各部门');
  });

  test('the 农村社区议事 example is not placed in 本市: the page says the speech does not say where it is', () => {
    expect(data('cases', 'nongcun-shequ-yishi-qing-x-shangyi')!.region).toBeUndefined();
    const text = main('/cases/nongcun-shequ-yishi-qing-x-shangyi/').text;
    expect(text).toContain('没有说它出自本市');
    expect(text).toContain('没有说这些社区是否在本市');
  });

  test('the speech’s 整理说明 says p-5 is reported speech, not 习近平’s exact words', () => {
    const note =
      speechPage.querySelectorAll('dl dt').find((dt) => dt.text.trim() === '整理说明')
        ?.nextElementSibling?.text ?? '';
    expect(note).toContain('第5段');
    expect(note).toContain('转述');
    expect(note).toContain('不要当作习近平总书记的原话');
  });
});

describe('campaign names are the official ones in the site’s voice', () => {
  const pages = htmlPages(SITE_DIST);

  test('“两学一做” is expanded 学党章党规、学系列讲话，做合格党员 on every page, popovers included', () => {
    let expanded = 0;
    for (const path of pages) {
      const html = readFileSync(fileOf(SITE_DIST, path), 'utf8');
      expect(html, path).not.toContain('学系列讲话、做合格党员');
      if (html.includes('学党章党规、学系列讲话，做合格党员')) expanded += 1;
    }
    expect(expanded).toBeGreaterThanOrEqual(3);
    const popover = readPage(SITE_DIST, '/cases/dangyuan-jiaoyu-wenming-chuangjian/').querySelector(
      '#term-liangxue-yizuo',
    );
    expect(popover?.text).toContain('学党章党规、学系列讲话，做合格党员');
  });

  test('the campaign is “不忘初心、牢记使命”主题教育 in the site’s words, while quotations keep the speech’s comma', () => {
    const page = main('/cases/dangyuan-jiaoyu-wenming-chuangjian/');
    expect(page.querySelector('#p-3')?.text).toContain('“不忘初心、牢记使命”主题教育');
    expect(page.querySelector('#p-2')?.text).toContain('‘不忘初心，牢记使命’主题教育');
    expect(speechPage.querySelector('#p-16')?.text).toContain('“不忘初心，牢记使命”主题教育');
    const concept = main('/concepts/da-zuowei-gongchuang/');
    const listed = concept
      .querySelectorAll('li')
      .map((li) => li.text)
      .join('\n');
    expect(listed).toContain('“不忘初心、牢记使命”主题教育');
    for (const quote of concept.querySelectorAll('blockquote'))
      expect(quote.text).not.toContain('不忘初心、牢记使命');
  });
});

describe('general definitions say they are general', () => {
  const glossary = entries.filter((entry) => entry.collection === 'glossary');

  test('every glossary summary is labelled 一般而言 or says it is what the speech says', () => {
    expect(glossary.length).toBeGreaterThan(6);
    for (const entry of glossary)
      expect(entry.data.summary as string, entry.id).toMatch(/^(一般而言，|讲话)/);
  });

  test('a popover reads “term：definition”, never with a second colon after the term', () => {
    let popovers = 0;
    for (const path of htmlPages(SITE_DIST)) {
      for (const popover of readPage(SITE_DIST, path).querySelectorAll('.term-popover')) {
        popovers += 1;
        const first = popover.querySelector('p')!.text;
        expect(first.split('。')[0]!.split('：').length, `${path}: ${first}`).toBeLessThanOrEqual(
          2,
        );
        expect(first, path).toMatch(/^[^：]+：(一般而言，|讲话)/);
      }
    }
    expect(popovers).toBeGreaterThan(10);
  });
});

describe('practices the speech speaks of have cases of their own', () => {
  test.each([
    ['jiancheng-yipi-pinpai-chengxiang-shequ', '已有做法', 'p-6', '品牌城乡社区'],
    ['fahui-jiceng-dang-zuzhi-lingdao-hexin', '部署要求', 'p-7', '领导核心作用'],
    ['guli-jumin-jiji-zhudong-canyu-zizhi', '部署要求', 'p-9', '主动自我管理'],
    ['qianghua-gaige-chuangxin', '部署要求', 'p-18', '制度创新'],
  ])('%s is %s, quotes %s and is listed under it on the speech page', (id, kind, at, words) => {
    expect(data('cases', id)?.kind).toBe(kind);
    expect(cited('cases', id)).toContain(at);
    const quote = main(`/cases/${id}/`).querySelector(`figure.speech-quote[data-at="${at}"]`);
    expect(quote?.text).toContain(words);
    const aside = speechPage.querySelector(`#${at}`)?.nextElementSibling;
    expect(aside?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      `/cases/${id}/`,
    );
  });
});
