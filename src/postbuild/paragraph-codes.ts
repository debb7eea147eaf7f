import { mkdirSync, rmSync } from 'node:fs';
import type { NumberedEntry } from './build-data.ts';
import { dirname, join } from 'node:path';
import { qrSvg } from '../common/qr.ts';
import { paragraphName } from '../common/reference-text.ts';
import { readCacheEntrySync, writeCacheEntrySync, writeFileAtomicSync } from './cache-files.ts';

/** What writing the codes did, for the build log. */
export interface ParagraphCodesReport {
  entries: number;
  paragraphs: number;
  /** Entries whose codes were the same as last build's and were copied from the cache. */
  cached: number;
  /** Cached codes found damaged (a build killed while writing them, say), and drawn again. */
  damaged: number;
}

/** Where in the cache folder the codes are kept; the number changes with the entry format. */
const CACHE_FOLDER = 'kb-paragraph-codes-3';

/**
 * Writes `qr/<collection>/<id>.json` into the built site `site` for every speech
 * and case: each numbered paragraph's QR code as SVG, keyed by its anchor, leading
 * to the page's published address. An entry whose address and anchors are as last
 * time reuses its codes from `cacheDir`: drawing a code is the costly part.
 */
export function writeParagraphCodes(
  site: string,
  cacheDir: string,
  entries: readonly NumberedEntry[],
): ParagraphCodesReport {
  const report: ParagraphCodesReport = { entries: 0, paragraphs: 0, cached: 0, damaged: 0 };
  // Codes of the formats before (unverifiable, or labelled 第 N 段): dropped once.
  for (const old of ['kb-paragraph-codes', 'kb-paragraph-codes-2'])
    rmSync(join(cacheDir, old), { recursive: true, force: true });
  for (const entry of entries) {
    if (entry.anchors.length === 0) continue;
    const { collection, id } = entry;
    const key = `${entry.address}\n${entry.anchors.join(',')}`;
    const cacheFile = join(cacheDir, CACHE_FOLDER, collection, `${id}.json`);
    const cached = cachedCodes(cacheFile, key);
    let json: string;
    if (cached.state === 'hit') {
      json = cached.json;
      report.cached += 1;
    } else {
      if (cached.state === 'damaged') report.damaged += 1;
      json = drawCodes(entry);
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeCacheEntrySync(cacheFile, Buffer.from(`${JSON.stringify(key)}\n${json}`));
    }
    const out = join(site, 'qr', collection, `${id}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomicSync(out, json);
    report.entries += 1;
    report.paragraphs += entry.anchors.length;
  }
  return report;
}

/** The JSON the paragraph tools fetch: each anchor's QR code of its address, as SVG. */
export function drawCodes({
  address,
  anchors,
}: Pick<NumberedEntry, 'address' | 'anchors'>): string {
  return JSON.stringify(
    Object.fromEntries(
      anchors.map((anchor) => [
        anchor,
        qrSvg(`${address}#${anchor}`, `${paragraphName(anchor)}的二维码：${address}#${anchor}`),
      ]),
    ),
  );
}

/** The codes cached for `key`: missing when there are none or they were drawn for other anchors. */
function cachedCodes(
  file: string,
  key: string,
): { state: 'hit'; json: string } | { state: 'missing' | 'damaged' } {
  const read = readCacheEntrySync(file);
  if (read.state !== 'hit') return read;
  const text = read.data.toString('utf8');
  const newline = text.indexOf('\n');
  return newline > 0 && JSON.parse(text.slice(0, newline)) === key
    ? { state: 'hit', json: text.slice(newline + 1) }
    : { state: 'missing' };
}
