import { describe, expect, test } from 'vitest';
import { createResolver, editDistance, formatBrokenRefs } from '../../src/common/refs.ts';

const concepts = createResolver('理念', [
  { id: 'da-dangjian-gongjian', title: '大党建共建' },
  { id: 'da-zhenghe-gongzhi', title: '大整合共治' },
  { id: 'da-fuwu-gongxiang', title: '大服务共享', draft: true },
]);

describe('createResolver', () => {
  test.each([
    ['大整合共治', 'da-zhenghe-gongzhi'],
    ['da-zhenghe-gongzhi', 'da-zhenghe-gongzhi'],
    ['“大整合共治”', 'da-zhenghe-gongzhi'],
    ['大 党建 共建', 'da-dangjian-gongjian'],
  ])('resolves %j by title or id', (value, id) => {
    expect(concepts.resolve(value)).toBe(id);
  });

  test('does not resolve drafts', () => {
    expect(concepts.resolve('大服务共享')).toBeUndefined();
  });

  test('suggests the nearest title and lists the choices', () => {
    expect(concepts.explain('大整合共享')).toMatchInlineSnapshot(
      `"找不到名为“大整合共享”的理念。是否想写“大整合共治”？可写中文名称或文件名，可选：大党建共建（da-dangjian-gongjian）、大整合共治（da-zhenghe-gongzhi）。"`,
    );
  });

  test('says so when the value names a draft', () => {
    expect(concepts.explain('大服务共享')).toMatchInlineSnapshot(
      `"“大服务共享”是草稿（draft: true），正式网站中没有这个理念。请先发布它，或删去这一项。"`,
    );
  });

  test('offers no guess when nothing is close', () => {
    expect(concepts.explain('乡村振兴')).toMatchInlineSnapshot(
      `"找不到名为“乡村振兴”的理念。可写中文名称或文件名，可选：大党建共建（da-dangjian-gongjian）、大整合共治（da-zhenghe-gongzhi）。"`,
    );
  });
});

describe('createResolver with many targets', () => {
  test('lists only the closest choices and says how many there are', () => {
    const sites = createResolver(
      '示范点',
      Array.from({ length: 40 }, (_, index) => ({
        id: `shequ-${index + 1}`,
        title: `测试社区${index + 1}号`,
      })),
    );
    expect(sites.explain('测试社区3号楼')).toMatchInlineSnapshot(
      `"找不到名为“测试社区3号楼”的示范点。是否想写“测试社区3号”？可写中文名称或文件名，共有 40 个可选，最接近的是：测试社区3号（shequ-3）、测试社区1号（shequ-1）、测试社区2号（shequ-2）、测试社区4号（shequ-4）、测试社区5号（shequ-5）、测试社区6号（shequ-6）、测试社区7号（shequ-7）、测试社区8号（shequ-8）、测试社区9号（shequ-9）、测试社区13号（shequ-13）、测试社区23号（shequ-23）、测试社区30号（shequ-30）。"`,
    );
  });
});

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['大整合共治', '大整合共享', 1],
    ['大整合共治', '大服务共享', 3],
    ['abc', 'abd', 1],
    ['共治', '', 2],
  ])('distance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('formatBrokenRefs', () => {
  test('lists every broken reference with its file and field', () => {
    expect(
      formatBrokenRefs([
        {
          file: 'content/cases/a.mdx',
          field: 'concepts',
          value: '大整合共享',
          message: '找不到。',
        },
        { file: 'content/cases/b.mdx', field: 'sites', value: '某社区', message: '找不到。' },
      ]),
    ).toMatchInlineSnapshot(`
      "内容引用有 2 处错误，网站未生成：
      - content/cases/a.mdx：字段 concepts 的值“大整合共享”有误。找不到。
      - content/cases/b.mdx：字段 sites 的值“某社区”有误。找不到。"
    `);
  });
});
