// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * The anchors that cite a place in an entry, the one home of their format:
 * `p-N` for the N-th numbered paragraph (`p-12a` for one added after p-12 once
 * the numbers were published), `part-N` for a part (一、) and
 * `part-N-M` for a section (（一） or 一是) inside it. Trainers paste links with
 * these anchors into course materials, so everything that writes or reads one
 * goes through here.
 */

/** Pattern sources, unanchored, for composing larger patterns (HTML ids, URLs). */
export const ANCHOR_PATTERNS = {
  paragraph: 'p-[1-9]\\d*[a-z]?',
  part: 'part-[1-9]\\d*',
  section: 'part-[1-9]\\d*-[1-9]\\d*',
} as const;

/** Any anchor that can be cited: a paragraph, a section or a part. */
export const CITED_ANCHOR_PATTERN = `${ANCHOR_PATTERNS.paragraph}|${ANCHOR_PATTERNS.section}|${ANCHOR_PATTERNS.part}`;

const whole = (source: string) => new RegExp(`^(?:${source})$`);
const PARAGRAPH = whole(ANCHOR_PATTERNS.paragraph);
const PART = whole(ANCHOR_PATTERNS.part);
const SECTION = whole(ANCHOR_PATTERNS.section);

/** The anchor of the n-th numbered paragraph: p-1, p-2, …; with a letter, one added after it: p-12a. */
export const paragraphAnchor = (n: number, letter = '') => `p-${n}${letter}`;

/** The anchor of a part heading (一、……): part-1, part-2, …. */
export const partAnchor = (part: number) => `part-${part}`;

/** The anchor of a section heading inside a part: part-3-2 for 三、…（二）…. */
export const sectionAnchor = (part: number, section: number) => `${partAnchor(part)}-${section}`;

/** True for a paragraph anchor, p-N. */
export const isParagraphAnchor = (text: string) => PARAGRAPH.test(text);

/** True for a part anchor, part-N. */
export const isPartAnchor = (text: string) => PART.test(text);

/** True for a section anchor, part-N-M. */
export const isSectionAnchor = (text: string) => SECTION.test(text);

/** The part a section anchor sits in: part-3 for part-3-2; undefined for anything else. */
export const partOfSection = (anchor: string) =>
  isSectionAnchor(anchor) ? anchor.slice(0, anchor.lastIndexOf('-')) : undefined;

/** The number a paragraph shows and messages name: 14 for p-14, 12a for p-12a. */
export const paragraphLabel = (anchor: string) => anchor.slice(paragraphAnchor(0).length - 1);

/** A paragraph anchor's parts: { n: 12, letter: 'a' } for p-12a; undefined for anything else. */
export function parseParagraphAnchor(anchor: string): { n: number; letter: string } | undefined {
  if (!isParagraphAnchor(anchor)) return undefined;
  const label = paragraphLabel(anchor);
  const letter = /[a-z]$/.test(label) ? label.slice(-1) : '';
  return { n: Number(label.slice(0, label.length - letter.length)), letter };
}

/** The range of paragraphs an entry has, as messages name it: p-1 到 p-21. */
export const paragraphRange = (count: number) =>
  `${paragraphAnchor(1)} 到 ${paragraphAnchor(count)}`;
