// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
/**
 * The mechanical typography of Chinese text: what pasting from a web page, Word,
 * WPS or a chat window leaves that has exactly one right form, so the machine
 * corrects it and no editor retypes it. One implementation serves the renderer
 * (the page shows the right form), the schemas (field values), the quotation
 * matcher (a quote never fails for width alone), the check (a 提醒 with a count)
 * and `npm run fix` (the source files). Pure: it runs in Node and in the browser.
 *
 * | Written | Becomes | When |
 * |---|---|---|
 * | `,` `:` `;` `?` `!` | `，` `：` `；` `？` `！` | next to Chinese, not between two Latin letters or digits (1,000, 10:30) |
 * | `(` `)` | `（` `）` | next to Chinese; a pair always together; not a call such as `alert(1)` (a name written onto them, nothing Chinese inside) |
 * | `"…"` | `“…”` | pairs in order, a pair touching Chinese; an odd count is left for a person |
 * | spaces around a mark made full-width | nothing | full-width marks carry their own space |
 * | full-width or no-break spaces at the start or end of a paragraph or value | nothing | |
 * | a no-break space | nothing next to Chinese, a space between Latin words | |
 * | zero-width spaces, joiners, BOMs, soft hyphens | nothing | |
 *
 * Never touched: web addresses and e-mail addresses, `.` (a decimal point, an
 * abbreviation or 一.: a person decides), `'`, Latin text, numbers, and what
 * callers keep out of the text (code, link targets, attribute values, YAML keys).
 */

/** Which kind of correction a change is, for the counts editors see. */
export type TypographyKind = 'punctuation' | 'quote' | 'space' | 'invisible';

/** One character of a text replaced (or removed, when `to` is empty). */
export interface TypographyChange {
  /** Index of the character in the text. */
  index: number;
  from: string;
  to: string;
  kind: TypographyKind;
}

/** The half-width marks pasted Chinese text carries, and the full-width mark each stands for. */
export const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** A Chinese character or a full-width (CJK) mark: what makes a neighbouring mark Chinese punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

/** A Chinese character. */
const HAN = /\p{Script=Han}/u;

/** Latin letters and digits: a mark between two of them belongs to Latin text or a number. */
const LATIN = /[A-Za-z0-9]/;

/** Web and e-mail addresses, which keep every character as written; a mark ending one is the sentence's. */
const ADDRESS =
  /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[!-~]*[\w/#=&%~+-]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Characters that show nothing and have no place in text. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;

/** Joiners, which emoji and some scripts need: removed only next to Chinese or Latin text. */
const JOINER = /[\u200c\u200d]/;

/** No-break and other fixed-width spaces pasted from web pages and Word. */
const ODD_SPACE = /[\u00a0\u2002-\u200a\u202f\u205f]/;

/** Spaces that end or begin a paragraph or a value, or a line of one. */
const EDGE_SPACE = /[\u3000\u00a0\u2002-\u200a\u202f\u205f]/;

const isSpace = (character: string | undefined) => character === ' ' || character === '\t';

/**
 * The corrections `text` needs, in order of index, at most one per character.
 * `text` is one run read as a whole: a paragraph, a heading, a table cell or a
 * field value, so that quotes are paired and edges found within it.
 */
export function typographyChanges(text: string): TypographyChange[] {
  const protectedAt = addressMask(text);
  const changes = new Map<number, TypographyChange>();
  const change = (index: number, to: string, kind: TypographyKind) => {
    if (!protectedAt[index]) changes.set(index, { index, from: text[index]!, to, kind });
  };
  // Quotes touching Chinese first, then marks (a mark beside such a quote is Chinese: “好”?),
  // then quotes touching only a mark made full-width (:"Word").
  quotes(text, protectedAt, changes, change);
  marks(text, protectedAt, changes, change);
  quotes(text, protectedAt, changes, change);
  spacesAroundMarks(text, changes, change);
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (INVISIBLE.test(character)) change(index, '', 'invisible');
    else if (JOINER.test(character) && touches(text, index, /[\p{Script=Han}A-Za-z0-9]/u))
      change(index, '', 'invisible');
  }
  edges(text, change);
  for (let index = 0; index < text.length; index += 1)
    if (ODD_SPACE.test(text[index]!) && !changes.has(index))
      change(index, touches(text, index, CJK) ? '' : ' ', 'space');
  return [...changes.values()].sort((a, b) => a.index - b.index);
}

/** `text` with its corrections made. */
export function applyChanges(text: string, changes: readonly TypographyChange[]): string {
  if (changes.length === 0) return text;
  let result = '';
  let from = 0;
  for (const { index, to } of changes) {
    result += text.slice(from, index) + to;
    from = index + 1;
  }
  return result + text.slice(from);
}

/**
 * `text` in its one right form.
 * @example typography('同志们:今天,我们') // '同志们：今天，我们'
 */
export const typography = (text: string): string => applyChanges(text, typographyChanges(text));

/**
 * Straight double quotes that cannot be paired: an odd number of them in a run
 * that touches Chinese, so only a person can say which is which.
 * @returns the index of the last one, which has no partner
 */
export function unpairedQuote(text: string): number | undefined {
  const protectedAt = addressMask(text);
  const at = quoteIndexes(text, protectedAt);
  if (at.length % 2 === 0) return undefined;
  return at.some((index) => touches(text, index, CJK)) ? at[at.length - 1] : undefined;
}

/** True for each index inside a web or e-mail address. */
function addressMask(text: string): boolean[] {
  const mask: boolean[] = [];
  for (const match of text.matchAll(ADDRESS))
    for (let index = match.index; index < match.index + match[0].length; index += 1)
      mask[index] = true;
  return mask;
}

/** Whether the nearest character on either side, spaces skipped, matches `pattern`. */
function touches(text: string, index: number, pattern: RegExp): boolean {
  return pattern.test(neighbour(text, index, -1)) || pattern.test(neighbour(text, index, 1));
}

/** The index of the nearest character that is not a space or tab, looking one way. */
function neighbourIndex(text: string, index: number, step: -1 | 1): number {
  let at = index + step;
  while (isSpace(text[at])) at += step;
  return at;
}

/** The nearest character that is not a space or tab, looking one way ('' at an end). */
const neighbour = (text: string, index: number, step: -1 | 1): string =>
  text[neighbourIndex(text, index, step)] ?? '';

/** Half-width `,:;?!()` next to Chinese, with each pair of parentheses converted together. */
function marks(
  text: string,
  protectedAt: boolean[],
  changes: ReadonlyMap<number, TypographyChange>,
  change: (index: number, to: string, kind: TypographyKind) => void,
) {
  const chineseAt = (at: number) => CJK.test(text[at] ?? '') || changes.get(at)?.kind === 'quote';
  const chinese: boolean[] = [];
  const open: number[] = [];
  const pairs = new Map<number, number>();
  for (let index = 0; index < text.length; index += 1) {
    const mark = text[index]!;
    if (!Object.hasOwn(HALF_TO_FULL, mark) || protectedAt[index]) continue;
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    // A run such as ?! or ), is Chinese when the mark before it was.
    const previous = neighbourIndex(text, index, -1);
    chinese[index] =
      !(LATIN.test(before) && LATIN.test(after)) &&
      (chineseAt(previous) ||
        chinese[previous] === true ||
        chineseAt(neighbourIndex(text, index, 1)));
    if (mark === '(') open.push(index);
    if (mark === ')' && open.length > 0) pairs.set(open.pop()!, index);
  }
  for (const [left, right] of pairs) {
    // A name written straight onto its parentheses with no Chinese inside is code: alert(123), f(x).
    const call = LATIN.test(text[left - 1] ?? '') && !HAN.test(text.slice(left + 1, right));
    if (call) chinese[left] = chinese[right] = false;
    else if (chinese[left] || chinese[right]) chinese[left] = chinese[right] = true;
  }
  chinese.forEach((isChinese, index) => {
    if (isChinese) change(index, HALF_TO_FULL[text[index]!]!, 'punctuation');
  });
}

/** The straight double quotes of a run, outside addresses. */
function quoteIndexes(text: string, protectedAt: boolean[]): number[] {
  const at: number[] = [];
  for (let index = text.indexOf('"'); index >= 0; index = text.indexOf('"', index + 1))
    if (!protectedAt[index]) at.push(index);
  return at;
}

/** Straight double quotes paired in order, each pair touching Chinese made “ ”. */
function quotes(
  text: string,
  protectedAt: boolean[],
  changes: ReadonlyMap<number, TypographyChange>,
  change: (index: number, to: string, kind: TypographyKind) => void,
) {
  const at = quoteIndexes(text, protectedAt);
  if (at.length % 2 !== 0) return;
  // Next to Chinese, or to a mark just made full-width (他说:"好").
  const chineseNear = (index: number) =>
    touches(text, index, CJK) ||
    [neighbourIndex(text, index, -1), neighbourIndex(text, index, 1)].some(
      (at) => changes.get(at)?.kind === 'punctuation',
    );
  for (let pair = 0; pair < at.length; pair += 2) {
    const left = at[pair]!;
    const right = at[pair + 1]!;
    if (changes.has(left) || (!chineseNear(left) && !chineseNear(right))) continue;
    change(left, '“', 'quote');
    change(right, '”', 'quote');
  }
}

/** Spaces and tabs beside a mark made full-width, which carries its own space. */
function spacesAroundMarks(
  text: string,
  changes: ReadonlyMap<number, TypographyChange>,
  change: (index: number, to: string, kind: TypographyKind) => void,
) {
  for (const made of [...changes.values()]) {
    if (made.kind !== 'punctuation' && made.kind !== 'quote') continue;
    for (const step of [-1, 1] as const)
      for (let at = made.index + step; isSpace(text[at]); at += step) change(at, '', 'space');
  }
}

/** Full-width and no-break spaces at the start and end of the run and of each of its lines. */
function edges(text: string, change: (index: number, to: string, kind: TypographyKind) => void) {
  const lines = text.split('\n');
  let start = 0;
  for (const line of lines) {
    for (let at = 0; at < line.length && EDGE_SPACE.test(line[at]!); at += 1)
      change(start + at, '', 'space');
    for (let at = line.length - 1; at >= 0 && EDGE_SPACE.test(line[at]!); at -= 1)
      change(start + at, '', 'space');
    start += line.length + 1;
  }
}
