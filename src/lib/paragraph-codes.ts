import { NUMBERED_COLLECTIONS } from './collections.ts';
import { ANCHOR_PATTERNS, paragraphNumberOf } from './anchors.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
 * Writes `qr/<collection>/<id>.json` for every speech and case page in the built
 * site `site`: each numbered paragraph's QR code as SVG, keyed by its anchor. The
 * codes are drawn from the built pages (canonical address, `p-N` anchors), so they
 * always match what was published. An entry whose address and anchors are as last
 * time reuses its codes from `cacheDir`: drawing a code is the costly part.
 */
export function writeParagraphCodes(site: string, cacheDir: string): ParagraphCodesReport {
  const report: ParagraphCodesReport = { entries: 0, paragraphs: 0, cached: 0 };
  for (const collection of NUMBERED_COLLECTIONS) {
    const folder = join(site, collection);
    if (!existsSync(folder)) continue;
    for (const id of readdirSync(folder)) {
      const page = join(folder, id, 'index.html');
      // Numbered folders are list pages (/cases/2/); entry ids start with a letter.
      if (!/^[a-z]/.test(id) || !existsSync(page)) continue;
      const numbered = numberedParagraphs(readFileSync(page, 'utf8'));
      if (!numbered) continue;
      const key = `${numbered.address}\n${numbered.anchors.join(',')}`;
      const cacheFile = join(cacheDir, 'kb-paragraph-codes', collection, `${id}.json`);
      let json = cachedCodes(cacheFile, key);
      if (json) report.cached += 1;
      else {
        json = drawCodes(numbered);
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(cacheFile, `${JSON.stringify(key)}\n${json}`);
      }
      const out = join(site, 'qr', collection, `${id}.json`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, json);
      report.entries += 1;
      report.paragraphs += numbered.anchors.length;
    }
  }
  return report;
}

/** A page's published address and the anchors of its numbered paragraphs, read from its HTML. */
export interface NumberedParagraphs {
  address: string;
  anchors: string[];
}

/** The page's canonical address and `p-N` anchors, or undefined when it has no numbered paragraphs. */
export function numberedParagraphs(html: string): NumberedParagraphs | undefined {
  const address = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const anchors = [
    ...html.matchAll(new RegExp(`<p\\b[^>]*\\bid="(${ANCHOR_PATTERNS.paragraph})"`, 'g')),
  ].map(([, anchor]) => anchor!);
  return address && anchors.length > 0 ? { address, anchors } : undefined;
}

/** The JSON the paragraph tools fetch: each anchor's QR code of its address, as SVG. */
export function drawCodes({ address, anchors }: NumberedParagraphs): string {
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
