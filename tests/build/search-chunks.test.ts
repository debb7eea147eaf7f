import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readBundle } from '../../scripts/lib/bench/pagefind-bundle.ts';
import { CHUNK_SIZE_VARIABLE, INDEX_OPTIONS } from '../../src/postbuild/search-index.ts';
import { RECORD_CACHE_FILE, readCachedRecords } from '../../src/postbuild/record-cache.ts';
import { CACHE_DIR } from '../../src/site/build-paths.ts';
import { ROOT, SITE_DIST } from '../helpers/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kb-chunks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A search downloads every chunk holding one of its characters; the site pins a small chunk
// size through a variable Pagefind calls unstable. If an upgrade ignores it, this fails.
test('keeps the search index in smaller chunks than Pagefind’s default', async () => {
  const records = readCachedRecords(join(ROOT, CACHE_DIR, RECORD_CACHE_FILE));
  const pinned = process.env[CHUNK_SIZE_VARIABLE];
  delete process.env[CHUNK_SIZE_VARIABLE];
  try {
    const { index } = await pagefind.createIndex(INDEX_OPTIONS);
    for (const record of records)
      await index!.addCustomRecord({ ...record, language: INDEX_OPTIONS.forceLanguage });
    await index!.writeFiles({ outputPath: join(scratch, 'default') });
    await pagefind.close();
  } finally {
    if (pinned !== undefined) process.env[CHUNK_SIZE_VARIABLE] = pinned;
  }
  const site = readBundle(join(SITE_DIST, 'pagefind'));
  const stock = readBundle(join(scratch, 'default'));
  expect(site.pages).toBe(stock.pages);
  expect(site.chunks.length).toBeGreaterThan(stock.chunks.length);
});
