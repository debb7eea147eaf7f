import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { readPage } from '../helpers/dist.ts';

// Test speeches, not content: a second and a third speech to see the wording of one concept across them.
const speech = (title: string, date: string, body: string) =>
  [
    '---',
    `title: ${title}`,
    ...(date ? [date] : []),
    'summary: 测试用讲话。',
    '---',
    '',
    body,
    '',
  ].join('\n');

describe('a concept named in several speeches', () => {
  let dist: string;
  beforeAll(async () => {
    const site = await fixtureSite('concept-wording', 'drafts');
    await site.write(
      'content/speeches/ershiyi-jianghua.mdx',
      speech(
        '二〇二一年测试讲话',
        'date: 2021-03-01',
        '同志们：\n\n要深化大服务共享，把服务送到群众身边。\n\n其他工作。',
      ),
    );
    await site.write(
      'content/speeches/zaoqi-jianghua.mdx',
      speech(
        '早期测试讲话',
        'date: 约2019\ndateBasis: 测试依据',
        '推进大服务共享。\n\n## 一、第一部分\n\n### （一）树立“大服务共享”的理念\n\n要把服务送到群众身边。\n\n大服务共享要见实效，大服务共享要可持续。\n\n### （二）其他\n\n与之无关的一段。',
      ),
    );
    await site.write(
      'content/speeches/wuri-jianghua.mdx',
      speech('日期不详的测试讲话', '', '坚持大服务共享。'),
    );
    const result = await site.build();
    expect(result.exitCode, result.output).toBe(0);
    dist = site.dist;
  });

  test('lists every paragraph that names it, or stands under a heading that does, speech by speech, in the order the speeches were given', () => {
    const page = readPage(dist, '/concepts/da-fuwu-gongxiang/');
    const speeches = page.querySelectorAll('[data-wording-speech]');
    expect(speeches.map((block) => block.querySelector('h3')!.text)).toEqual([
      '《早期测试讲话》（约2019年）',
      '《二〇二一年测试讲话》（2021年3月1日）',
      '《日期不详的测试讲话》',
    ]);
    expect(
      speeches.map((block) => block.querySelectorAll('blockquote').map((q) => q.text)),
    ).toEqual([
      ['推进大服务共享。', '要把服务送到群众身边。', '大服务共享要见实效，大服务共享要可持续。'],
      ['要深化大服务共享，把服务送到群众身边。'],
      ['坚持大服务共享。'],
    ]);
    // A paragraph under a heading that names it counts, the heading shown once over its paragraphs.
    expect(
      speeches[0]!.querySelectorAll('[data-wording-heading]').map((heading) => heading.text),
    ).toEqual(['（一）树立“大服务共享”的理念']);
    // The name is marked each time it occurs; paragraphs that do not name it are left out.
    expect(speeches[0]!.querySelectorAll('mark')).toHaveLength(4);
  });

  test('gives each paragraph the citation 复制引用 gives, dated by delivery, with its full address', () => {
    const citations = readPage(dist, '/concepts/da-fuwu-gongxiang/')
      .querySelectorAll('[data-wording-citation]')
      .map((citation) => citation.text);
    expect(citations[0]).toBe(
      '《早期测试讲话》（约2019年）第1段 http://localhost:4321/speeches/zaoqi-jianghua/#p-1',
    );
    expect(citations.at(-1)).toBe(
      '《日期不详的测试讲话》第1段 http://localhost:4321/speeches/wuri-jianghua/#p-1',
    );
  });
});
