import { findHeadings, runInNote, type Block } from '../../../common/draft/blocks.ts';
import {
  DAMAGED,
  fileProblem,
  imageOnly,
  imagesLeftOut,
  NO_TEXT,
  sizeProblem,
} from '../../../common/draft/file-kind.ts';
import { htmlBlocks } from './html-blocks.ts';
import { restoreNumbers, wordNumbers } from './word-numbers.ts';

/** What converting a Word file gave: its blocks and notes for the editor, or why it could not. */
export type DocxResult =
  { ok: true; blocks: Block[]; notes: string[] } | { ok: false; message: string };

/** mammoth's document walker, which its type declarations leave out. */
type MammothTransforms = { transforms: Parameters<typeof restoreNumbers>[2] };

/** Said when Word's automatic numbers could not be matched to the paragraphs they number. */
const NUMBERS_LOST =
  '文件里有 Word 自动编号的段落，编号没能还原：请核对正文，把丢掉的“一、”“（一）”等编号补上。';

/**
 * Word's and WPS's heading styles, by the names they are saved with: Word saves
 * its built-in names in English whatever the language it shows, WPS and some
 * templates the Chinese ones. 标题 / Title is the document's title, which becomes
 * the entry's `title`, so it stays a paragraph for the editor to move.
 */
const STYLE_MAP = [1, 2, 3, 4, 5, 6].flatMap((level) => [
  `p[style-name='标题 ${level}'] => h${level}:fresh`,
  `p[style-name='标题${level}'] => h${level}:fresh`,
]);

/**
 * Converts a Word file (.docx, also as WPS saves it) to blocks for a speech or
 * for any other entry. The bytes are checked first, so that a .doc, a PDF or a
 * password-protected file is told apart with what to do about it; mammoth (about
 * 400 kB) is loaded only then, in a chunk of its own, never with the page.
 */
export async function convertDocx(
  file: File | ArrayBuffer,
  kind: 'speech' | 'document',
): Promise<DocxResult> {
  // Told from the size before reading: a phone should not read 200 MB to say it is too large.
  const tooLarge = sizeProblem(file instanceof ArrayBuffer ? file.byteLength : file.size);
  if (tooLarge) return { ok: false, message: tooLarge };
  const bytes = file instanceof ArrayBuffer ? file : await file.arrayBuffer();
  const problem = fileProblem(new Uint8Array(bytes));
  if (problem) return { ok: false, message: problem };
  const { default: mammoth } = await import('mammoth');
  let html: string;
  const notes: string[] = [];
  try {
    const numbers = await wordNumbers(bytes);
    const result = await mammoth.convertToHtml(
      { arrayBuffer: bytes },
      {
        styleMap: STYLE_MAP,
        // An empty address: the image is counted, never read, so a large photograph costs nothing.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        // Word's automatic numbers (一、（一）) are drawn, not written: put them back into the text.
        transformDocument: (document: unknown) => {
          const restored = restoreNumbers(
            document,
            numbers,
            (mammoth as unknown as MammothTransforms).transforms,
          );
          if (!restored) notes.push(NUMBERS_LOST);
          return document;
        },
      },
    );
    html = result.value;
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const { blocks, images } = htmlBlocks(html);
  if (blocks.length === 0) return { ok: false, message: images > 0 ? imageOnly(images) : NO_TEXT };
  const headed = findHeadings(blocks, kind);
  return {
    ok: true,
    blocks: headed,
    notes: [...notes, ...runInNote(blocks, headed), ...(images > 0 ? [imagesLeftOut(images)] : [])],
  };
}
