// npm run bench:check: times the content check on pathological entries, each at two sizes
// (n and 2n), and reports how many times longer the larger took: about 2 when the check's
// work grows in proportion to its input, about 4 when it grows with the square. Each entry is
// laid over the check's valid base fixture in bench/work/check/. Sizes below the limits
// (schemas/limits.ts) go through the parsers; sizes above them show what a limit stops.
//   npm run bench:check -- [--only bracket,softbreaks] [--runs 3] [--output bench/results/check.md]
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runChecks } from '../src/checks/index.ts';
import { countProblems } from '../src/checks/finding.ts';

const FIELDS = 'title: 病态案例\nkind: 已有做法\nsummary: 用来测时间的案例。';

/** A case file: valid fields (or `fields`), then `body`. */
const caseFile = (body: string, fields = FIELDS) => `---\n${fields}\n---\n\n${body}\n`;

/** `unit` repeated to about `n` characters. */
const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

/** `n` characters of `unit`, in paragraphs of about `size` characters with blank lines between. */
const paragraphs = (unit: string, n: number, size = 5_000) =>
  Array(Math.max(1, Math.round(n / size)))
    .fill(repeat(unit, size))
    .join('\n\n');

/** `count` lines of `line`, with no blank line between them. */
const lines = (line: string, count: number) => Array(count).fill(line).join('\n');

/** `count` YAML list items of `item(i)`, under `key:`. */
const yamlList = (key: string, count: number, item: (i: number) => string) =>
  `${FIELDS}\n${key}:\n${Array.from({ length: count }, (_, i) => `  - ${item(i)}`).join('\n')}`;

/** Each pathological kind: the case file for size n, in characters or items. */
const KINDS: Record<string, { n: number; file: (n: number) => string }> = {};
for (const [name, unit] of Object.entries({
  bracket: '[',
  star: '*',
  underscore: '_',
  lt: '<',
  backtick: '`',
  pipe: '|',
  gt: '>',
  hash: '#',
  paren: '(',
  bang: '!',
  brackets3: '[[[',
  'link-open': '[a](',
  br: '<br>',
  comment: '<!-- 注 -->',
  brace: '{',
  entity: '&amp;',
  emphasis: '*中_',
  'placeholder open': '【请填写',
})) {
  // One line of it, and the same in paragraphs of 5,000 (within the paragraph limit).
  KINDS[`${name} line`] = { n: 50_000, file: (n) => caseFile(repeat(unit, n)) };
  KINDS[`${name} paragraphs`] = { n: 40_000, file: (n) => caseFile(paragraphs(unit, n)) };
}
Object.assign(KINDS, {
  'soft breaks': { n: 1_500, file: (n: number) => caseFile(lines('中文', n)) },
  'soft breaks in paragraphs': {
    n: 10_000,
    file: (n: number) =>
      caseFile(
        Array(n / 1_000)
          .fill(lines('中文', 1_000))
          .join('\n\n'),
      ),
  },
  headings: {
    n: 4_000,
    file: (n: number) => caseFile(Array.from({ length: n }, (_, i) => `## 标题${i}`).join('\n\n')),
  },
  'list items': { n: 800, file: (n: number) => caseFile(lines('- 项目', n)) },
  'nested list': {
    n: 100,
    file: (n: number) =>
      caseFile(Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')),
  },
  'nested blockquote': { n: 2_000, file: (n: number) => caseFile(`${'> '.repeat(n)}引文`) },
  links: {
    n: 2_000,
    file: (n: number) => caseFile(Array(n).fill('[链接](https://www.gov.cn/)').join('\n\n')),
  },
  table: {
    n: 300,
    file: (n: number) =>
      caseFile(['| 甲 | 乙 |', '| - | - |', ...Array(n).fill('| 中, | 文 |')].join('\n')),
  },
  'table rows in paragraphs': {
    n: 2_000,
    file: (n: number) =>
      caseFile(
        Array(n / 100)
          .fill(['| 甲 | 乙 |', '| - | - |', ...Array(100).fill('| 中, | 文 |')].join('\n'))
          .join('\n\n'),
      ),
  },
  'html elements': {
    n: 200,
    file: (n: number) => caseFile(Array(n).fill('<b>粗</b>').join('\n\n')),
  },
  'long title': {
    n: 1_000_000,
    file: (n: number) =>
      caseFile('正文。', `title: ${'长'.repeat(n)}\nkind: 已有做法\nsummary: 摘要。`),
  },
  'long summary in limits': {
    n: 20_000,
    file: (n: number) =>
      caseFile('正文。', `title: 标题\nkind: 已有做法\nsummary: ${'要,'.repeat(n / 2)}`),
  },
  tags: {
    n: 1_500,
    file: (n: number) =>
      caseFile(
        '正文。',
        `${FIELDS}\ntags: [${Array.from({ length: n }, (_, i) => `词${i}`).join(', ')}]`,
      ),
  },
  'repeated cites': {
    n: 500,
    file: (n: number) =>
      caseFile(
        '正文。',
        yamlList('cites', n, () => 'speech: 测试讲话\n    paragraphs: [p-2]'),
      ),
  },
  sources: {
    n: 500,
    file: (n: number) =>
      caseFile(
        '正文。',
        yamlList('sources', n, (i) => `title: 来源${i}\n    date: 2022年6月`),
      ),
  },
  'unknown fields': {
    n: 2_000,
    file: (n: number) =>
      caseFile(
        '正文。',
        `${FIELDS}\n${Array.from({ length: n }, (_, i) => `k${i}: 值`).join('\n')}`,
      ),
  },
  'repeated fields': {
    n: 2_000,
    file: (n: number) => caseFile('正文。', `${FIELDS}\n${lines('region: X市', n)}`),
  },
  'nested unknown fields': {
    n: 1_200,
    file: (n: number) =>
      caseFile(
        '正文。',
        `${FIELDS}\nsources:\n  - title: 来源\n${Array.from({ length: n }, (_, i) => `    k${i}: 【请填写】`).join('\n')}`,
      ),
  },
  'flow brackets in a field': {
    n: 20_000,
    file: (n: number) => caseFile('正文。', `${FIELDS}\ntags: ${'['.repeat(n)}`),
  },
  'complex keys': {
    n: 200,
    file: (n: number) => caseFile('正文。', `${FIELDS}\n${'? '.repeat(n)}名称`),
  },
});

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    output: { type: 'string' },
  },
});
const only = values.only?.split(',');
const runs = Number(values.runs);
const work = resolve('bench/work/check');
const base = resolve('tests/fixtures/check/_base');
const PATH = 'content/cases/bingtai.mdx';

/** The fastest of `runs` checks of a project with `text` as its one extra case, and what it found. */
async function time(text: string): Promise<{ ms: number; findings: number; problems: number }> {
  rmSync(work, { recursive: true, force: true });
  cpSync(base, work, { recursive: true });
  mkdirSync(dirname(join(work, PATH)), { recursive: true });
  writeFileSync(join(work, PATH), text);
  let best = Infinity;
  let found = { findings: 0, problems: 0 };
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const findings = (await runChecks(work)).filter((finding) => finding.file === PATH);
    best = Math.min(best, performance.now() - start);
    const { errors, warnings } = countProblems(findings);
    found = { findings: findings.length, problems: errors + warnings };
  }
  return { ms: best, ...found };
}

const rows = [
  '| 输入 | n | n 的时间 | 2n 的时间 | 比值 | 2n 时列出的问题（共计） |',
  '| --- | --: | --: | --: | --: | --: |',
];
console.log(rows.join('\n'));
for (const [name, kind] of Object.entries(KINDS)) {
  if (only && !only.includes(name)) continue;
  const small = await time(kind.file(kind.n));
  const large = await time(kind.file(kind.n * 2));
  const row = `| ${name} | ${kind.n.toLocaleString('en-US')} | ${small.ms.toFixed(0)} ms | ${large.ms.toFixed(0)} ms | ${(large.ms / small.ms).toFixed(1)} | ${large.findings}（${large.problems.toLocaleString('en-US')}） |`;
  rows.push(row);
  console.log(row);
}
rmSync(work, { recursive: true, force: true });
if (values.output) writeFileSync(values.output, `${rows.join('\n')}\n`);
