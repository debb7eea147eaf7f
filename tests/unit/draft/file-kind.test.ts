import { describe, expect, test } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import {
  fileKind,
  fileProblem,
  imageOnly,
  imagesLeftOut,
  MAX_FILE_BYTES,
  sizeProblem,
  zipNames,
} from '../../../src/common/draft/file-kind.ts';

const docx = async () =>
  new Uint8Array(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('正文')] }] })),
  );

/**
 * An OLE compound file as far as sniffing reads one: its signature, then directory
 * entries whose names are UTF-16LE (what a password-protected .docx, a .doc or an
 * .xls holds). A real file has sectors and a FAT besides, which nothing here reads.
 */
function ole(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * streams.length);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, index) => {
    for (let at = 0; at < name.length; at += 1)
      bytes[512 + 128 * index + 2 * at] = name.charCodeAt(at);
  });
  return bytes;
}

const text = (value: string) => new TextEncoder().encode(value);

describe('fileKind tells a file from its bytes, whatever its name', () => {
  test('a Word document made by a library is a .docx', async () => {
    const bytes = await docx();
    expect(fileKind(bytes)).toBe('docx');
    expect(zipNames(bytes)).toContain('word/document.xml');
    expect(fileProblem(bytes)).toBeUndefined();
  });

  test('a password-protected Word file is an OLE file holding EncryptionInfo and EncryptedPackage', () => {
    expect(
      fileKind(ole('Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces')),
    ).toBe('encrypted');
  });

  test('an OLE file with a WordDocument stream, or of WPS, is an older Word file; Excel and PowerPoint are neither', () => {
    expect(fileKind(ole('Root Entry', 'WordDocument', '1Table'))).toBe('old-word');
    expect(fileKind(ole('Root Entry'))).toBe('old-word');
    expect(fileKind(ole('Root Entry', 'Workbook'))).toBe('spreadsheet');
    expect(
      fileKind(
        zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'xl/workbook.xml': strToU8('<x/>') }),
      ),
    ).toBe('spreadsheet');
  });

  test('a zip cut short or without its document is damaged; a zip of anything else is no Word file', async () => {
    const whole = await docx();
    expect(fileKind(whole.subarray(0, whole.length / 2))).toBe('damaged');
    expect(fileKind(zipSync({ '[Content_Types].xml': strToU8('<x/>') }))).toBe('damaged');
    expect(fileKind(zipSync({ 'photo.jpg': strToU8('x') }))).toBe('other');
  });

  test('PDF, RTF, a web page, Word 2003 XML, OpenDocument, pictures and an empty file', () => {
    expect(fileKind(text('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(fileKind(text('{\\rtf1\\ansi'))).toBe('other-word');
    expect(fileKind(text('<html xmlns:o="urn:schemas-microsoft-com:office:office">'))).toBe(
      'other-word',
    );
    expect(fileKind(text('<?xml version="1.0"?><?mso-application progid="Word.Document"?>'))).toBe(
      'other-word',
    );
    expect(
      fileKind(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') })),
    ).toBe('other-word');
    expect(fileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image');
    expect(fileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('image');
    expect(fileKind(new Uint8Array())).toBe('empty');
    expect(fileKind(text('只是一段文字'))).toBe('other');
  });
});

describe('what the editor is told, each message saying what to do', () => {
  test('an older Word or WPS file: save it as .docx', () => {
    expect(fileProblem(ole('Root Entry', 'WordDocument'))).toMatchInlineSnapshot(
      `"这是旧版 Word（.doc）或 WPS（.wps）格式的文件，这里只能读 .docx 格式。请用 Word 或 WPS 打开它另存为 .docx：在 Word 里点“文件 → 另存为”，保存类型选“Word 文档（*.docx）”；在 WPS 里点“文件 → 另存为”，选“Word 文件（*.docx）”。再把新存的 .docx 文件拖到这里。"`,
    );
  });

  test('a password: remove it in Word', () => {
    expect(fileProblem(ole('EncryptionInfo', 'EncryptedPackage'))).toMatchInlineSnapshot(
      `"这个 Word 文件设了打开密码，这里读不了。请在 Word 里打开它（要输入密码），点“文件 → 信息 → 保护文档 → 用密码进行加密”，把密码框清空，点“确定”并保存；WPS 里是“文件 → 文档加密 → 密码加密”，清空打开密码后保存。然后把文件重新拖到这里。"`,
    );
  });

  test('a PDF: copy its text in, or save it as .docx', () => {
    expect(fileProblem(text('%PDF-1.4'))).toMatchInlineSnapshot(
      `"这是 PDF 文件。这里只收 Word 文件（.docx）：请打开 PDF，全选、复制文字，粘贴到下面的文字框里；或者用 Word、WPS 打开这个 PDF，另存为 .docx 再拖进来。"`,
    );
  });

  test('a damaged file, a picture, an empty file, anything else', async () => {
    const whole = await docx();
    expect(fileProblem(whole.subarray(0, 100))).toMatchInlineSnapshot(
      `"这个 Word 文件打不开，可能已经损坏，或者没有下载完整。请用 Word 或 WPS 打开它试试：能打开的，另存一份新的 .docx 再拖进来；打不开的，请向发文件的人重新要一份。"`,
    );
    expect(fileProblem(new Uint8Array([0xff, 0xd8, 0xff]))).toMatchInlineSnapshot(
      `"这是一张图片，不是 Word 文件。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。条目要用这张图片的话，见编辑指南“五、图片”。"`,
    );
    expect(fileProblem(new Uint8Array())).toMatchInlineSnapshot(
      `"这个文件是空的（0 字节），里面什么也没有。请确认选对了文件；如果是从聊天软件或邮件里下载的，请重新下载一次。"`,
    );
    expect(fileProblem(text('hello'))).toMatchInlineSnapshot(
      `"这个文件不是 Word 文档（.docx），这里读不了。是 Word 或 WPS 能打开的文件，就打开它另存为 .docx：在 Word 里点“文件 → 另存为”，保存类型选“Word 文档（*.docx）”；在 WPS 里点“文件 → 另存为”，选“Word 文件（*.docx）”。再把新存的 .docx 文件拖到这里。也可以打开原文件，全选、复制，粘贴到下面的文字框里。"`,
    );
  });

  test('a file over the size limit is told its size before it is read', () => {
    expect(sizeProblem(MAX_FILE_BYTES)).toBeUndefined();
    expect(sizeProblem(23.4 * 1024 * 1024)).toMatchInlineSnapshot(
      `"这个文件有 23.4 MB，超过了这里能处理的 10 MB（在手机上太大的文件会让网页卡住）。多半是文件里的图片太大：请在 Word 或 WPS 里删掉图片、另存一份再拖进来（图片本来也不会转过来），也可以打开原文件，全选、复制，粘贴到下面的文字框里。"`,
    );
    expect(fileProblem(new Uint8Array(MAX_FILE_BYTES + 1))).toBe(sizeProblem(MAX_FILE_BYTES + 1));
  });

  test('images: only images is a scan, images beside text a note on how to add one', () => {
    expect(imageOnly(3)).toMatchInlineSnapshot(
      `"这个 Word 文件里只有 3 张图片，没有文字，多半是扫描件或截图。图片里的字这里认不出来：请先用文字识别（OCR）把图片转成文字，核对无误后粘贴到下面的文字框里。"`,
    );
    expect(imagesLeftOut(2)).toMatchInlineSnapshot(
      `"文件里的 2 张图片没有转过来，只转了文字。条目要用图片的话：把图片存成 JPEG、PNG 或 WebP（每张不超过 1 MB），放进 content/images/，文件名用小写拼音（例如 wanggehua-zhongxin.jpg），再在正文里要放图片的地方写一行 ![图片说明](../images/文件名.jpg)，图片说明写清图片的内容。"`,
    );
  });
});
