import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
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
});
