import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../helpers/check-project.ts';
import { formatReport } from '../../../src/checks/finding.ts';

const PATH = 'content/cases/teshu-ziduan.mdx';

let runs = 0;

/** The report on one case file laid over the valid base fixture, only its findings. */
async function reportOn(fields: string): Promise<string> {
  runs += 1;
  const text = `---\ntitle: 特殊字段名\nkind: 已有做法\nsummary: 测试用。\n${fields}\n---\n\n正文。\n`;
  const { findings } = await checkFixture('_base', { [PATH]: text }, `special-keys-${runs}`);
  return formatReport(findings.filter((finding) => finding.file === PATH));
}

describe('keys that name what every JavaScript object has', () => {
  test('__proto__, constructor, toString and hasOwnProperty, nested or not, each at its own line and column', async () => {
    expect(
      await reportOn(
        [
          'sources:',
          '  - title: 来源',
          '    __proto__: 甲',
          '    constructor: 乙',
          '  - {title: 来源二, toString: 丙}',
          'cites:',
          '  - speech: 测试讲话',
          '    paragraphs: [p-2]',
          '    hasOwnProperty: 丁',
          'constructor: 戊',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      "content/cases/teshu-ziduan.mdx:7:5 错误 [字段 schema] sources 的这一项里不认识的字段：__proto__。
          改法：请检查拼写。可用字段：title、publisher、date、url。
      content/cases/teshu-ziduan.mdx:8:5 错误 [字段 schema] sources 的这一项里不认识的字段：constructor。
          改法：请检查拼写。可用字段：title、publisher、date、url。
      content/cases/teshu-ziduan.mdx:9:18 错误 [字段 schema] sources 的这一项里不认识的字段：toString。
          改法：请检查拼写。可用字段：title、publisher、date、url。
      content/cases/teshu-ziduan.mdx:13:5 错误 [字段 schema] cites 的这一项里不认识的字段：hasOwnProperty。
          改法：请检查拼写。可用字段：speech、paragraphs、background。
      content/cases/teshu-ziduan.mdx:14:1 错误 [字段 schema] 不认识的字段：constructor。
          改法：请检查拼写。可用字段：title、kind、date、summary、concepts、sites、tags、level、region、sources、points、questions、cites、updated、paragraphNumbers、aliases、draft。
      内容检查发现 5 个错误、0 个提醒。"
    `);
  });

  test('a placeholder in a field named constructor gets the plain fix, not Object’s', async () => {
    expect(await reportOn('sources:\n  - title: 来源\n    constructor: 【请填写】'))
      .toMatchInlineSnapshot(`
      "content/cases/teshu-ziduan.mdx:7:5 错误 [字段 schema] sources 的这一项里不认识的字段：constructor。
          改法：请检查拼写。可用字段：title、publisher、date、url。
      content/cases/teshu-ziduan.mdx:7:18 错误 [模板占位 placeholder] 模板里的占位文字“【请填写】”还没有换成真实内容，会原样发布。
          改法：换成来源能支持的真实内容；确实没有可写的，删去这一行。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });
});
