import { describe, expect, test } from 'vitest';
import {
  gbt7714Reference,
  paragraphCitation,
  paragraphLocator,
} from '../../src/common/reference-text.ts';

describe('paragraphLocator', () => {
  test.each([
    [
      {
        part: '三、树立城市党建理念，推进基层党建工作重点任务落地见效',
        section: '（二）树立“大整合共治”的理念',
        n: 1,
      },
      '第三部分（二）第1段',
    ],
    [{ part: '四、加强组织领导', section: '三是强化示范带动', n: 2 }, '第四部分三是第2段'],
    [{ part: '三、树立城市党建理念', n: 1 }, '第三部分第1段'],
    [{ heading: '做法', n: 2 }, '“做法”部分第2段'],
    [{ closing: true, n: 1 }, '结束语第1段'],
    [{ n: 3 }, '第3段'],
  ])('%j → %s', (place, locator) => {
    expect(paragraphLocator(place)).toBe(locator);
  });
});

describe('paragraphCitation', () => {
  const url = 'https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14';
  const title = '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话';

  test('names the work, when it was given (an estimate as such), the paragraph and its address', () => {
    expect(
      paragraphCitation({ title, date: '约2019年', url }, '第三部分（二）第1段'),
    ).toMatchInlineSnapshot(
      `"《在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话》（约2019年）第三部分（二）第1段 https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14"`,
    );
  });

  test("gives no date at all when the speech's date is unknown", () => {
    expect(paragraphCitation({ title, url }, '结束语第1段')).toMatchInlineSnapshot(
      `"《在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话》结束语第1段 https://zsk.example/speeches/shequ-zhili-dangjian-tuijinhui-2022/#p-14"`,
    );
  });
});

describe('gbt7714Reference', () => {
  test('follows GB/T 7714-2015 for an electronic resource without a named author', () => {
    expect(
      gbt7714Reference({
        title: '在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话',
        date: '2022-06-27',
        accessed: '2026-11-28',
        url: 'https://zsk.example/speeches/x/',
      }),
    ).toMatchInlineSnapshot(
      `"在全市城乡社区治理工作暨基层党建工作重点任务推进会上的讲话[EB/OL]. (2022-06-27)[2026-11-28]. https://zsk.example/speeches/x/."`,
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
        author: '城乡社区治理与基层党建知识库',
        title: '街道管理体制改革',
        date: '2026-11-27',
        accessed: '2026-11-28',
        url: 'https://zsk.example/cases/jiedao-guanli-tizhi-gaige/',
      }),
    ).toMatchInlineSnapshot(
      `"城乡社区治理与基层党建知识库. 街道管理体制改革[EB/OL]. (2026-11-27)[2026-11-28]. https://zsk.example/cases/jiedao-guanli-tizhi-gaige/."`,
    );
  });
});
