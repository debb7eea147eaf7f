import { paragraphName } from '../../common/reference-text.ts';
import { spokenPieces } from './sentences.ts';

/** One block of the text as it is read aloud: the element to mark, what to call it, and its spoken pieces. */
export interface Passage {
  element: HTMLElement;
  /** How the status line names it: 第N段 for a numbered paragraph (the one name it has everywhere), else the heading or the item's start. */
  label: string;
  pieces: string[];
}

// The blocks of an entry's body in reading order. Headings are read too: hearing 「二、突出党建引领……」
// tells a listener where in the speech they are, as the outline does a reader.
const BLOCKS = ':scope > :is(h2, h3, h4, p), :scope > :is(ul, ol) > li, :scope > blockquote > p';

/** The text of a block as it is heard: without its paragraph number, white space run together. */
export function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.para-num').forEach((number) => number.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// Kept short: the status line sits in the bar, which must not grow over the text.
const shortened = (text: string) => (text.length > 14 ? `${text.slice(0, 14)}……` : text);

function labelOf(element: HTMLElement, text: string): string {
  if (element.matches('p.para')) return paragraphName(element.id);
  return `${/^H\d$/.test(element.tagName) ? '标题' : ''}“${shortened(text)}”`;
}

/**
 * What to read of the entry body `body`: every block in order, or, given `from`, that block
 * and those after it, or only it when `only` is set.
 */
export function readingQueue(body: HTMLElement, from?: HTMLElement, only = false): Passage[] {
  let blocks = [...body.querySelectorAll<HTMLElement>(BLOCKS)];
  if (from) blocks = only ? [from] : blocks.slice(Math.max(0, blocks.indexOf(from)));
  return blocks.flatMap((element) => {
    const text = spokenText(element);
    return text ? [{ element, label: labelOf(element, text), pieces: spokenPieces(text) }] : [];
  });
}
