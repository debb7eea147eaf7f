import { describe, expect, test, vi } from 'vitest';
import {
  decodePack,
  emptyPack,
  encodePack,
  MAX_LINK_LENGTH,
  MAX_QUESTIONS,
  moveItem,
  PACK_VERSION,
  type Pack,
  type PackSite,
} from '../../../src/client/pack/state.ts';

/** The site the links are opened on, as the pack page reads it. */
const SITE: PackSite = { origin: 'http://kb.example', base: '/' };

const pack: Pack = {
  v: PACK_VERSION,
  title: '社区书记培训·第一讲',
  items: [
    {
      url: '/speeches/shequ-zhili-dangjian-tuijinhui-2022/',
      anchor: 'p-14',
      title: '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话',
      locator: '第三部分（二）第1段',
    },
    { url: '/cases/quyuhua-dangjian-lianmeng/', title: '区域化党建联盟与联席会商' },
  ],
  questions: ['本社区的“大事共议”靠什么制度落地？', '网格员的职责边界在哪里？'],
};

/** A shared link made from any JSON value, as a hand-edited or foreign link would be. */
const linkOf = (value: unknown) => encodePack(value as Pack);
const messageOf = (text: string, site = SITE) => {
  const result = decodePack(text, site);
  return result.ok ? 'accepted' : result.message;
};

describe('a course pack shared as a link', () => {
  test('comes back exactly as it was, Chinese text and order included', () => {
    expect(decodePack(encodePack(pack), SITE)).toEqual({ ok: true, pack });
    expect(decodePack(encodePack(emptyPack()), SITE)).toEqual({ ok: true, pack: emptyPack() });
  });

  test('is URL-safe: only letters, digits, - and _ so it survives being pasted into a #fragment', () => {
    expect(encodePack(pack)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test('carries its format version, so later formats can tell old links apart', () => {
    const json = JSON.parse(Buffer.from(encodePack(pack), 'base64url').toString('utf8'));
    expect(json.v).toBe(1);
    expect(PACK_VERSION).toBe(1);
  });

  test('refuses a link cut short or mangled, and says what to do', () => {
    const link = encodePack(pack);
    expect(messageOf(link.slice(0, link.length - 7))).toMatchInlineSnapshot(
      `"这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。"`,
    );
    expect(messageOf('%%%')).toMatchInlineSnapshot(
      `"这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。"`,
    );
  });

  test('refuses a link too long for any real pack with the same message, before decoding any of it', () => {
    // Well formed and within every per-item limit, but 1 MB: five long 学习要点 on each of 100 items.
    const huge = linkOf({
      ...pack,
      items: Array.from({ length: 100 }, (_, index) => ({
        url: `/cases/case-${index}/`,
        title: '案例',
        points: Array.from({ length: 5 }, () => '要'.repeat(500)),
      })),
    });
    expect(huge.length).toBeGreaterThan(1_000_000);
    const atob = vi.spyOn(globalThis, 'atob');
    const parse = vi.spyOn(JSON, 'parse');
    const messages = [messageOf(huge), messageOf('A'.repeat(1 << 20))];
    const decoded = atob.mock.calls.length + parse.mock.calls.length;
    vi.restoreAllMocks();
    expect(decoded).toBe(0);
    expect(messages).toMatchInlineSnapshot(`
      [
        "这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。",
        "这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。",
      ]
    `);
  });

  test('opens the largest pack a trainer can make, with room to spare under the length limit', () => {
    // Every item at its most: a long address, title and place, and five long 学习要点 (the
    // site's cases have at most two, of some 50 characters); every question at the 500 the page allows.
    const long = (length: number) => '党'.repeat(length);
    const largest: Pack = {
      v: PACK_VERSION,
      title: long(100),
      items: Array.from({ length: 100 }, (_, index) => ({
        url: `/speeches/${'a'.repeat(80)}-${index}/`,
        anchor: 'p-999',
        title: long(100),
        locator: '第十二部分（十三）第999段',
        points: Array.from({ length: 5 }, () => long(100)),
      })),
      questions: Array.from({ length: MAX_QUESTIONS }, () => long(500)),
    };
    const link = encodePack(largest);
    expect(decodePack(link, SITE)).toEqual({ ok: true, pack: largest });
    expect(link.length).toBeLessThan(MAX_LINK_LENGTH * 0.75);
  });

  test('refuses a link from a newer version of the site, naming both formats', () => {
    expect(messageOf(linkOf({ ...pack, v: 2 }))).toMatchInlineSnapshot(
      `"这个学习单由新版网站生成（格式 2），本站只能打开格式 1。"`,
    );
    expect(messageOf(linkOf({ ...pack, v: 0 }))).toMatchInlineSnapshot(`"不认识的学习单格式 0。"`);
    expect(messageOf(linkOf({ title: 'x', items: [] }))).toMatchInlineSnapshot(
      `"这个链接不是学习单链接。"`,
    );
  });

  test('refuses items that would lead off this site or run script, whatever the trick', () => {
    for (const url of [
      'https://example.com/',
      '//example.com/',
      // A single-label host, as intranets resolve them: no dot for a pattern to catch.
      '//evil-host/x/',
      '///evil-host/x/',
      '/\\evil-host/x/',
      '\\\\evil-host/x/',
      '/\t/evil-host/x/',
      '/\n/evil-host/x/',
      '/%2F%2Fevil-host/x/',
      '/%5Cevil-host/x/',
      '/cases/../../evil/',
      '/cases/./x/',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http:evil-host/x/',
      '/cases/x/?a=<b>',
      '/cases/x/#p-1',
      'cases/x/',
      '',
    ]) {
      expect(messageOf(linkOf({ ...pack, items: [{ url, title: '外链' }] })), url).toBe(
        '学习单内容有误：条目“外链”的地址不是本站页面。',
      );
    }
    expect(messageOf(linkOf({ ...pack, items: [{ url: 7, title: '外链' }] }))).toBe(
      '学习单内容有误：条目“外链”的地址不是本站页面。',
    );
    expect(
      messageOf(
        linkOf({ ...pack, items: [{ url: '/cases/x/', anchor: 'x" onmouseover="', title: 't' }] }),
      ),
    ).toMatchInlineSnapshot(`"学习单内容有误：段落编号格式不对。"`);
  });

  test('under a sub-path, takes only the pages under it', () => {
    const subPath: PackSite = { origin: 'http://10.0.0.5', base: '/zhishiku/' };
    const at = (url: string) =>
      messageOf(linkOf({ ...pack, items: [{ url, title: '条目' }] }), subPath);
    expect(at('/zhishiku/cases/quyuhua-dangjian-lianmeng/')).toBe('accepted');
    expect(at('/cases/quyuhua-dangjian-lianmeng/')).toBe(
      '学习单内容有误：条目“条目”的地址不是本站页面。',
    );
    expect(at('/zhishiku/../other-app/')).toBe('学习单内容有误：条目“条目”的地址不是本站页面。');
  });

  test('refuses malformed content with a message naming what is wrong', () => {
    expect(messageOf(linkOf({ ...pack, title: 7 }))).toMatchInlineSnapshot(
      `"学习单内容有误：缺少标题。"`,
    );
    expect(messageOf(linkOf({ ...pack, items: [{ url: '/cases/x/' }] }))).toMatchInlineSnapshot(
      `"学习单内容有误：有条目缺少标题。"`,
    );
    expect(messageOf(linkOf({ ...pack, questions: [1] }))).toMatchInlineSnapshot(
      `"学习单内容有误：研讨题格式不对。"`,
    );
    expect(
      messageOf(linkOf({ ...pack, items: Array.from({ length: 101 }, () => pack.items[1]) })),
    ).toMatchInlineSnapshot(`"学习单内容有误：条目应是不超过 100 项的列表。"`);
    expect(messageOf(linkOf({ ...pack, questions: ['长'.repeat(501)] }))).toMatchInlineSnapshot(
      `"学习单内容有误：研讨题格式不对。"`,
    );
    const withPoints = (points: unknown) =>
      linkOf({ ...pack, items: [{ url: '/cases/x/', title: '案例', points }] });
    expect(messageOf(withPoints('一句'))).toMatchInlineSnapshot(
      `"学习单内容有误：学习要点格式不对。"`,
    );
    expect(messageOf(withPoints([{ text: '一句' }]))).toMatchInlineSnapshot(
      `"学习单内容有误：学习要点格式不对。"`,
    );
    expect(decodePack(withPoints(['学习要点一', '学习要点二']), SITE).ok).toBe(true);
  });
});

describe('reordering a pack', () => {
  test('moves an item up or down, and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
