import JSZip from 'jszip';
import { numberedParagraphs, type NumberedParagraph } from './word-numbering.ts';

/** The numbers of a .docx's numbered paragraphs, in order; none when it has no lists. */
export async function wordNumbers(bytes: ArrayBuffer): Promise<NumberedParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const text = await zip.file(path)?.async('string');
    return text === undefined
      ? undefined
      : new DOMParser().parseFromString(text, 'application/xml');
  };
  const [document, numbering, styles] = await Promise.all([
    read('word/document.xml'),
    read('word/numbering.xml'),
    read('word/styles.xml'),
  ]);
  return document && numbering ? numberedParagraphs(document, numbering, styles) : [];
}

/** What this needs of mammoth's document model: paragraphs with their list level, runs of text. */
interface Element {
  type: string;
  children?: Element[];
  numbering?: { level: string } | null;
  value?: string;
}

/** A number Markdown writes as a list by itself: 1. or 1) (a bullet is a list too). */
const LIST_NUMBER = /^\d+[.)]$/;

/**
 * Writes Word's automatic numbers into the text of mammoth's document, where they
 * are not a list Markdown can write (一、 （一） ①): so 一、提高站位 reads as Word
 * shows it and can become a heading. Lists of bullets and of 1. stay lists.
 * @returns false when the paragraphs mammoth sees numbered are not the ones numbering.xml counts (nothing is changed then)
 */
export function restoreNumbers(
  document: unknown,
  numbers: readonly NumberedParagraph[],
  transforms: { getDescendantsOfType(element: unknown, type: string): unknown[] },
): boolean {
  const numbered = (transforms.getDescendantsOfType(document, 'paragraph') as Element[]).filter(
    (paragraph) => paragraph.numbering,
  );
  if (numbered.length === 0) return true;
  if (
    numbered.length !== numbers.length ||
    numbered.some((paragraph, index) => paragraph.numbering!.level !== numbers[index]!.level)
  )
    return false;
  numbered.forEach((paragraph, index) => {
    const label = numbers[index]!.label;
    const run = paragraph.children?.find((item) => item.type === 'run');
    if (!label || LIST_NUMBER.test(label) || !run) return;
    run.children = [{ type: 'text', value: label }, ...(run.children ?? [])];
    paragraph.numbering = null;
  });
  return true;
}
