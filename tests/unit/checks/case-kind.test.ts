import { describe, expect, test } from 'vitest';
import { checkFixture, reportsOn } from '../../helpers/check-project.ts';
import { hasErrors } from '../../../src/checks/index.ts';
import { requirementWord } from '../../../src/common/requirement-words.ts';

/** The content check's report on files laid over the valid base fixture. */
const reportOn = reportsOn('case-kind');

const caseOf = (kind: string, title: string, summary: string) =>
  `---\ntitle: ${title}\nkind: ${kind}\nsummary: ${summary}\n---\n\n正文。\n`;

describe('a case of kind 已有做法 whose words read as a deployment', () => {
  test('gets a 提醒 at its title naming a 试点 and at its summary saying 要求, and the check still passes', async () => {
    const { findings, report } = await checkFixture(
      '_base',
      {
        'content/cases/a.mdx': caseOf(
          '已有做法',
          '村民自治试点',
          '讲话说本市农村社区建设“走在全区前列”；讲话要求推进村民自治。',
        ),
      },
      'case-kind-both',
    );
    expect(report).toMatchInlineSnapshot(`
      "content/cases/a.mdx:2:8 提醒 [性质 case-kind] 性质写的是“已有做法”，但标题里有“试点”：讲话部署的试点多半还没有开展。按“已有做法”筛选的读者会看到它。
          改法：请对照讲话原文核对性质（kind）：讲话要求去做的，改成 部署要求；讲话说已经做了、有了成效的，才是 已有做法。一个案例两样都有的，可以拆成两个案例。核对无误的，这条提醒可以不管。
      content/cases/a.mdx:4:10 提醒 [性质 case-kind] 性质写的是“已有做法”，但摘要里有“要求”：“要求……”说的是讲话要求去做的事。按“已有做法”筛选的读者会看到它。
          改法：请对照讲话原文核对性质（kind）：讲话要求去做的，改成 部署要求；讲话说已经做了、有了成效的，才是 已有做法。一个案例两样都有的，可以拆成两个案例。核对无误的，这条提醒可以不管。
      内容检查发现 0 个错误、2 个提醒。"
    `);
    expect(hasErrors(findings)).toBe(false);
  });

  test('gets one at a summary whose main verb is 要', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseOf('已有做法', '区域化党建联盟', '要大力推行区域化党建联盟。'),
      }),
    ).toMatchInlineSnapshot(`
      "content/cases/a.mdx:4:10 提醒 [性质 case-kind] 性质写的是“已有做法”，但摘要里有“要”：“要……”说的是讲话要求去做的事。按“已有做法”筛选的读者会看到它。
          改法：请对照讲话原文核对性质（kind）：讲话要求去做的，改成 部署要求；讲话说已经做了、有了成效的，才是 已有做法。一个案例两样都有的，可以拆成两个案例。核对无误的，这条提醒可以不管。
      内容检查发现 0 个错误、1 个提醒。"
    `);
  });

  test('says nothing of the same words in a 部署要求 case, a draft, or a model site the speech asks for', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseOf('部署要求', '村民自治试点', '讲话要求推进村民自治试点。'),
        'content/cases/b.mdx': caseOf('已有做法', '村民小组自治试点', '讲话要求推进。').replace(
          '---\n\n',
          'draft: true\n---\n\n',
        ),
        'content/sites/a.mdx':
          '---\ntitle: 村民自治试点\nsummary: 讲话要求推进村民自治试点。\nstatus: 部署要求\nkind: 农村社区\n---\n\n正文。\n',
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });

  test('a model site of status 已有 gets the same 提醒, in the words of its own field', async () => {
    expect(
      await reportOn({
        'content/sites/a.mdx':
          '---\ntitle: 村民自治试点\nsummary: 讲话提到的村民自治试点。\nstatus: 已有\nkind: 农村社区\n---\n\n正文。\n',
      }),
    ).toMatchInlineSnapshot(`
      "content/sites/a.mdx:2:8 提醒 [性质 case-kind] 性质写的是“已有”，但名称里有“试点”：讲话部署的试点多半还没有开展。页面和列表会把它标成讲话说已经有的。
          改法：请对照讲话原文核对性质（status）：讲话要求建设、开展或推广的（试点、示范带等），改成 部署要求；讲话说已经有的（参观过、作过介绍、已经建成的），才是 已有。核对无误的，这条提醒可以不管。
      content/sites/a.mdx:3:10 提醒 [性质 case-kind] 性质写的是“已有”，但摘要里有“试点”：讲话部署的试点多半还没有开展。页面和列表会把它标成讲话说已经有的。
          改法：请对照讲话原文核对性质（status）：讲话要求建设、开展或推广的（试点、示范带等），改成 部署要求；讲话说已经有的（参观过、作过介绍、已经建成的），才是 已有。核对无误的，这条提醒可以不管。
      内容检查发现 0 个错误、2 个提醒。"
    `);
  });

  test('says nothing of a summary that reports, quotes or names without requiring', async () => {
    expect(
      await reportOn({
        'content/cases/a.mdx': caseOf(
          '已有做法',
          '重点镇改革',
          '讲话说本市重点镇改革等工作走在全区前列，说明要运用好基层创新这个重要法宝。',
        ),
      }),
    ).toBe('内容检查通过，没有发现问题。');
  });
});

describe('requirementWord: 试点, or 要求/要/推进/推行 as the main verb', () => {
  test.each([
    ['讲话要求推进农村社区建设试点', '要求'],
    ['要大力推行区域化党建联盟', '要'],
    ['讲话要进一步推进改革', '要'],
    ['本市，推进网格化服务中心建设', '推进'],
    ['大力推行“党建+智慧警务”模式', '推行'],
    ['乡镇政府服务能力建设试点', '试点'],
    ['讲话还说本市开展了试点，并要求总结经验', '试点'],
  ])('finds it in 「%s」: %s', (text, word) => {
    expect(requirementWord(text)?.word).toBe(word);
  });

  test.each([
    '讲话在推进会上说本市重点镇改革走在全区前列',
    '社区是为人民服务的重要场所',
    '主要目的是研究部署重点任务',
    '讲话说本市农村社区建设等工作走在全区前列',
    '按照不少于500平方米的要求建设党群服务中心',
    '与上级要求和先进地区相比还有差距',
    '讲话把它作为例子，说明要运用好基层创新这个重要法宝',
    '本市推进了城市社区党群服务中心建设',
    '需要、只要、必要都不是要求',
    '这是要点',
  ])('finds nothing in 「%s」', (text) => {
    expect(requirementWord(text)).toBeUndefined();
  });
});
