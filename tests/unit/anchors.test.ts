import { describe, expect, test, vi } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

// The whole format replaced: if any module wrote or matched anchors on its own, it would miss these.
vi.mock('../../src/common/anchors.ts', () => {
  const ANCHOR_PATTERNS = {
    paragraph: 'duan[1-9]\\d*[a-z]?',
    part: 'bufen[1-9]\\d*',
    section: 'bufen[1-9]\\d*x[1-9]\\d*',
  };
  const whole = (source: string) => new RegExp(`^(?:${source})$`);
  const paragraphAnchor = (n: number, letter = '') => `duan${n}${letter}`;
  return {
    ANCHOR_PATTERNS,
    CITED_ANCHOR_PATTERN: `${ANCHOR_PATTERNS.paragraph}|${ANCHOR_PATTERNS.section}|${ANCHOR_PATTERNS.part}`,
    paragraphAnchor,
    partAnchor: (part: number) => `bufen${part}`,
    sectionAnchor: (part: number, section: number) => `bufen${part}x${section}`,
    isParagraphAnchor: (text: string) => whole(ANCHOR_PATTERNS.paragraph).test(text),
    isPartAnchor: (text: string) => whole(ANCHOR_PATTERNS.part).test(text),
    isSectionAnchor: (text: string) => whole(ANCHOR_PATTERNS.section).test(text),
    paragraphLabel: (anchor: string) => anchor.slice('duan'.length),
    parseParagraphAnchor: (anchor: string) => {
      const match = /^duan(\d+)([a-z]?)$/.exec(anchor);
      return match ? { n: Number(match[1]), letter: match[2] } : undefined;
    },
    paragraphRange: (count: number) => `${paragraphAnchor(1)} 到 ${paragraphAnchor(count)}`,
  };
});

const { renderEntryBody } = await import('../../src/entries/markdown/render-entry.ts');
const { withRelatedCases } = await import('../../src/routing/related-cases-html.ts');
const { drawCodes } = await import('../../src/postbuild/paragraph-codes.ts');
const { paragraphsOf } = await import('../../src/entries/outline.ts');
const { isCitedAnchor } = await import('../../src/checks/url-registry.ts');
const { citeSchema } = await import('../../src/schemas/cite.ts');
const { mockCase } = await import('../helpers/mock-entries.ts');

describe('the anchor format has one home, src/common/anchors.ts', () => {
  test('changing it there changes every place that numbers, links, lists, validates or protects a paragraph', () => {
    const { html, outline } = renderEntryBody(
      ['同志们：', '## 一、第一部分', '### （一）第一节', '正文。'].join('\n\n'),
      {
        numbered: true,
        terms: [],
        speeches: [],
        file: 'content/speeches/x.mdx',
      },
    );
    expect(outline.flatMap((item) => ('id' in item ? [item.id] : []))).toEqual([
      'duan1',
      'bufen1',
      'bufen1x1',
      'duan2',
    ]);
    expect(html).toContain('href="#duan2"');
    const related = withRelatedCases(
      html,
      new Map([['duan2', [{ ...mockCase('a'), url: '/cases/a/' } as never]]]),
    );
    expect(related).toContain('aria-label="第2段的相关案例"');
    const codes = drawCodes({
      address: 'https://x.example/speeches/x/',
      anchors: [...paragraphsOf(outline).keys()],
    });
    expect(Object.keys(JSON.parse(codes))).toEqual(['duan1', 'duan2']);
    expect(codes).toContain('第2段的二维码');
    expect(['duan2', 'bufen1', 'bufen1x1', 'p-2'].map(isCitedAnchor)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(citeSchema.safeParse({ speech: 'x', paragraphs: ['duan3'] }).success).toBe(true);
    expect(citeSchema.safeParse({ speech: 'x', paragraphs: ['p-3'] }).success).toBe(false);
  });

  test('no other module builds or matches an anchor by hand', () => {
    const code = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return code(path);
        return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
      });
    // Writing p-N or part-N-M, matching them, or taking the number out of one by position.
    const handMade =
      /[`'"/(]p-(\$\{|\\d|\[)|part-(\$\{|\\d)|#p-\d|anchor\.slice\(2\)|id\.slice\(2\)/;
    const offenders = [...code(join(ROOT, 'src')), ...code(join(ROOT, 'scripts'))]
      .filter((file) => !file.endsWith(join('common', 'anchors.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line) && handMade.test(line))
          .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
