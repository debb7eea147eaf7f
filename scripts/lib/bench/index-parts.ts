// Run as its own process by scripts/bench-index.ts, so that its memory, Pagefind's
// indexer included, is measured alone: indexes a site's search records as `parts`
// separate Pagefind bundles, one after another, each in a fresh indexer.
// Usage: node index-parts.ts <records.json> <parts> <output folder> <chunk size> <char|pair>
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS, pinChunkSize } from '../../../src/postbuild/search-index.ts';
import { pairContent } from './pair-tokens.ts';
import { readCachedRecords } from '../../../src/postbuild/record-cache.ts';

const [recordsFile, partsArgument, output, chunkSize, tokens] = process.argv.slice(2);
pinChunkSize(Number(chunkSize));
const parts = Number(partsArgument);
const records = readCachedRecords(recordsFile!).map((record) =>
  tokens === 'pair' ? { ...record, content: pairContent(record.content) } : record,
);
// A page's part depends on its address only, so a page stays in its part from build to build.
const partOf = (url: string) => createHash('sha1').update(url).digest().readUInt32BE(0) % parts;

for (let part = 0; part < parts; part += 1) {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  const mine = records.filter((record) => partOf(record.url) === part);
  for (let start = 0; start < mine.length; start += 64) {
    await Promise.all(
      mine
        .slice(start, start + 64)
        .map((record) =>
          index.addCustomRecord({ ...record, language: INDEX_OPTIONS.forceLanguage }),
        ),
    );
  }
  const written = await index.writeFiles({ outputPath: join(output!, String(part)) });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
  await pagefind.close();
}
