import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { listOf, readContent, type ContentFile } from '../helpers/content-files.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

// Read straight from the content files, not through the site's code, so a bug there cannot hide here.
const entries = readContent(join(ROOT, 'content')).filter((entry) => entry.data.draft !== true);
const cases = entries.filter((entry) => entry.collection === 'cases');
const speech = entries.find((entry) => entry.collection === 'speeches')!;
const speechPage = readPage(SITE_DIST, `/speeches/${speech.id}/`);
const casePage = (entry: ContentFile) => readPage(SITE_DIST, `/cases/${entry.id}/`);

type Role = 'paragraphs' | 'background';
const citesOf = (entry: ContentFile) =>
  ((entry.data.cites ?? []) as Array<Record<string, unknown>>).filter(
    (cite) => cite.speech === speech.id,
  );
/** The paragraphs a case gives in one role; a paragraph it quotes counts as cited unless it is background. */
function anchorsOf(entry: ContentFile, role: Role): string[] {
  const background = citesOf(entry).flatMap((cite) => listOf(cite, 'background'));
  if (role === 'background') return background;
  const quoted = casePage(entry)
    .querySelectorAll('figure.speech-quote[data-at^="p-"]')
    .map((quote) => quote.getAttribute('data-at')!);
  const cited = [...citesOf(entry).flatMap((cite) => listOf(cite, 'paragraphs')), ...quoted];
  return [...new Set(cited)].filter((anchor) => !background.includes(anchor));
}
/** The case pages that give `anchor` in `role`, sorted. */
const casesGiving = (anchor: string, role: Role) =>
  cases
    .filter((entry) => anchorsOf(entry, role).includes(anchor))
    .map((entry) => `/cases/${entry.id}/`)
    .sort();

/** What follows a paragraph of the speech page, up to the next paragraph or heading: its two groups of cases. */
function groupsAfter(anchor: string) {
  const groups: { related?: HTMLElement; background?: HTMLElement; order: string[] } = {
    order: [],
  };
  let next = speechPage.querySelector(`#${anchor}`)?.nextElementSibling;
  while (
    next?.classList.contains('related-cases') ||
    next?.classList.contains('background-cases')
  ) {
    const kind = next.classList.contains('related-cases') ? 'related' : 'background';
    groups[kind] = next;
    groups.order.push(kind);
    next = next.nextElementSibling;
  }
  return groups;
}
const hrefsIn = (element?: HTMLElement) =>
  (element?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href')!).sort();

/** The cases p-6 itself names or states as done: the only ones it speaks to. */
const NAMED_IN_P6 = [
  'jiceng-zuzhi-jianshe-jumin-zizhi',
  'xiangzhen-sisuo-heyi-gaige',
  'zhongdianzhen-gaige',
  'shuangshu-shuangping',
];
/** Cases that cited p-6 for its review of problems, now giving it as background. */
const P6_AS_BACKGROUND = [
  'chengshi-shequ-dangqun-fuwu-zhongxin',
  'jiedao-guanli-tizhi-gaige',
  'nongcun-shequ-yishi-qing-x-shangyi',
  'quyuhua-dangjian-lianmeng',
  'shegong-yinling-zhiyuan-fuwu',
  'shehui-liliang-canyu-shequ-zhili',
  'shequ-zhenghe-dangyuan-gugan',
  'shifan-daidong-yidian-daimian',
  'tongmouhua-tongbushu-tongjiancha-tongkaohe',
  'wanggehua-fuwu-zhongxin-dangjian-xinxihua',
  'yingjian-ruanjian-tisheng',
  'ziyuan-xiang-shequ-qingxie',
];

describe('the speech page lists under a paragraph only the cases it speaks to', () => {
  test('p-6 (a review of past work) lists under 相关案例 exactly the cases whose paragraphs include it, the others folded under 以本段为背景的案例', () => {
    const { related, background, order } = groupsAfter('p-6');
    const speaking = casesGiving('p-6', 'paragraphs');
    const behind = casesGiving('p-6', 'background');
    expect(hrefsIn(related)).toEqual(speaking);
    expect(speaking).toEqual(expect.arrayContaining(NAMED_IN_P6.map((id) => `/cases/${id}/`)));
    expect(behind).toEqual(expect.arrayContaining(P6_AS_BACKGROUND.map((id) => `/cases/${id}/`)));
    expect(related?.text).toContain(`相关案例（${speaking.length}）`);
    expect(related?.getAttribute('aria-label')).toBe('第6段的相关案例');
    // Folded, under a label that says what the group is, not that the speech speaks of them.
    expect(background?.tagName).toBe('DETAILS');
    expect(background?.hasAttribute('open')).toBe(false);
    expect(background?.querySelector('summary')?.text).toBe(
      `第6段：以本段为背景的案例（${behind.length}）`,
    );
    expect(background?.querySelector('.background-note')?.text).toBe(
      '本段是这些案例的背景，没有直接讲到它们的做法。',
    );
    expect(hrefsIn(background)).toEqual(behind);
    expect(order).toEqual(['related', 'background']);
  });

  test('every case listed as spoken to by p-6 is 已有做法: p-6 reviews past work and asks for nothing', () => {
    for (const href of hrefsIn(groupsAfter('p-6').related)) {
      const entry = cases.find((item) => `/cases/${item.id}/` === href)!;
      expect(entry.data.kind, entry.id).toBe('已有做法');
    }
  });

  test('p-9 lists the 居民议事委员 case only as background: the case says the speech does not link them', () => {
    const { related, background } = groupsAfter('p-9');
    expect(hrefsIn(related)).not.toContain('/cases/jumin-yishi-weiyuan-zhidu/');
    expect(hrefsIn(background)).toContain('/cases/jumin-yishi-weiyuan-zhidu/');
  });

  test('under every paragraph, each group lists exactly the cases giving it that role, and no case is in both', () => {
    const paragraphs = speechPage.querySelectorAll('p.para[id]');
    expect(paragraphs.length).toBeGreaterThan(15);
    let folded = 0;
    for (const paragraph of paragraphs) {
      const { related, background } = groupsAfter(paragraph.id);
      expect(hrefsIn(related), paragraph.id).toEqual(casesGiving(paragraph.id, 'paragraphs'));
      expect(hrefsIn(background), paragraph.id).toEqual(casesGiving(paragraph.id, 'background'));
      for (const href of hrefsIn(background))
        expect(hrefsIn(related), `${paragraph.id} ${href}`).not.toContain(href);
      if (background) folded += 1;
    }
    expect(folded).toBeGreaterThan(5);
  });
});

describe('the case page says what its speech paragraphs are', () => {
  test('no page heads the speech text 对应讲话要求: 已有做法 cases quote a review of past work', () => {
    for (const path of htmlPages(SITE_DIST))
      expect(readPage(SITE_DIST, path).text, path).not.toContain('对应讲话要求');
  });

  test('each case quotes its paragraphs under 讲话原文 and links its background paragraphs under 背景：讲话的相关段落, with their first sentence', () => {
    let withBackground = 0;
    for (const entry of cases) {
      const page = casePage(entry);
      const section = page.querySelector('section[aria-labelledby="speech-links"]')!;
      expect(section.querySelector('h2')?.text.trim(), entry.id).toBe('讲话原文');
      const quoted = section.querySelectorAll('figcaption a').map((a) => a.getAttribute('href'));
      const at = (anchors: string[]) => anchors.map((id) => `/speeches/${speech.id}/#${id}`).sort();
      expect(quoted.sort(), entry.id).toEqual(at(anchorsOf(entry, 'paragraphs')));
      const background = anchorsOf(entry, 'background');
      const group = section.querySelector('.case-background');
      if (background.length === 0) {
        expect(group, entry.id).toBeNull();
        continue;
      }
      withBackground += 1;
      expect(group?.querySelector('h3')?.text.trim(), entry.id).toBe('背景：讲话的相关段落');
      const links = group!.querySelectorAll('li > a').map((a) => a.getAttribute('href')!);
      expect(links.sort(), entry.id).toEqual(at(background));
      // Linked, not quoted: only the first sentence, its cut marked.
      expect(group!.querySelectorAll('blockquote'), entry.id).toHaveLength(0);
      for (const item of group!.querySelectorAll('li')) {
        const opening = item.querySelector('span')!.text;
        const anchor = item.querySelector('a')!.getAttribute('href')!.split('#')[1]!;
        const paragraph = parse(speechPage.querySelector(`#${anchor}`)!.outerHTML);
        for (const added of paragraph.querySelectorAll('.para-num, [popover]')) added.remove();
        const text = paragraph.text;
        const cut = opening.endsWith('……') ? opening.slice(0, -2) : opening;
        expect(text.startsWith(cut), `${entry.id} ${anchor}`).toBe(true);
        expect(opening, `${entry.id} ${anchor}`).toBe(cut.length < text.length ? `${cut}……` : text);
      }
    }
    expect(withBackground).toBeGreaterThan(5);
  });
});
