import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  readCacheEntry,
  readCacheEntrySync,
  writeCacheEntry,
  writeFileAtomic,
} from '../../src/postbuild/cache-files.ts';
import { precompress, textFiles } from '../../src/postbuild/precompress.ts';
import { writeParagraphCodes } from '../../src/postbuild/paragraph-codes.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kb-cache-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('replaces a file in one step and leaves no temporary file beside it', async () => {
    const dir = join(scratch, 'atomic');
    mkdirSync(dir);
    writeFileSync(join(dir, 'page.html'), 'old');
    await writeFileAtomic(join(dir, 'page.html'), 'new');
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['page.html']);
  });
});

describe('readCacheEntry', () => {
  test.each([
    ['empty, as a kill while writing left it', (entry: Buffer) => entry.subarray(0, 0)],
    ['cut short', (entry: Buffer) => entry.subarray(0, entry.length - 3)],
    [
      'with a byte changed',
      (entry: Buffer) => Buffer.concat([entry.subarray(0, -1), Buffer.from('?')]),
    ],
    ['with bytes added', (entry: Buffer) => Buffer.concat([entry, Buffer.from('!')])],
    ['in the format before, with no header', () => Buffer.from('the payload alone')],
  ])('reports an entry %s as damaged, never as its payload', async (_, damage) => {
    const file = join(scratch, 'entry.bin');
    await writeCacheEntry(file, Buffer.from('the payload alone'));
    expect(await readCacheEntry(file)).toEqual({
      state: 'hit',
      data: Buffer.from('the payload alone'),
    });
    writeFileSync(file, damage(readFileSync(file)));
    expect(await readCacheEntry(file)).toEqual({ state: 'damaged' });
    expect(readCacheEntrySync(file)).toEqual({ state: 'damaged' });
  });

  test('reports a missing entry as missing', async () => {
    expect(await readCacheEntry(join(scratch, 'never.bin'))).toEqual({ state: 'missing' });
  });
});

describe('precompress', () => {
  test('a damaged cached copy is compressed again and said to be, never sent as it is', async () => {
    const site = join(scratch, 'site');
    const cache = join(scratch, 'cache');
    mkdirSync(site);
    const html = `<!doctype html><title>页</title>${'网格化服务'.repeat(200)}`;
    writeFileSync(join(site, 'index.html'), html);
    expect((await precompress(textFiles(site), cache)).damaged).toBe(0);
    // As one SIGKILL during the compression step once left the cache: a 0-byte gzip copy.
    const folder = readdirSync(cache)[0]!;
    for (const name of readdirSync(join(cache, folder)).filter((name) => name.endsWith('.gz')))
      writeFileSync(join(cache, folder, name), '');
    rmSync(join(site, 'index.html.gz'));
    const report = await precompress(textFiles(site), cache);
    expect(report).toMatchObject({ files: 1, cached: 0, damaged: 1 });
    expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe(html);
    // And the cache is whole again.
    expect(await precompress(textFiles(site), cache)).toMatchObject({ cached: 1, damaged: 0 });
  });
});

describe('writeParagraphCodes', () => {
  test('codes whose cached copy is damaged are drawn again and said to be', () => {
    const site = join(scratch, 'codes-site');
    const cache = join(scratch, 'codes-cache');
    const entries = [
      {
        collection: 'cases' as const,
        id: 'anli',
        address: 'http://10.0.0.5/cases/anli/',
        anchors: ['p-1', 'p-2'],
      },
    ];
    expect(writeParagraphCodes(site, cache, entries)).toMatchObject({ cached: 0, damaged: 0 });
    const good = readFileSync(join(site, 'qr/cases/anli.json'), 'utf8');
    const folder = readdirSync(cache)[0]!;
    const cached = join(cache, folder, 'cases', 'anli.json');
    writeFileSync(cached, readFileSync(cached).subarray(0, 200));
    expect(writeParagraphCodes(site, cache, entries)).toMatchObject({ cached: 0, damaged: 1 });
    expect(readFileSync(join(site, 'qr/cases/anli.json'), 'utf8')).toBe(good);
    expect(JSON.parse(good)).toHaveProperty('p-2');
  });
});
