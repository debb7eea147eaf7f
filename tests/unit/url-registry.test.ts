import { describe, expect, test } from 'vitest';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { protectedUrls, readWithdrawals } from '../../src/checks/url-registry.ts';
import { TMP } from '../helpers/paths.ts';

describe('protectedUrls', () => {
  test('is the registry without the URLs withdrawn on purpose, each withdrawal read with its reason and line', async () => {
    const root = join(TMP, 'url-registry');
    await rm(root, { recursive: true, force: true });
    await mkdir(join(root, 'content'), { recursive: true });
    await writeFile(
      join(root, 'content/_published-urls.txt'),
      '# 登记表\n/\n/cases/a/\n/cases/b/\n',
    );
    await writeFile(
      join(root, 'content/_withdrawn-urls.txt'),
      '# 撤下的网址\n/cases/b/ 与 /cases/a/ 重复，已合并\n',
    );
    expect(protectedUrls(root)).toEqual(['/', '/cases/a/']);
    expect([...readWithdrawals(root)]).toEqual([
      ['/cases/b/', { reason: '与 /cases/a/ 重复，已合并', line: 2 }],
    ]);
  });

  test('is undefined for a project that keeps no registry', async () => {
    expect(protectedUrls(join(TMP, 'meiyou-xiangmu'))).toBeUndefined();
  });
});
