import { paragraphAnchor, partAnchor, sectionAnchor } from './anchors.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';

/** What a heading's leading Chinese numbering says about its place in the outline. */
export type HeadingNumber =
  /** 一、二、… : a part of the document. */
  | { kind: 'part'; n: number; marker: string }
  /** （一）（二）… : a section inside a part. */
  | { kind: 'section'; n: number; marker: string }
  /** 一是、二是… : a point inside a part, used where a part has no （一） sections. */
  | { kind: 'point'; n: number; marker: string };

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const PATTERNS: Array<[HeadingNumber['kind'], RegExp]> = [
  ['part', new RegExp(`^(${NUMERAL})、`)],
  ['section', new RegExp(`^[（(](${NUMERAL})[）)]`)],
  ['point', new RegExp(`^(${NUMERAL})是`)],
];

/**
 * Recognises the numbering a heading starts with: 一、 / （一） / 一是.
 * Half-width brackets are accepted because pasted text often has them.
 * @example parseHeadingNumber('（二）运用好基层创新') // { kind: 'section', n: 2, marker: '（二）' }
 */
export function parseHeadingNumber(text: string): HeadingNumber | undefined {
  const trimmed = text.trim();
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(trimmed);
    const n = match ? parseChineseNumeral(match[1]!) : undefined;
    if (match && n !== undefined) return { kind, n, marker: match[0] };
  }
  return undefined;
}

/** Fixed anchors for the section headings that case studies use, so their links stay ASCII and stable. */
export const SECTION_ANCHORS: Readonly<Record<string, string>> = {
  背景: 'background',
  做法: 'practice',
  成效: 'results',
  经验启示: 'lessons',
};

/**
 * Assigns stable ASCII anchors to the headings and paragraphs of one document, in order.
 * Numbered headings get `part-N` and `part-N-M`; known case headings get their fixed names;
 * any other heading, or a repeat, gets `sec-K`; paragraphs get `p-1`, `p-2`, ….
 */
export class AnchorCounter {
  #part = 0;
  #paragraphs = 0;
  #others = 0;
  #used = new Set<string>();

  /** The anchor for a heading of the given level and text. */
  heading(depth: number, text: string): string {
    const id = this.#numbered(depth, text) ?? SECTION_ANCHORS[text.trim()];
    if (id && !this.#used.has(id)) {
      this.#used.add(id);
      return id;
    }
    this.#others += 1;
    return `sec-${this.#others}`;
  }

  /** The anchor and visible number of the next paragraph. */
  paragraph(): { id: string; n: number } {
    this.#paragraphs += 1;
    return { id: paragraphAnchor(this.#paragraphs), n: this.#paragraphs };
  }

  #numbered(depth: number, text: string): string | undefined {
    const number = parseHeadingNumber(text);
    if (number?.kind === 'part' && depth === 2) {
      this.#part = number.n;
      return partAnchor(number.n);
    }
    if (number && number.kind !== 'part' && depth === 3 && this.#part > 0) {
      return sectionAnchor(this.#part, number.n);
    }
    return undefined;
  }
}
