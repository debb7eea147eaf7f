import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../postbuild/cache-files.ts';
import { comparableText } from '../common/quote-match.ts';
import { readUrlLines } from './url-registry.ts';

/** The committed record of what each published speech paragraph holds, relative to the project root. */
export const FINGERPRINT_FILE = 'content/_published-paragraphs.txt';

const HEADER = [
  '# 已发布段落登记表：讲话每个已发布段落网址和它的文字指纹（由文字算出，不含原文），每行一个。',
  '# 读不到合并目标分支时，内容检查据此发现段落编号移位：一个段落链接不能改为打开别的段落。',
  '# 由 npm run urls:accept 更新，不要手改。',
];

/** A paragraph's fingerprint: its text as quotations compare it (width and spacing do not count), hashed. */
export const fingerprintOf = (text: string) =>
  createHash('sha256').update(comparableText(text)).digest('hex').slice(0, 16);

/** The recorded fingerprints, by paragraph URL (`/speeches/x/#p-12`); empty when there is no record. */
export function readFingerprints(root: string): Map<string, string> {
  return new Map(
    readUrlLines(root, FINGERPRINT_FILE).flatMap(({ url, rest: [fingerprint = ''] }) =>
      /^[0-9a-f]+$/.test(fingerprint) ? [[url, fingerprint] as const] : [],
    ),
  );
}

/** Writes the record sorted by URL, so that a change shows up as clean lines in a diff. */
export function writeFingerprints(root: string, fingerprints: ReadonlyMap<string, string>): void {
  const lines = [...fingerprints]
    .sort(([a], [b]) => a.localeCompare(b))
    .map((pair) => pair.join(' '));
  writeFileAtomicSync(join(root, FINGERPRINT_FILE), [...HEADER, ...lines, ''].join('\n'));
}
