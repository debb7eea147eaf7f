// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
import { typography } from './typography.ts';

/** A name's characters: what stays the same when only its punctuation differs. */
const WORD = /[\p{L}\p{N}]/u;

/** A Chinese character. */
const HAN = /\p{Script=Han}/u;

/** Quotation marks, of any width or nesting: a name quoted or not, in “” or ‘’, is the same name. */
const QUOTES = /["'“”‘’「」『』]/g;

/** What may stand between two characters of a name as written elsewhere: a few marks or spaces, within a line. */
const GAP = '[^\\p{L}\\p{N}\\n]{0,4}';

/** A glossary term's official form of a name, with its punctuation between its characters. */
export interface OfficialForm {
  /** The form as the glossary writes it. */
  text: string;
  /** The term's title, and the file and field the form is kept in. */
  title: string;
  file: string;
  field: 'title' | 'fullName';
  /** The name's characters, and the marks between each two (gaps[i] follows words[i]). */
  words: string[];
  gaps: string[];
  /** Marks before its first character and after its last (the quotation marks of “不忘初心、牢记使命”主题教育). */
  lead: string;
  tail: string;
  pattern: RegExp;
}

/** A name written with the official form's characters and other punctuation. */
export interface NameVariant {
  form: OfficialForm;
  /** Where it is in the text (end exclusive), quotation marks at its ends included when the official form has them. */
  start: number;
  end: number;
  found: string;
  /** What to write instead: the official punctuation, the quotation marks as written. */
  replacement: string;
  /** The same as edits of single characters of the text (an insertion is written as the character after it, preceded). */
  edits: TextEdit[];
}

/** One character of a text to write otherwise: `to` may be empty (deleted) or longer (inserted before it). */
export interface TextEdit {
  index: number;
  from: string;
  to: string;
}

/** A name's characters and the marks between them, with the index in the text where each character is. */
function pieces(text: string): {
  words: string[];
  gaps: string[];
  lead: string;
  tail: string;
  at: number[];
} {
  const words: string[] = [];
  const gaps: string[] = [];
  const at: number[] = [];
  let pending = '';
  let index = 0;
  for (const character of text) {
    if (WORD.test(character)) {
      if (words.length > 0) gaps.push(pending);
      words.push(character);
      at.push(index);
      pending = '';
    } else pending += character;
    index += character.length;
  }
  const lead = text.slice(0, Math.max(0, text.search(WORD)));
  return { words, gaps, lead: words.length > 0 ? lead : '', tail: pending, at };
}

/** The edits turning the gap written after character `index` of a match into the mended one. */
function gapEdits(
  written: ReturnType<typeof pieces>,
  gap: number,
  mendedGap: string,
  offset: number,
): TextEdit[] {
  const was = written.gaps[gap]!;
  if (was === mendedGap) return [];
  const from = offset + written.at[gap]! + written.words[gap]!.length;
  if (was.length === 0) {
    const next = written.words[gap + 1]!;
    return [{ index: offset + written.at[gap + 1]!, from: next, to: mendedGap + next }];
  }
  const characters = [...was];
  if (characters.length === [...mendedGap].length)
    return [...mendedGap].flatMap((to, k) =>
      to === characters[k] ? [] : [{ index: from + k, from: characters[k]!, to }],
    );
  return characters.map((character, k) => ({
    index: from + k,
    from: character,
    to: k === 0 ? mendedGap : '',
  }));
}

/** A gap as names are compared: spaces and quotation marks aside, half-width marks read as the site shows them. */
const gapKey = (gap: string) =>
  typography(`甲${gap}乙`).slice(1, -1).replace(/\s+/g, '').replace(QUOTES, '');

const escape = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The official forms the glossary keeps: each published term's title and
 * fullName written in Chinese characters with marks between them (学党章党规、学系列讲话，做合格党员),
 * since only those can be written with other punctuation.
 */
export function officialForms(
  terms: ReadonlyArray<{ file: string; data?: Record<string, unknown> }>,
): OfficialForm[] {
  return terms.flatMap((term) => {
    const title = typeof term.data?.title === 'string' ? typography(term.data.title.trim()) : '';
    return (['title', 'fullName'] as const).flatMap((field) => {
      const value = term.data?.[field];
      if (typeof value !== 'string') return [];
      const text = typography(value.trim());
      const { words, gaps, lead, tail } = pieces(text);
      // Only a Chinese name has one official punctuation (a campaign's name, its expansion);
      // a term spelled with Latin letters or digits (O2O, a pasted code) is left to its own writers.
      if (words.length < 2 || !words.every((word) => HAN.test(word))) return [];
      if (gaps.every((gap) => gapKey(gap) === '')) return [];
      const pattern = new RegExp(words.map(escape).join(GAP), 'gu');
      return [{ text, title, file: term.file, field, words, gaps, lead, tail, pattern }];
    });
  });
}

/** Opening and closing quotation marks. */
const OPENING = /[“‘「『"']/;
const CLOSING = /[”’」』"']/;

/** The places in a text where a name is written with an official form's characters but other punctuation. */
export function variantsIn(text: string, forms: readonly OfficialForm[]): NameVariant[] {
  return forms.flatMap((form) =>
    [...text.matchAll(form.pattern)].flatMap((match) => {
      const written = pieces(match[0]);
      if (written.gaps.every((gap, index) => gapKey(gap) === gapKey(form.gaps[index]!))) return [];
      let start = match.index;
      let end = start + match[0].length;
      const opening = form.lead && OPENING.test(text[start - 1] ?? '') ? text[start - 1]! : '';
      const closing = form.tail && CLOSING.test(text[end] ?? '') ? text[end]! : '';
      start -= opening.length;
      end += closing.length;
      const gaps = written.gaps.map((gap, index) => mended(gap, form.gaps[index]!));
      const replacement =
        opening + form.words.map((word, index) => word + (gaps[index] ?? '')).join('') + closing;
      const edits = gaps.flatMap((gap, index) => gapEdits(written, index, gap, match.index));
      return [{ form, start, end, found: text.slice(start, end), replacement, edits }];
    }),
  );
}

/** The official marks of a gap, its quotation marks as written when it has as many (‘’ nested in a quotation stay ‘’). */
function mended(written: string, official: string): string {
  if (gapKey(written) === gapKey(official)) return written;
  const marks = written.match(QUOTES) ?? [];
  const officialMarks = official.match(QUOTES) ?? [];
  if (marks.length !== officialMarks.length) return official;
  let next = 0;
  return official.replace(QUOTES, () => marks[next++]!);
}
