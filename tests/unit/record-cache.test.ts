import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  readCachedRecords,
  readRecordCache,
  recordCacheWriter,
} from '../../src/postbuild/record-cache.ts';
import type { SearchRecord } from '../../src/postbuild/search-records.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kb-records-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const record = (url: string, content: string): SearchRecord => ({
  url,
  content,
  meta: { title: '标题' },
  filters: { type: ['案例'] },
  sort: { date: `0000 ${url}` },
});

describe('the search record cache', () => {
  test('gives back each page’s record by its key, read from the file when asked for', async () => {
    const file = join(scratch, 'records.jsonl');
    const writer = await recordCacheWriter(file);
    await writer.add('/cases/a/\nabc=', record('/cases/a/', '网\u200b格\u200b“引号”\n'));
    await writer.add('/cases/2/\nxyz=', null);
    await writer.add('/cases/b/\ndef=', record('/cases/b/', '四\u200b所'));
    await writer.close();
    const cache = await readRecordCache(file);
    expect(cache.take('/cases/b/\ndef=')).toEqual(record('/cases/b/', '四\u200b所'));
    expect(cache.take('/cases/a/\nabc=')).toEqual(record('/cases/a/', '网\u200b格\u200b“引号”\n'));
    expect(cache.take('/cases/2/\nxyz=')).toBeNull();
    expect(cache.take('/cases/a/\nchanged=')).toBeUndefined();
    cache.close();
    expect(readCachedRecords(file).map((item) => item.url)).toEqual(['/cases/a/', '/cases/b/']);
  });

  test('a missing or unreadable cache caches nothing, and the next build writes a new one', async () => {
    const broken = join(scratch, 'broken.jsonl');
    writeFileSync(broken, '["/cases/a/\\nabc=",{"url":');
    for (const file of [join(scratch, 'none.jsonl'), broken]) {
      const cache = await readRecordCache(file);
      expect(cache.take('/cases/a/\nabc=')).toBeUndefined();
      cache.close();
    }
  });

  test('a cache file cut short, or changed after it was written, is not used at all, and says so', async () => {
    const file = join(scratch, 'whole.jsonl');
    const writer = await recordCacheWriter(file);
    await writer.add('/cases/a/\nabc=', record('/cases/a/', '网格'));
    await writer.add('/cases/b/\ndef=', record('/cases/b/', '四所'));
    await writer.close();
    const whole = readFileSync(file, 'utf8');
    const lines = whole.split('\n');
    for (const damaged of [
      // Killed before the last line: both records whole, the trailer missing.
      `${lines[0]}\n${lines[1]}\n`,
      // One record changed.
      whole.replace('四所', '四所合一'),
      // A record lost.
      `${lines[0]}\n${lines[2]}\n`,
    ]) {
      writeFileSync(file, damaged);
      const cache = await readRecordCache(file);
      expect(cache.damaged).toBe(true);
      expect(cache.take('/cases/a/\nabc=')).toBeUndefined();
      cache.close();
    }
    writeFileSync(file, whole);
    const cache = await readRecordCache(file);
    expect(cache.damaged).toBe(false);
    expect(cache.take('/cases/a/\nabc=')).toEqual(record('/cases/a/', '网格'));
    cache.close();
    const missing = await readRecordCache(join(scratch, 'never-written.jsonl'));
    expect(missing.damaged).toBe(false);
  });
});
