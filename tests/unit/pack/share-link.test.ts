import { describe, expect, test } from 'vitest';
import {
  decodeShareLink,
  encodeShareLink,
  LINK_VERSION,
} from '../../../src/client/pack/share-link.ts';
import {
  encodePack,
  PACK_VERSION,
  type Pack,
  type PackSite,
} from '../../../src/client/pack/state.ts';
import {
  PACK_QR_CAPACITY,
  PACK_QR_MAX_VERSION,
  packCode,
} from '../../../src/client/pack/pack-qr.ts';

const SITE: PackSite = { origin: 'http://kb.example', base: '/' };
const SPEECH = '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话';

const pack: Pack = {
  v: PACK_VERSION,
  title: '社区书记培训·第一讲',
  items: [
    {
      url: '/speeches/shequ-zhili-dangjian-tuijinhui-2022/',
      anchor: 'p-14',
      title: SPEECH,
      locator: '第三部分（二）第1段',
    },
    {
      url: '/cases/wanggehua-fuwu-zhongxin-dangjian-xinxihua/',
      title: '网格化服务中心与城市基层党建信息化',
      points: ['这是讲话提出的部署要求，不是已有做法。'],
      sections: ['background', 'practice'],
    },
  ],
  questions: ['本社区的“大事共议”靠什么制度落地？', '网格员的职责边界在哪里？'],
};

/** What a compact link keeps of an item: its page, paragraph and chosen sections; the rest is looked up. */
const compactOf = (source: Pack): Pack => ({
  ...source,
  items: source.items.map(({ url, anchor, sections }) => ({
    url,
    title: '',
    ...(anchor && { anchor }),
    ...(sections && { sections }),
  })),
});

const messageOf = async (text: string, site = SITE) => {
  const result = await decodeShareLink(text, site);
  return result.ok ? 'accepted' : result.message;
};
/** A compact link's payload from any wire value, plain (not deflated), as a hand-made link would be. */
const plainLink = (wire: unknown) =>
  `${LINK_VERSION}j${Buffer.from(JSON.stringify(wire)).toString('base64url')}`;

describe('a compact share link (format 2)', () => {
  test('keeps pages, paragraphs, chosen sections, the title and the questions verbatim, and nothing the site can look up', async () => {
    const link = await encodeShareLink(pack, SITE);
    expect(link).toMatch(/^2[dj][A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(link, SITE)).toEqual({ ok: true, pack: compactOf(pack) });
  });

  test('is a fraction of the version 1 link of the same pack', async () => {
    const compact = await encodeShareLink(pack, SITE);
    expect(compact.length).toBeLessThan(encodePack(pack).length / 2);
  });

  test('under a sub-path, writes pages under the base and reads them back there only', async () => {
    const subPath: PackSite = { origin: 'http://10.0.0.5', base: '/zhishiku/' };
    const under: Pack = {
      ...pack,
      items: pack.items.map((item) => ({ ...item, url: `/zhishiku${item.url}` })),
    };
    const link = await encodeShareLink(under, subPath);
    expect(await decodeShareLink(link, subPath)).toEqual({ ok: true, pack: compactOf(under) });
  });

  test('still opens version 1 links, titles and all, exactly as they were written', async () => {
    expect(await decodeShareLink(encodePack(pack), SITE)).toEqual({ ok: true, pack });
  });

  test('refuses pages off this site, malformed parts and newer formats, saying what is wrong', async () => {
    for (const path of ['/evil-host/x', '\\evil-host', '..', 'cases/../../x', 'cases/x?a=1', ''])
      expect(await messageOf(plainLink(['', [path], []])), path).toBe(
        `学习单内容有误：条目“${path}”的地址不是本站页面。`,
      );
    expect(await messageOf(plainLink(['', ['cases/x#p-1"x'], []]))).toBe(
      '学习单内容有误：段落编号格式不对。',
    );
    expect(await messageOf(plainLink(['', ['cases/x~a.<b>'], []]))).toBe(
      '学习单内容有误：案例章节格式不对。',
    );
    expect(await messageOf(plainLink(['', [], [7]]))).toBe('学习单内容有误：研讨题格式不对。');
    expect(await messageOf('3dAAAA')).toBe(
      '这个学习单由新版网站生成（格式 3），本站只能打开格式 2 及以前的。',
    );
    const link = await encodeShareLink(pack, SITE);
    expect(await messageOf(link.slice(0, -9))).toBe(
      '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。',
    );
  });

  test('refuses a payload that would inflate beyond any real pack, without holding it all', async () => {
    const bomb = new Uint8Array(
      await new Response(
        new Blob([new Uint8Array(8 << 20)])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    expect(await messageOf(`2d${Buffer.from(bomb).toString('base64url')}`)).toBe(
      '这个学习单链接不完整或已损坏，无法打开。请向分享人重新要一次链接。',
    );
  });
});

describe('packCode', () => {
  test('encodes the whole link while it fits the largest code printed, then the link without questions, then none', () => {
    // Lower-case letters go in byte mode, as most of a base64url link does (capital runs pack tighter).
    const link = (length: number) => `http://kb.example/pack/#2d${'a'.repeat(length - 26)}`;
    expect(packCode(link(400), link(100))).toMatchObject({ withoutQuestions: false });
    expect(packCode(link(PACK_QR_CAPACITY), link(100))).toMatchObject({
      version: PACK_QR_MAX_VERSION,
      modules: 117,
      withoutQuestions: false,
    });
    expect(packCode(link(PACK_QR_CAPACITY + 1), link(100))).toMatchObject({
      withoutQuestions: true,
    });
    expect(packCode(link(2000), link(PACK_QR_CAPACITY + 1))).toBeUndefined();
  });
});
