import { describe, expect, test } from 'vitest';
import { reportsOn } from '../../helpers/check-project.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('quote-cuts');

/** A speech of one paragraph (p-1) with every kind of boundary: ，；：。！？ and a quotation ending in 。”. */
const SPEECH =
  '---\ntitle: 引文测试讲话\ndate: 2022-06-27\nsummary: 测试用讲话。\n---\n\n注重改革创新，推进农村社区建设试点；抓好街道管理体制改革试点：一是这个。总书记指出，“社区工作十分重要。”这是第二句！还有第三句？\n';

const siteQuoting = (quote: string) =>
  `---\ntitle: 引文示范点\nsummary: 测试用示范点。\nstatus: 部署要求\nkind: 城市社区\n---\n\n<SpeechQuote speech="yinwen-ceshi" at="p-1">${quote}</SpeechQuote>\n`;

const check = (quote: string) =>
  reportOn({
    'content/speeches/yinwen-ceshi.mdx': SPEECH,
    'content/sites/yinwen.mdx': siteQuoting(quote),
  });

describe('a quotation that cuts a sentence of the speech', () => {
  test('is refused at each end it cuts without an ellipsis, the fix naming where to add ……', async () => {
    expect(await check('推进农村社区建设试点')).toMatchInlineSnapshot(`
      "content/sites/yinwen.mdx:8:45 错误 [引文省略 quote-cut] 引文从讲话原文一句话的中间开始（原文前面是“注重改革创新，”），开头没有省略号，读者会以为这是整句话。
          改法：在引文开头的“推进农村社区建设试点”前面加上“……”（npm run fix 会自动加上）。
      content/sites/yinwen.mdx:8:54 错误 [引文省略 quote-cut] 引文在讲话原文一句话的中间结束（原文后面还有“；抓好街道管理体”），末尾没有省略号，读者会以为这句话到此为止。
          改法：在引文最后的“推进农村社区建设试点”后面加上“……”（npm run fix 会自动加上）。
      内容检查发现 2 个错误、0 个提醒。"
    `);
  });

  test('a quotation ending at ；, or beginning after ；or ：, has cut the sentence: the fix replaces the mark', async () => {
    expect(await check('注重改革创新，推进农村社区建设试点；')).toMatchInlineSnapshot(`
      "content/sites/yinwen.mdx:8:62 错误 [引文省略 quote-cut] 引文在讲话原文一句话的中间结束（原文后面还有“抓好街道管理体制”），末尾没有省略号，读者会以为这句话到此为止。
          改法：把引文末尾的“；”换成“……”（“推进农村社区建设试点……”；npm run fix 会自动换好）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
    expect(await check('一是这个。')).toMatchInlineSnapshot(`
      "content/sites/yinwen.mdx:8:45 错误 [引文省略 quote-cut] 引文从讲话原文一句话的中间开始（原文前面是“理体制改革试点：”），开头没有省略号，读者会以为这是整句话。
          改法：在引文开头的“一是这个”前面加上“……”（npm run fix 会自动加上）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('with …… at the ends it cuts, passes, and is still compared word for word', async () => {
    expect(await check('……推进农村社区建设试点……')).toBe('内容检查通过，没有发现问题。');
    expect(await check('…… 抓好街道管理体制改革试点：一是这个。')).toBe(
      '内容检查通过，没有发现问题。',
    );
    expect(await check('……推进农村社区建设实验……')).toMatchInlineSnapshot(`
      "content/sites/yinwen.mdx:8:55 错误 [引文 quote] 引文与讲话原文不一致：引文第 11 个字是“实”，原文（《引文测试讲话》第 1 段第 16 个字）是“试”。引文 “推进农村社区建设【实】验……”，原文 “推进农村社区建设【试】点；抓好街”。
          改法：从讲话页面复制这一段原文，替换引文（空格多少、标点全角半角不算不一致）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });

  test('an ellipsis alone is an empty quotation', async () => {
    expect(await check('……')).toMatchInlineSnapshot(`
      "content/sites/yinwen.mdx:8:1 错误 [引文 quote] <SpeechQuote> 里没有引文，页面上会是一个空的引用框。
          改法：在 <SpeechQuote …> 和 </SpeechQuote> 之间粘贴讲话第 1 段的原文（从讲话页面复制）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});

describe('a quotation of whole sentences', () => {
  test.each([
    [
      'from the paragraph start to 。',
      '注重改革创新，推进农村社区建设试点；抓好街道管理体制改革试点：一是这个。',
    ],
    ['after 。 to a closing quote after 。', '总书记指出，“社区工作十分重要。”'],
    ['after a closing quote to ！', '这是第二句！'],
    ['after ！ to the paragraph end', '还有第三句？'],
  ])('passes: %s', async (_, quote) => {
    expect(await check(quote)).toBe('内容检查通过，没有发现问题。');
  });

  test('in a case alike: the whole sentence passes, the one cut at its start is refused', async () => {
    const caseFile = `---\ntitle: 引文案例\nkind: 部署要求\nsummary: 摘要。\n---\n\n<SpeechQuote speech="yinwen-ceshi" at="p-1">这是第二句！</SpeechQuote>\n\n<SpeechQuote speech="yinwen-ceshi" at="p-1">社区工作十分重要。</SpeechQuote>\n`;
    expect(
      await reportOn({
        'content/speeches/yinwen-ceshi.mdx': SPEECH,
        'content/cases/yinwen.mdx': caseFile,
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/yinwen.mdx:9:45 错误 [引文省略 quote-cut] 引文从讲话原文一句话的中间开始（原文前面是“。总书记指出，“”），开头没有省略号，读者会以为这是整句话。
          改法：在引文开头的“社区工作十分重要”前面加上“……”（npm run fix 会自动加上）。
      内容检查发现 1 个错误、0 个提醒。"
    `);
  });
});
