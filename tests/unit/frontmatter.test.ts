import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter, yamlValues } from '../../src/entries/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the YAML between the two --- lines from the body after them', () => {
    expect(splitFrontmatter('---\ntitle: 四所合一\n---\n\n正文。\n')).toEqual({
      yaml: 'title: 四所合一',
      body: '\n正文。\n',
    });
  });

  it('reads files saved with Windows line ends', () => {
    expect(splitFrontmatter('---\r\ntitle: 甲\r\nsummary: 乙\r\n---\r\n正文')).toEqual({
      yaml: 'title: 甲\r\nsummary: 乙',
      body: '正文',
    });
  });

  it('accepts an empty block, and a body with a --- rule of its own', () => {
    expect(splitFrontmatter('---\n---\n上文\n\n---\n\n下文')).toEqual({
      yaml: '',
      body: '上文\n\n---\n\n下文',
    });
  });

  it('does not end the block at a value that ends in ---', () => {
    expect(splitFrontmatter('---\nsummary: 甲---\ntitle: 乙\n---\n正文')).toEqual({
      yaml: 'summary: 甲---\ntitle: 乙',
      body: '正文',
    });
  });

  it('finds no block in a file that does not start with one', () => {
    expect(splitFrontmatter('title: 甲\n---\n正文')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: 甲\n正文')).toBeUndefined();
  });
});

describe('parseYaml and yamlValues', () => {
  it('report every key written twice in a map, nested and flow maps too, at the repeat', () => {
    const parsed = parseYaml('title: 甲\ntitle: 乙\nsources:\n  - {title: 丙, title: 丁}');
    expect(parsed.document.errors.map((e) => [e.code, parsed.lines.linePos(e.pos[0])])).toEqual([
      ['DUPLICATE_KEY', { line: 2, col: 1 }],
      ['DUPLICATE_KEY', { line: 4, col: 16 }],
    ]);
  });

  it('refuse a key that is itself a list or a map, which no field has', () => {
    expect(() => yamlValues(parseYaml('? [甲]\n: 乙'))).toThrow('字段名只能是一段文字');
    expect(yamlValues(parseYaml('title: 甲'))).toEqual({ title: '甲' });
  });
});
