import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { readContent } from '../helpers/content-files.ts';
import { readIndexedPages } from '../helpers/pagefind-index.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Read straight from the content files, not through the site's code, so a bug there cannot hide here.
const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const speech = entries.find((entry) => entry.collection === 'speeches')!;
const speechPath = `/speeches/${speech.id}/`;
const speechPage = readPage(SITE_DIST, speechPath);
const pages = htmlPages(SITE_DIST);

/** What every date on the site may be called; a date shown without one of these could be taken for another. */
const DATE_LABELS = ['讲话日期', '发布日期', '时间', '最后更新'];

/** The label a `<time>` is shown under: the words just before it, or else its row's `<dt>`. */
function labelOf(time: HTMLElement): string {
  const before = ((time.parentNode?.innerHTML ?? '').split(time.outerHTML)[0] ?? '')
    .replace(/<[^>]+>/g, '')
    .trim()
    .replace(/[：:\s]+$/, '');
  if (DATE_LABELS.some((label) => before.endsWith(label))) return before;
  return time.closest('dd')?.previousElementSibling?.text.trim() ?? before;
}

/** Every text file of the built site, for words that must appear nowhere. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|json|xml|txt|js|css)$/.test(name) ? [path] : [];
  });
}

describe('dates say which date they are', () => {
  test('the speech shows when it was given (an estimate, with its basis) and when its text was published, each under its own label', () => {
    const rows = new Map(
      speechPage.querySelectorAll('dl dt').map((dt) => [dt.text.trim(), dt.nextElementSibling!]),
    );
    expect(rows.get('讲话日期')?.querySelector('time')?.text).toBe('约2019年');
    expect(rows.get('讲话日期')?.querySelector('time')?.getAttribute('datetime')).toBe('2019');
    expect(rows.get('讲话日期')?.text).toContain('依据：');
    expect(rows.get('讲话日期')?.text).toContain('2019年基层党建工作重点任务');
    expect(rows.get('发布日期')?.querySelector('time')?.text).toBe('2022年6月27日');
    expect(rows.has('日期')).toBe(false);
  });

  test('every date on every page carries its label', () => {
    let times = 0;
    for (const path of pages) {
      for (const time of readPage(SITE_DIST, path).querySelectorAll('time')) {
        times += 1;
        expect(
          DATE_LABELS.some((label) => labelOf(time).endsWith(label)),
          `${path}: ${time.outerHTML} under “${labelOf(time)}”`,
        ).toBe(true);
      }
    }
    expect(times).toBeGreaterThan(pages.length / 2);
  });

  test('search results show a date only with its label, and the speech is filed under the year it was given, never its repost year', () => {
    const indexed = new Map(readIndexedPages(SITE_DIST).map((page) => [page.url, page]));
    expect(indexed.get(speechPath)?.meta.date).toBe('讲话日期 约2019年');
    expect(indexed.get(speechPath)?.filters.year).toEqual(['2019']);
    for (const path of pages.filter((page) => page.startsWith('/cases/'))) {
      const date = indexed.get(path)?.meta.date;
      if (date !== undefined) expect(date, path).toMatch(/^时间 /);
    }
    const years = readPage(SITE_DIST, '/search/')
      .querySelectorAll('select[name="year"] option')
      .map((option) => option.text.trim());
    // An estimated year is offered as one.
    expect(years).toContain('约2019年');
    expect(years.filter((year) => year.includes('2022'))).toEqual([]);
  });

  test('a paragraph citation is dated by the speech; the reference by this page, the repost in words beside it', () => {
    expect(speechPage.querySelector('article')?.getAttribute('data-cite-date')).toBe('约2019年');
    const reference = speechPage.querySelector('[data-reference]')!;
    // Every date of the reference belongs to this site's page: its publisher, its last change, its address.
    expect(reference.text).toMatch(
      /^在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话\[EB\/OL\]\. 城乡社区治理与基层党建知识库\. \(\d{4}-\d{2}-\d{2}\)\[引用日期\]\. \S+\/speeches\/shequ-zhili-dangjian-tuijinhui-2022\/\.$/,
    );
    expect(reference.text).not.toContain('2022-06-27');
    expect(speechPage.querySelector('[data-reference-original]')?.text).toBe(
      '所录原文2022年6月27日发布，原稿未署讲话人；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。网址末尾的“2022”是原文发布的年份，不是讲话日期（约2019年）。',
    );
  });

  test('no case carries a date that nothing states', () => {
    const dated = entries.filter(
      (entry) => entry.collection === 'cases' && entry.data.date !== undefined,
    );
    expect(dated.map((entry) => entry.id)).toEqual([]);
  });
});

describe('the speech is cited where each paragraph really is', () => {
  test('the closing, after ***, is 结束语 and belongs to no numbered section', () => {
    const paragraphs = speechPage.querySelectorAll('p.para[id]');
    const closing = paragraphs.at(-1)!;
    expect(closing.text).toContain('同志们，抓好城乡社区治理和基层党建工作');
    expect(closing.getAttribute('data-cite')).toBe('结束语第21段');
    expect(closing.previousElementSibling?.tagName).toBe('HR');
    expect(paragraphs.at(-2)!.getAttribute('data-cite')).toBe('第四部分“四是强化舆论宣传”第20段');
  });

  test('every citation names a paragraph by the number printed beside it and in its link', () => {
    const paragraphs = speechPage.querySelectorAll('p.para[id]');
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const paragraph of paragraphs) {
      const number = paragraph.querySelector('a.para-num')!.text;
      expect(paragraph.id).toBe(`p-${number}`);
      expect(paragraph.getAttribute('data-cite')).toMatch(new RegExp(`第${number}段$`));
    }
  });
});

describe('nothing of the repost page is published', () => {
  test('no 网友投稿, 小编, 推荐访问 or 供大家参考 anywhere in the built site', () => {
    const files = textFiles(SITE_DIST);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const boilerplate of ['网友投稿', '小编', '推荐访问', '供大家参考'])
        expect(text.includes(boilerplate), `${file}: ${boilerplate}`).toBe(false);
    }
  });

  test('the speech page says how its text was set, and no page says what X stands for', () => {
    const note =
      speechPage.querySelectorAll('dl dt').find((dt) => dt.text.trim() === '整理说明')
        ?.nextElementSibling?.text ?? '';
    expect(note).toContain('全角');
    expect(note).toContain('标题');
    expect(note).toContain('匿名');
    for (const path of pages)
      expect(readPage(SITE_DIST, path).text, path).not.toMatch(/代替人名|以“X”代替|X”?代替/);
  });
});

describe('what each case is', () => {
  const cases = entries.filter((entry) => entry.collection === 'cases');

  test('every case page says whether it is a documented practice or a requirement, as its file says', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const entry of cases) {
      const page = readPage(SITE_DIST, `/cases/${entry.id}/`);
      const row = page
        .querySelectorAll('dl dt')
        .find((dt) => dt.text.trim() === '性质')?.nextElementSibling;
      expect(row?.querySelector('.case-kind')?.text.trim(), entry.id).toBe(entry.data.kind);
    }
  });

  test('case lists show each case’s kind beside its title, and search can filter by it', () => {
    const listed = ['/cases/', '/cases/2/'].flatMap((path) =>
      readPage(SITE_DIST, path)
        .querySelectorAll('main ul.divide-y > li')
        .filter((li) => li.querySelector('a[href^="/cases/"]')),
    );
    expect(listed.length).toBe(cases.length);
    for (const li of listed)
      expect(['已有做法', '部署要求'], li.text).toContain(
        li.querySelector('.case-kind')?.text.trim(),
      );
    const kinds = readPage(SITE_DIST, '/search/')
      .querySelectorAll('select[name="kind"] option')
      .map((option) => option.text.trim());
    expect(kinds).toEqual(expect.arrayContaining(['已有做法', '部署要求']));
  });

  test('a case that quotes a paragraph is listed under that paragraph, as background if it gives it as background', () => {
    for (const entry of cases) {
      const page = readPage(SITE_DIST, `/cases/${entry.id}/`);
      const background = new Set(
        ((entry.data.cites ?? []) as Array<{ background?: string[] }>).flatMap(
          (cite) => cite.background ?? [],
        ),
      );
      for (const quote of page.querySelectorAll('figure.speech-quote[data-at^="p-"]')) {
        const at = quote.getAttribute('data-at')!;
        const group = background.has(at) ? 'background-cases' : 'related-cases';
        let next = speechPage.querySelector(`#${at}`)?.nextElementSibling;
        while (next && !next.classList.contains(group) && next.tagName !== 'P')
          next = next.nextElementSibling;
        expect(
          next?.classList.contains(group)
            ? next.querySelectorAll('a').map((a) => a.getAttribute('href'))
            : [],
          `${entry.id} quotes ${at}`,
        ).toContain(`/cases/${entry.id}/`);
      }
    }
  });

  test('every quotation is word for word in the paragraph it names, with …… where it cuts a sentence', () => {
    const plain = (text: string) => text.replace(/\s+/g, '');
    let quotes = 0;
    let cut = 0;
    for (const path of pages) {
      for (const quote of readPage(SITE_DIST, path).querySelectorAll(
        'figure.speech-quote[data-at^="p-"]',
      )) {
        quotes += 1;
        const paragraph = speechPage
          .querySelector(`#${quote.getAttribute('data-at')}`)!
          .clone() as HTMLElement;
        paragraph.querySelector('.para-num')?.remove();
        for (const popover of paragraph.querySelectorAll('[popover]')) popover.remove();
        const quoted = quote.querySelector('blockquote')!.clone() as HTMLElement;
        for (const popover of quoted.querySelectorAll('[popover]')) popover.remove();
        const where = `${path} ${quote.getAttribute('data-at')}`;
        const shown = plain(quoted.text);
        const words = shown.replace(/^…+|…+$/g, '');
        const source = plain(paragraph.text);
        expect(source, where).toContain(words);
        // A sentence starts at the paragraph's start or after 。！？ (and a closing quote); it ends the same way.
        const before = source.slice(0, source.indexOf(words));
        const after = source.slice(source.indexOf(words) + words.length);
        const startsWhole = before === '' || /[。！？][”’]*$/.test(before);
        const endsWhole = after === '' || /[。！？][”’]*$/.test(words);
        expect(startsWhole || shown.startsWith('……'), `${where} starts mid-sentence`).toBe(true);
        expect(endsWhole || shown.endsWith('……'), `${where} ends mid-sentence`).toBe(true);
        if (!startsWhole || !endsWhole) cut += 1;
      }
    }
    expect(quotes).toBeGreaterThan(10);
    // The site pages quoting part of a sentence of p-19, and the glossary term quoting p-16.
    expect(cut).toBeGreaterThanOrEqual(5);
  });
});

describe('what the source does not support stays out', () => {
  const text = (path: string) => readPage(SITE_DIST, path).querySelector('main')!.text;
  const data = (collection: string, id: string) =>
    entries.find((entry) => entry.collection === collection && entry.id === id)!.data;

  test('each claim found unsupported is gone, and general knowledge is marked 一般而言', () => {
    expect(text('/cases/nongcun-shequ-jianshe/')).not.toContain('与村民自治并提');
    expect(data('cases', 'jumin-yishi-weiyuan-zhidu').concepts ?? []).not.toContain('大整合共治');
    expect(data('cases', 'shuangshu-shuangping').concepts ?? []).toEqual([]);
    expect(text('/cases/shuangshu-shuangping/')).not.toContain('普遍实行');
    expect(text('/glossary/shuangshu-shuangping/')).not.toContain('与之相关');
    expect(text('/sites/x-liangge-shifandian/')).not.toContain('会前');
    for (const path of ['/sites/x-dangzongzhi/', '/glossary/liangxue-yizuo/']) {
      expect(text(path), path).toContain('一般而言');
    }
    // The speech's own punctuation stays in its quotation; the site's own sentence uses the official name.
    const education = text('/cases/dangyuan-jiaoyu-wenming-chuangjian/');
    expect(education).toContain('‘不忘初心，牢记使命’主题教育为抓手');
    expect(education).toContain('“不忘初心、牢记使命”主题教育是在全党开展');
  });

  test('every concept page quotes its whole section of part three', () => {
    for (const concept of entries.filter((entry) => entry.collection === 'concepts')) {
      const quoted = readPage(SITE_DIST, `/concepts/${concept.id}/`)
        .querySelectorAll('.speech-quote')
        .map((figure) => figure.getAttribute('data-at'));
      expect(
        quoted.filter((at) => /^part-3-\d$/.test(at ?? '')),
        concept.id,
      ).toHaveLength(1);
    }
  });

  test('a level is given only where the speech names one', () => {
    expect(data('cases', 'xiangzhen-sisuo-heyi-gaige').level).toBe('乡镇');
    expect(data('cases', 'shuangshu-shuangping').level).toBeUndefined();
  });

  test('the practices the speech names have cases, citing the paragraph that names them', () => {
    const citing = (id: string) =>
      ((data('cases', id).cites ?? []) as Array<{ paragraphs: string[] }>).flatMap(
        (cite) => cite.paragraphs,
      );
    expect(citing('zhongdianzhen-gaige')).toContain('p-6');
    expect(citing('shequ-zhenghe-dangyuan-gugan')).toContain('p-13');
    expect(citing('jiceng-zuzhi-jianshe-jumin-zizhi')).toContain('p-6');
    expect(citing('yingjian-ruanjian-tisheng')).toContain('p-11');
    expect(citing('tongmouhua-tongbushu-tongjiancha-tongkaohe')).toContain('p-17');
  });
});
