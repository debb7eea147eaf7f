import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SITE_DIST } from '../helpers/paths.ts';
import { builtFiles, isPrecompressedCopy } from '../../src/postbuild/built-files.ts';
import { COMPRESSIBLE } from '../../src/postbuild/precompress.ts';

const texts = builtFiles(SITE_DIST).filter(
  (file) => COMPRESSIBLE.test(file.file) && !isPrecompressedCopy(file),
);

describe('the built site, for the server', () => {
  test('has a .gz and a .br beside every page, script, stylesheet and data file, each the same text', () => {
    expect(texts.map((file) => file.path)).toEqual(
      expect.arrayContaining(['/', '/search/', '/pagefind/pagefind.js', '/rss.xml', '/404.html']),
    );
    const wrong = texts.flatMap(({ file, path }) => {
      const body = readFileSync(file);
      const gz = `${file}.gz`;
      const br = `${file}.br`;
      if (!existsSync(gz) || !existsSync(br)) return [`${path}: 缺少压缩版`];
      const same =
        gunzipSync(readFileSync(gz)).equals(body) &&
        brotliDecompressSync(readFileSync(br)).equals(body);
      return same ? [] : [`${path}: 压缩版与原文件不同`];
    });
    expect(wrong).toEqual([]);
  });

  test('leaves Pagefind index files as they are: they are compressed already', () => {
    const copies = builtFiles(SITE_DIST).filter(
      (file) => isPrecompressedCopy(file) && /\.pf_\w+\.(gz|br)$/.test(file.file),
    );
    expect(copies).toEqual([]);
  });
});
