import { describe, expect, test } from 'vitest';
import { checkFixture } from '../../helpers/check-project.ts';
import { countProblems, formatReport } from '../../../src/checks/finding.ts';
import { hasErrors } from '../../../src/checks/index.ts';
import { caseSchema } from '../../../src/schemas/case.ts';
import { buildKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import { mockCase, mockConcept, mockOutline, mockSpeech } from '../../helpers/mock-entries.ts';

let runs = 0;

/** The report on `files` laid over the valid base fixture, only their findings. */
async function reportOn(files: Record<string, string>): Promise<string> {
  runs += 1;
  const { findings } = await checkFixture('_base', files, `list-duplicates-${runs}`);
  return formatReport(findings.filter((finding) => Object.hasOwn(files, finding.file)));
}

const CASE = 'content/cases/chongfu-xiang.mdx';

describe('an item written twice in a list is a warning at the repeat', () => {
  test('in every list field of a case, two spellings of one concept, site or speech counting as one, a paragraph in both cite lists too', async () => {
    const text = [
      '---',
      'title: 写了两次的案例',
      'kind: 已有做法',
      'summary: 测试用。',
      'concepts: [大整合共治, da-zhenghe-gongzhi]',
      'sites: [测试社区, 测试社区]',
      'tags: 社区，议事、社区',
      'aliases: [jiu-ming, jiu-ming]',
      'points:',
      '  - 要点一。',
      '  - 要点一。',
      'questions: |',
      '  1. 怎么做？',
      '  2. 怎么做？',
      'sources:',
      '  - title: 测试讲话',
      '    date: 2022-06',
      '  - title: 测试讲话',
      '    date: 2022-06',
      'cites:',
      '  - speech: 测试讲话',
      '    paragraphs: [p-2, p-3, p-2]',
      '  - speech: ceshi-jianghua',
      '    paragraphs: [p-3]',
      '    background: [p-2]',
      '---',
      '',
      '正文。',
      '',
    ].join('\n');
    expect(await reportOn({ [CASE]: text })).toMatchInlineSnapshot(`
      "content/cases/chongfu-xiang.mdx:5:19 提醒 [重复项 duplicate-item] concepts 里“da-zhenghe-gongzhi”和前面的“大整合共治”是同一个理念，重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:6:15 提醒 [重复项 duplicate-item] sites 里“测试社区”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:7:13 提醒 [重复项 duplicate-item] tags 里“社区”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:8:21 提醒 [重复项 duplicate-item] aliases 里“jiu-ming”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:11:5 提醒 [重复项 duplicate-item] points 里“要点一。”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:14:6 提醒 [重复项 duplicate-item] questions 里“怎么做？”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:18:5 提醒 [重复项 duplicate-item] sources 里“测试讲话”这一项写重复了（前面有一模一样的一项），重复的这一项不会显示。
          改法：删去这一项（从它的 - title: 到下一项之前）。
      content/cases/chongfu-xiang.mdx:22:28 提醒 [重复项 duplicate-item] cites 里讲话“测试讲话”的“p-2”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:24:18 提醒 [重复项 duplicate-item] cites 里讲话“ceshi-jianghua”的“p-3”前面已经写过（“测试讲话”是同一篇讲话），重复的这一项不会显示。
          改法：删去这一项。
      content/cases/chongfu-xiang.mdx:25:18 提醒 [重复项 duplicate-item] cites 里讲话“ceshi-jianghua”的“p-2”写在 background 里，前面“测试讲话”（同一篇讲话）把它写在 paragraphs 里。一段只能写在一处，现在按 paragraphs（讲到这个做法的段落）显示。
          改法：讲话在这一段提出这项要求或说到这个做法，留在 paragraphs；只是交代背景，留在 background；删去另一处。
      内容检查发现 0 个错误、10 个提醒。"
    `);
  });

  test('in the lists of a speech, a glossary term, a concept and a site', async () => {
    const fields = (title: string, more: string) =>
      `---\ntitle: ${title}\nsummary: 测试用。\n${more}\n---\n\n正文。\n`;
    expect(
      await reportOn({
        'content/speeches/chongfu-jianghua.mdx': fields(
          '写了两次的讲话',
          'concepts: [大服务共享, 大服务共享]\nsites: [ceshi-shequ, 测试社区]\ntags: [会议, 会议]',
        ),
        'content/glossary/chongfu-shuyu.mdx': fields('重复术语', 'synonyms: [别称, 别称]'),
        'content/concepts/da-chongfu-gongxiang.mdx': fields(
          '大重复共享',
          'order: 9\naliases: [jiu, jiu]',
        ),
        'content/sites/chongfu-shequ.mdx': fields('重复社区', 'aliases: jiu, jiu\nstatus: 已有'),
      }),
    ).toMatchInlineSnapshot(`
      "content/concepts/da-chongfu-gongxiang.mdx:5:16 提醒 [重复项 duplicate-item] aliases 里“jiu”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/glossary/chongfu-shuyu.mdx:4:16 提醒 [重复项 duplicate-item] synonyms 里“别称”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/sites/chongfu-shequ.mdx:4:15 提醒 [重复项 duplicate-item] aliases 里“jiu”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/speeches/chongfu-jianghua.mdx:4:19 提醒 [重复项 duplicate-item] concepts 里“大服务共享”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      content/speeches/chongfu-jianghua.mdx:5:22 提醒 [重复项 duplicate-item] sites 里“测试社区”和前面的“ceshi-shequ”是同一个示范点，重复的这一项不会显示。
          改法：删去这一项。
      content/speeches/chongfu-jianghua.mdx:6:12 提醒 [重复项 duplicate-item] tags 里“会议”写重复了（前面已有），重复的这一项不会显示。
          改法：删去这一项。
      内容检查发现 0 个错误、6 个提醒。"
    `);
  });

  test('many repeats: a warning each, counted after the first few; the check still passes', async () => {
    const cites = Array(150).fill('  - speech: 测试讲话\n    paragraphs: [p-2]').join('\n');
    const text = `---\ntitle: 写了很多次的案例\nkind: 已有做法\nsummary: 测试用。\ncites:\n${cites}\n---\n\n正文。\n`;
    runs += 1;
    const { findings } = await checkFixture('_base', { [CASE]: text }, `list-duplicates-${runs}`);
    const mine = findings.filter((finding) => finding.file === CASE);
    expect(hasErrors(mine)).toBe(false);
    expect(mine).toHaveLength(6);
    expect(countProblems(mine)).toEqual({ errors: 0, warnings: 149 });
    expect(formatReport(mine.slice(-1))).toMatchInlineSnapshot(`
      "content/cases/chongfu-xiang.mdx:19:18 提醒 [重复项 duplicate-item] 同样的问题还有 144 处：第 19、21、23、25、27、29、31、33、35、37 行等。
          改法：删去这一项。
      内容检查发现 0 个错误、144 个提醒。同一个文件里同类的问题多时，只列出前几处，其余的合成一条。"
    `);
  });
});

describe('the one right form of a list with a repeat is the list without it', () => {
  test('hundreds of cites, repeats or not, are refused over the list limit', () => {
    const result = caseSchema.safeParse({
      title: '案例',
      kind: '已有做法',
      summary: '摘要',
      cites: Array(300).fill({ speech: '讲话', paragraphs: ['p-2'] }),
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'cites（对应讲话）有 300 项，超过上限 200 项。只保留最要紧的几项。',
    ]);
  });

  test('the schema keeps the first of each cited paragraph and of each source, in order', () => {
    const data = caseSchema.parse({
      title: '案例',
      kind: '已有做法',
      summary: '摘要',
      sources: [{ title: '甲' }, { title: '乙' }, { title: '甲' }],
      cites: [
        { speech: '讲话', paragraphs: ['p-2', 'p-3', 'p-2'] },
        { speech: '讲话', paragraphs: ['p-3'] },
        { speech: '别的讲话', paragraphs: ['p-3'] },
      ],
    });
    expect(data.sources).toEqual([{ title: '甲' }, { title: '乙' }]);
    expect(data.cites).toEqual([
      { speech: '讲话', paragraphs: ['p-2', 'p-3'], background: [] },
      { speech: '别的讲话', paragraphs: ['p-3'], background: [] },
    ]);
  });

  test('the page lists a concept named twice once, and merges cites of one speech named two ways', () => {
    const kb = buildKnowledgeBase({
      speeches: [mockSpeech('s')],
      cases: [
        mockCase('a', {
          concepts: ['大服务共享', 'da-fuwu-gongxiang'],
          cites: [
            { speech: 's', paragraphs: ['p-1'] },
            { speech: mockSpeech('s').data.title, paragraphs: ['p-3'] },
          ],
        }),
      ],
      concepts: [mockConcept('da-fuwu-gongxiang', '大服务共享', 1)],
      sites: [],
      glossary: [],
      includeDrafts: false,
      speechOutlines: new Map([['s', mockOutline(4)]]),
      lastUpdated: new Map(),
    });
    const [item] = kb.cases;
    expect(item!.concepts.map((concept) => concept.id)).toEqual(['da-fuwu-gongxiang']);
    expect(item!.citations.map((c) => [c.speech.id, c.paragraphs.map((p) => p.id)])).toEqual([
      ['s', ['p-1', 'p-3']],
    ]);
    expect(kb.casesByConcept.get('da-fuwu-gongxiang')).toHaveLength(1);
  });
});
