// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * What a file dropped on the 投稿 page is, told from its bytes before any of it is
 * converted (a name says little: WPS saves .doc files that are .docx, and .docx
 * files that are web pages), and what to tell the editor when it is no Word
 * document the page can read. Pure, so Node tests read the same bytes the browser does.
 */

/** What the bytes of a file are, as far as the 投稿 page cares. */
export type FileKind =
  /** A Word document (Office Open XML), the one kind the page converts. */
  | 'docx'
  /** A Word document with a password to open it: an OLE file holding EncryptionInfo and EncryptedPackage. */
  | 'encrypted'
  /** An older Word or WPS file (.doc, .wps): an OLE file with a WordDocument stream, or any other OLE file. */
  | 'old-word'
  /** Excel or PowerPoint, old or new. */
  | 'spreadsheet'
  | 'pdf'
  /** What Word and WPS also save: RTF, a web page, Word 2003 XML, a single-file web page, OpenDocument. */
  | 'other-word'
  /** A photograph or a scan. */
  | 'image'
  /** A zip holding Office parts but no word/document.xml, or a zip that does not open. */
  | 'damaged'
  | 'empty'
  | 'other';

/** The largest file the page reads: a phone converts a file of this size in a few seconds. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, ...values: number[]) =>
  values.every((value, index) => bytes[index] === value);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** Whether `text` occurs in `bytes` as UTF-16LE (the names in an OLE file's directory). */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    for (let index = 0; index < text.length; index += 1)
      if (bytes[at + 2 * index] !== text.charCodeAt(index) || bytes[at + 2 * index + 1] !== 0)
        continue outer;
    return true;
  }
  return false;
}

/**
 * The names of the files in a zip, read from its central directory, or undefined
 * when there is none (a file cut short in downloading, or no zip at all).
 */
export function zipNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes, after at most 65,535 bytes of comment.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65_535); end -= 1) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const names: string[] = [];
    const decoder = new TextDecoder();
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return undefined;
}

/** What the bytes of a file are. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, 0x50, 0x4b)) {
    const names = zipNames(bytes);
    if (!names) return 'damaged';
    if (names.includes('word/document.xml')) return 'docx';
    if (names.some((name) => /^(xl|ppt)\//.test(name))) return 'spreadsheet';
    if (names.includes('mimetype') || names.includes('content.xml')) return 'other-word';
    return names.includes('[Content_Types].xml') ? 'damaged' : 'other';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo'))
      return 'encrypted';
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'PowerPoint Document')) return 'spreadsheet';
    return 'old-word';
  }
  const head = ascii(bytes, 0, 1024).replace(/^\xef\xbb\xbf/, '');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^\{\\rtf/.test(head) || /^MIME-Version:/i.test(head)) return 'other-word';
  if (/^\s*<(!doctype html|html)/i.test(head)) return 'other-word';
  if (/^\s*<\?xml/.test(head))
    return /<w:wordDocument|Word\.Document/.test(head) ? 'other-word' : 'other';
  if (
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    head.startsWith('GIF8') ||
    (head.startsWith('RIFF') && ascii(bytes, 8, 12) === 'WEBP') ||
    head.startsWith('BM') ||
    head.startsWith('II*\0') ||
    head.startsWith('MM\0*')
  )
    return 'image';
  return 'other';
}

/** A size as editors read it: 12.3 MB. */
export const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

const SAVE_AS_DOCX =
  '在 Word 里点“文件 → 另存为”，保存类型选“Word 文档（*.docx）”；在 WPS 里点“文件 → 另存为”，选“Word 文件（*.docx）”。再把新存的 .docx 文件拖到这里。';

const PASTE_INSTEAD = '也可以打开原文件，全选、复制，粘贴到下面的文字框里。';

/** What to tell the editor about a file that is no Word document the page reads, or undefined for one it reads. */
export function fileProblem(bytes: Uint8Array): string | undefined {
  return sizeProblem(bytes.length) ?? kindProblem(bytes);
}

/** What to tell the editor about a file too large to read, told before reading it. */
export function sizeProblem(size: number): string | undefined {
  if (size > MAX_FILE_BYTES)
    return `这个文件有 ${megabytes(size)}，超过了这里能处理的 ${megabytes(MAX_FILE_BYTES)}（在手机上太大的文件会让网页卡住）。多半是文件里的图片太大：请在 Word 或 WPS 里删掉图片、另存一份再拖进来（图片本来也不会转过来），${PASTE_INSTEAD}`;
  return undefined;
}

function kindProblem(bytes: Uint8Array): string | undefined {
  switch (fileKind(bytes)) {
    case 'docx':
      return undefined;
    case 'encrypted':
      return '这个 Word 文件设了打开密码，这里读不了。请在 Word 里打开它（要输入密码），点“文件 → 信息 → 保护文档 → 用密码进行加密”，把密码框清空，点“确定”并保存；WPS 里是“文件 → 文档加密 → 密码加密”，清空打开密码后保存。然后把文件重新拖到这里。';
    case 'old-word':
      return `这是旧版 Word（.doc）或 WPS（.wps）格式的文件，这里只能读 .docx 格式。请用 Word 或 WPS 打开它另存为 .docx：${SAVE_AS_DOCX}`;
    case 'other-word':
      return `这个文件不是 .docx 格式（可能是 RTF、网页或 WPS、LibreOffice 的其他格式），这里只能读 .docx。请用 Word 或 WPS 打开它另存为 .docx：${SAVE_AS_DOCX}`;
    case 'spreadsheet':
      return `这是 Excel 表格或 PowerPoint 演示文稿，不是 Word 文档，这里读不了。${PASTE_INSTEAD}`;
    case 'pdf':
      return `这是 PDF 文件。这里只收 Word 文件（.docx）：请打开 PDF，全选、复制文字，粘贴到下面的文字框里；或者用 Word、WPS 打开这个 PDF，另存为 .docx 再拖进来。`;
    case 'image':
      return '这是一张图片，不是 Word 文件。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。条目要用这张图片的话，见编辑指南“五、图片”。';
    case 'damaged':
      return DAMAGED;
    case 'empty':
      return '这个文件是空的（0 字节），里面什么也没有。请确认选对了文件；如果是从聊天软件或邮件里下载的，请重新下载一次。';
    case 'other':
      return `这个文件不是 Word 文档（.docx），这里读不了。是 Word 或 WPS 能打开的文件，就打开它另存为 .docx：${SAVE_AS_DOCX}${PASTE_INSTEAD}`;
  }
}

/** A Word file whose parts do not open. */
export const DAMAGED =
  '这个 Word 文件打不开，可能已经损坏，或者没有下载完整。请用 Word 或 WPS 打开它试试：能打开的，另存一份新的 .docx 再拖进来；打不开的，请向发文件的人重新要一份。';

/** A Word file with no text and no image. */
export const NO_TEXT =
  '这个 Word 文件里没有文字。请确认选对了文件；如果文字在页眉、页脚或批注里，请打开文件把它们复制出来，粘贴到下面的文字框里。';

/** A Word file with images and no text: a scan, most likely. */
export const imageOnly = (images: number) =>
  `这个 Word 文件里只有 ${images} 张图片，没有文字，多半是扫描件或截图。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。`;

/** The note on images left out, said as the editing guide (CONTRIBUTING.md, 五、图片) says it. */
export const imagesLeftOut = (images: number) =>
  `文件里的 ${images} 张图片没有转过来，只转了文字。条目要用图片的话：把图片存成 JPEG、PNG 或 WebP（每张不超过 1 MB），放进 content/images/，文件名用小写拼音（例如 wanggehua-zhongxin.jpg），再在正文里要放图片的地方写一行 ![图片说明](../images/文件名.jpg)，图片说明写清图片的内容。`;
