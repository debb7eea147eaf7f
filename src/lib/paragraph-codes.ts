import { paragraphNumberOf } from './anchors.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { NumberedEntry } from './build-data.ts';
import { dirname, join } from 'node:path';
import { qrSvg } from './qr.ts';

/** What writing the codes did, for the build log. */
export interface ParagraphCodesReport {
  entries: number;
  paragraphs: number;
  /** Entries whose codes were the same as last build's and were copied from the cache. */
  cached: number;
}

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
  const report: ParagraphCodesReport = { entries: 0, paragraphs: 0, cached: 0 };
  for (const entry of entries) {
    if (entry.anchors.length === 0) continue;
    const { collection, id } = entry;
    const key = `${entry.address}\n${entry.anchors.join(',')}`;
    const cacheFile = join(cacheDir, 'kb-paragraph-codes', collection, `${id}.json`);
    let json = cachedCodes(cacheFile, key);
    if (json) report.cached += 1;
    else {
      json = drawCodes(entry);
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, `${JSON.stringify(key)}\n${json}`);
    }
    const out = join(site, 'qr', collection, `${id}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
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
        qrSvg(
          `${address}#${anchor}`,
          `第 ${paragraphNumberOf(anchor)} 段的二维码：${address}#${anchor}`,
        ),
      ]),
    ),
  );
}

/** The codes cached for `key`, or undefined when there are none or they were drawn for other anchors. */
function cachedCodes(file: string, key: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const newline = text.indexOf('\n');
  return newline > 0 && JSON.parse(text.slice(0, newline)) === key
    ? text.slice(newline + 1)
    : undefined;
}
