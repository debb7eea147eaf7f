import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFile, readdir, rm } from 'node:fs/promises';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { runChecks } from '../../src/checks/index.ts';
import { formatReport } from '../../src/checks/finding.ts';
import { ROOT, TMP } from '../helpers/paths.ts';

describe('the generated corpus of the bench', () => {
  test('passes the content check, so the bench measures builds rather than failing on text drawn from the real content', async () => {
    const root = join(TMP, 'corpus-check');
    await rm(root, { recursive: true, force: true });
    generateCorpus(ROOT, join(root, 'content'), { cases: 300 });
    expect(formatReport(await runChecks(root))).toBe('内容检查通过，没有发现问题。');
  });

  test('in its portable form uses no component of this site in any entry, so the baseline and Starlight build it', async () => {
    const content = join(TMP, 'corpus-portable', 'content');
    generateCorpus(ROOT, content, { cases: 20, portable: true });
    const files = (await readdir(content, { recursive: true })).filter((file) =>
      file.endsWith('.mdx'),
    );
    const withComponents: string[] = [];
    for (const file of files) {
      const body = (await readFile(join(content, file), 'utf8')).replace(/^---[\s\S]*?\n---\n/, '');
      if (/<[A-Z]/.test(body)) withComponents.push(file);
    }
    expect(files.length).toBeGreaterThan(20);
    expect(withComponents).toEqual([]);
  });
});
