import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../../src/checks/entry-files.ts';
import { checkProse } from '../../../src/checks/rules/prose.ts';
import { checkVocabulary } from '../../../src/checks/rules/vocabulary.ts';
import { FrontmatterPositions } from '../../../src/checks/yaml-positions.ts';
import { yamlFindings } from '../../../src/checks/source/yaml-errors.ts';
import { parseYaml } from '../../../src/entries/frontmatter.ts';
import type { Finding } from '../../../src/checks/finding.ts';
import { countEntryReads, growth, textWork } from '../../helpers/work.ts';

// The project times nothing in tests: each case counts the text copied or the entries read for an
// input of n and of 2n. Work in proportion to the input doubles; work that reads everything again
// for each line or finding quadruples.

const FIELDS = 'title: 病态案例\nkind: 已有做法\nsummary: 测试用。';

/** A case file with `body` after valid fields, read as the check reads it, then given to `rules`. */
function readCase(body: string, rules: (entry: ReturnType<typeof parseEntry>) => void = () => {}) {
  const findings: Finding[] = [];
  const entry = parseEntry(
    'content/cases/bingtai.mdx',
    'cases',
    'bingtai',
    `---\n${FIELDS}\n---\n\n${body}\n`,
    findings,
  );
  rules(entry);
  return findings;
}

describe('the content check does work in proportion to the text it reads', () => {
  test('a paragraph of thousands of lines that run together, each line a finding', () => {
    const work = (n: number) =>
      textWork(() =>
        readCase(Array(n).fill('中文').join('\n'), (entry) =>
          checkProse({ root: '', entries: [entry] }),
        ),
      );
    expect(growth(work, 2000)).toBeLessThan(2.5);
  });

  test('a line of thousands of <br>, each mended and mapped back to its column', () => {
    const work = (n: number) => textWork(() => readCase('中'.repeat(10) + '<br>'.repeat(n)));
    expect(growth(work, 2000)).toBeLessThan(2.5);
  });

  test('a line of thousands of HTML comments', () => {
    const work = (n: number) => textWork(() => readCase('<!-- 注 -->'.repeat(n)));
    expect(growth(work, 2000)).toBeLessThan(2.5);
  });

  test('one slip of a concept name written thousands of times in one paragraph', () => {
    const work = (n: number) =>
      textWork(() =>
        readCase(Array(n).fill('大整合共享').join('，'), (entry) =>
          checkVocabulary({ root: '', entries: [entry] }),
        ),
      );
    expect(growth(work, 2000)).toBeLessThan(2.5);
  });
});

describe('finding places in the frontmatter reads each field once', () => {
  test('the places of thousands of fields in one list item', () => {
    const reads = (n: number) => {
      const keys = Array.from({ length: n }, (_, i) => `k${i}`);
      const parsed = parseYaml(
        `sources:\n  - title: 来源\n${keys.map((key) => `    ${key}: 值`).join('\n')}`,
      );
      const count = countEntryReads(parsed.document);
      const positions = new FrontmatterPositions(parsed, 2);
      for (const key of keys) {
        positions.valueAt(['sources', 0, key]);
        positions.keyAt(key, ['sources', 0]);
      }
      return count();
    };
    expect(growth(reads, 1000)).toBeLessThan(2.5);
  });

  test('the names of thousands of fields written twice', () => {
    const reads = (n: number) => {
      const parsed = parseYaml(Array(n).fill('region: X').join('\n'));
      const count = countEntryReads(parsed.document);
      expect(yamlFindings('x.mdx', parsed, 2, new Set())).toHaveLength(n - 1);
      return count();
    };
    expect(growth(reads, 1000)).toBeLessThan(2.5);
  });
});
