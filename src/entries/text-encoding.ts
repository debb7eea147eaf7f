import { readFileSync } from 'node:fs';

/** An encoding other than UTF-8 that an editor's tool saves Chinese text in. */
export type ForeignEncoding = 'GB18030' | 'UTF-16LE' | 'UTF-16BE' | 'unknown';

/** A content file's text, and the encoding it was saved in when that is not UTF-8. */
export interface DecodedText {
  text: string;
  /** Set when the file is not UTF-8; `text` is then what the file says, read in that encoding. */
  foreign?: ForeignEncoding;
}

/** What each encoding is called where editors meet it, for messages. */
export const ENCODING_NAMES: Readonly<Record<ForeignEncoding, string>> = {
  GB18030: 'GBK（GB18030；记事本里叫“ANSI”，WPS 和旧版软件常这样保存）',
  'UTF-16LE': 'UTF-16（旧版记事本里叫“Unicode”）',
  'UTF-16BE': 'UTF-16 大端（记事本里叫“Unicode big endian”）',
  unknown: '认不出（不是 UTF-8，也不是 GBK 或 UTF-16）',
};

// A byte-order mark is kept, as readFileSync keeps it: the fixer writes it back unchanged.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a content file's bytes as text. UTF-8 (with or without a byte-order mark)
 * is the only encoding the site publishes; a file saved as GBK/GB18030 or UTF-16
 * is read in that encoding, so a message can quote it rightly, and marked
 * `foreign`, so that it is refused instead of published as mojibake.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes).replace(/^\uFEFF/, ''), foreign: utf16 };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    try {
      return { text: decodeWith('gb18030', bytes), foreign: 'GB18030' };
    } catch {
      return {
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        foreign: 'unknown',
      };
    }
  }
}

/** UTF-16 by its byte-order mark, or by the zero bytes every ASCII character of it has. */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // A frontmatter fence and field names are ASCII: half the bytes of their UTF-16 are zero.
  const sample = bytes.subarray(0, 64);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  if (odd >= sample.length / 4 && even === 0) return 'UTF-16LE';
  if (even >= sample.length / 4 && odd === 0) return 'UTF-16BE';
  return undefined;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(bytes);
}

/** How to save a file as UTF-8 again, in the tools editors use. */
export const SAVE_AS_UTF8 =
  '用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”再保存（WPS、Word 另存为“纯文本”时也选 UTF-8）；只用网页编辑器的，把文字重新复制粘贴进网页里的文件即可。本地有项目的，运行 npm run fix 会把它转成 UTF-8。';

/** The message for a file saved in another encoding. */
export const foreignEncodingMessage = (encoding: ForeignEncoding) =>
  `这个文件的编码${encoding === 'unknown' ? '' : '是 '}${ENCODING_NAMES[encoding]}，网站只认 UTF-8，照这样发布，页面上的中文会变成乱码。`;

/**
 * A content file's text for the build: refused, with the same Chinese message as
 * the check gives, when the file is not UTF-8.
 */
export function readContentText(path: string, file = path): string {
  const { text, foreign } = decodeText(readFileSync(path));
  if (foreign)
    throw new Error(`${file}：${foreignEncodingMessage(foreign)}\n改法：${SAVE_AS_UTF8}`);
  return text;
}
