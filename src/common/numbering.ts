// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
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
 * How a speech keeps its published paragraph numbers when a paragraph is added,
 * split off, merged or removed after publication (its frontmatter
 * `paragraphNumbers`): links in course handouts keep opening what they opened.
 */
export interface NumberingPlan {
  /** Paragraphs added after publication, each numbered after the one before it: p-12a, p-12b follow p-12. */
  inserted: readonly string[];
  /** Published numbers no paragraph has any more, each with the paragraph its links now open. */
  retired: Readonly<Record<string, string>>;
}

/** The plan of a speech that never changed its paragraphs after publication. */
export const PLAIN_NUMBERING: NumberingPlan = { inserted: [], retired: {} };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Assigns stable ASCII anchors to the headings and paragraphs of one document, in order.
 * Numbered headings get `part-N` and `part-N-M`; known case headings get their fixed names;
 * any other heading, or a repeat, gets `sec-K`; paragraphs get `p-1`, `p-2`, …,
 * except where the plan says a paragraph was added (`p-12a`) or a number retired.
 */
export class AnchorCounter {
  #part = 0;
  #paragraphs = 0;
  #number = 0;
  #letter = 0;
  #others = 0;
  #used = new Set<string>();
  readonly #inserted: ReadonlySet<string>;
  readonly #retired: ReadonlySet<string>;

  constructor(plan: NumberingPlan = PLAIN_NUMBERING) {
    this.#inserted = new Set(plan.inserted);
    this.#retired = new Set(Object.keys(plan.retired));
  }

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

  /** The anchor of the next paragraph, and its place in the document (1 for the first). */
  paragraph(): { id: string; n: number } {
    this.#paragraphs += 1;
    const added = paragraphAnchor(this.#number, LETTERS[this.#letter]);
    if (this.#number > 0 && this.#inserted.has(added)) {
      this.#letter += 1;
      return { id: added, n: this.#paragraphs };
    }
    do this.#number += 1;
    while (this.#retired.has(paragraphAnchor(this.#number)));
    this.#letter = 0;
    return { id: paragraphAnchor(this.#number), n: this.#paragraphs };
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
