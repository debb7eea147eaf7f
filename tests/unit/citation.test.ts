import { describe, expect, test } from 'vitest';
import {
  gbt7714Reference,
  originalNote,
  sectionLocator,
  paragraphCitation,
  paragraphLocator,
  paragraphName,
} from '../../src/common/reference-text.ts';

describe('paragraphLocator', () => {
  const PART_THREE = '三、树立城市党建理念，推进基层党建工作重点任务落地见效';
  const PART_FOUR = '四、加强组织领导，切实提高城乡社区治理和基层党建工作水平';

  test('names a paragraph of a （一） section by its part, its section and the number it shows', () => {
    expect(
      paragraphLocator({
        part: PART_THREE,
        section: '（二）树立“大整合共治”的理念，凝聚城市党建合力引领社会治理创新',
        number: '14',
      }),
    ).toMatchInlineSnapshot(`"第三部分（二）第14段"`);
  });

  test('names a part-four paragraph by the run-in words of its 一是…四是 section', () => {
    expect(
      paragraphLocator({ part: PART_FOUR, section: '二是强化改革创新', number: '18' }),
    ).toMatchInlineSnapshot(`"第四部分“二是强化改革创新”第18段"`);
  });

  test('takes a 一是 section only up to its first pause, and nests its quotation marks', () => {
    expect(
      paragraphLocator({
        part: PART_FOUR,
        section: '三是打造“X党旗红”品牌，扩大影响',
        number: '19',
      }),
    ).toMatchInlineSnapshot(`"第四部分“三是打造‘X党旗红’品牌”第19段"`);
  });

  test('passes over a mark right after 一是', () => {
    expect(
      paragraphLocator({ part: PART_FOUR, section: '四是：强化舆论宣传。', number: '20' }),
    ).toMatchInlineSnapshot(`"第四部分“四是强化舆论宣传”第20段"`);
  });

  test('names a paragraph in a part before its first section by the part alone', () => {
    expect(paragraphLocator({ part: PART_THREE, number: '12' })).toMatchInlineSnapshot(
      `"第三部分第12段"`,
    );
  });

  test('names the closing after the numbered parts 结束语', () => {
    expect(paragraphLocator({ closing: true, number: '21' })).toMatchInlineSnapshot(
      `"结束语第21段"`,
    );
  });

  test('keeps a plain heading (a case section) and the number the paragraph shows', () => {
    expect(paragraphLocator({ heading: '做法', number: '3' })).toMatchInlineSnapshot(
      `"“做法”部分第3段"`,
    );
  });

  test('gives the number alone before any heading, a letter included', () => {
    expect(paragraphLocator({ number: '2' })).toMatchInlineSnapshot(`"第2段"`);
    expect(paragraphLocator({ number: '12a' })).toMatchInlineSnapshot(`"第12a段"`);
  });

  test('never counts within the section: the number is the one given, whatever the place', () => {
    const number = '14';
    for (const place of [
      { part: PART_THREE, section: '（二）树立', number },
      { part: PART_FOUR, section: '一是强化组织领导', number },
      { closing: true, number },
      { heading: '背景', number },
      { number },
    ])
      expect(paragraphLocator(place)).toMatch(/第14段$/);
  });
});

describe('paragraphName', () => {
  test('is the short form, the number beside the paragraph', () => {
    expect([paragraphName('p-14'), paragraphName('p-12a')]).toEqual(['第14段', '第12a段']);
  });
});

describe('paragraphCitation', () => {
  const url = 'https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14';
  const title = '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话';

  test('names the work, when it was given (an estimate as such), the paragraph and its address', () => {
    expect(
      paragraphCitation({ title, date: '约2019年', url }, '第三部分（二）第14段'),
    ).toMatchInlineSnapshot(
      `"《在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话》（约2019年）第三部分（二）第14段 https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14"`,
    );
  });

  test("gives no date at all when the speech's date is unknown", () => {
    expect(
      paragraphCitation({ title, url: url.replace('#p-14', '#p-21') }, '结束语第21段'),
    ).toMatchInlineSnapshot(
      `"《在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话》结束语第21段 https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-21"`,
    );
  });
});

describe('gbt7714Reference', () => {
  test('follows GB/T 7714-2015 for this site’s page of a text without a named author: the site publishes it, the page’s date dates it', () => {
    expect(
      gbt7714Reference({
        title: '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话',
        publisher: '城乡社区治理与基层党建知识库',
        date: '2026-11-30',
        accessed: '2026-12-04',
        url: 'https://zsk.example/speeches/x/',
      }),
    ).toMatchInlineSnapshot(
      `"在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话[EB/OL]. 城乡社区治理与基层党建知识库. (2026-11-30)[2026-12-04]. https://zsk.example/speeches/x/."`,
    );
  });

  test('leaves out the publication date when none is known, keeping the date cited', () => {
    expect(
      gbt7714Reference({
        title: '讲话',
        accessed: '2026-11-28',
        url: 'https://zsk.example/speeches/x/',
      }),
    ).toMatchInlineSnapshot(`"讲话[EB/OL]. [2026-11-28]. https://zsk.example/speeches/x/."`);
  });

  test('puts the responsible party first when there is one', () => {
    expect(
      gbt7714Reference({
        author: '测试发文机关',
        title: '测试政策文件甲',
        publisher: '城乡社区治理与基层党建知识库',
        date: '2026-11-27',
        accessed: '2026-11-28',
        url: 'https://zsk.example/policies/ceshi-zhengce-jia/',
      }),
    ).toMatchInlineSnapshot(
      `"测试发文机关. 测试政策文件甲[EB/OL]. 城乡社区治理与基层党建知识库. (2026-11-27)[2026-11-28]. https://zsk.example/policies/ceshi-zhengce-jia/."`,
    );
  });
});

describe('originalNote', () => {
  test.each([
    [
      '2022年6月27日',
      undefined,
      '讲话人',
      '所录原文2022年6月27日发布，原稿未署讲话人；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。',
    ],
    [
      '2020年3月',
      '测试发文机关',
      '作者',
      '所录原文2020年3月发布；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。',
    ],
    [
      undefined,
      undefined,
      '作者',
      '所录原文的发布日期不详，原稿未署作者；原文的网址本站没有记录。参考文献中的日期和网址都是本页的。',
    ],
  ])(
    'says when the original (%s) was published and whether it names its author',
    (published, author, word, note) => {
      expect(originalNote(published, author, word)).toBe(note);
    },
  );
});

describe('sectionLocator', () => {
  test.each([
    [
      '三、树立城市党建理念，推进基层党建工作重点任务落地见效',
      '（四）树立“大作为共创”的理念，发挥城市党建优势助力创建“文明城市”',
      '第三部分（四）“树立‘大作为共创’的理念，发挥城市党建优势助力创建‘文明城市’”',
    ],
    [
      '二、突出党建引领，统筹推进我市城乡社区治理工作',
      '（四）充分借助多方面社会力量的作用',
      '第二部分（四）“充分借助多方面社会力量的作用”',
    ],
    [
      '四、加强组织领导，切实提高城乡社区治理和基层党建工作水平',
      '二是强化改革创新',
      '第四部分“二是强化改革创新”',
    ],
    [
      '三、树立城市党建理念，推进基层党建工作重点任务落地见效',
      undefined,
      '第三部分“树立城市党建理念，推进基层党建工作重点任务落地见效”',
    ],
  ])('names %s %s by its part, its number and its words', (part, section, locator) => {
    expect(sectionLocator(part, section)).toBe(locator);
  });
});
