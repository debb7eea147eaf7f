// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The 投稿 page writes an entry file from a form; tests read it back with the YAML parser the build uses.
import { listItems, sentenceItems } from '../list-items.ts';
import { typography } from '../typography.ts';

/** One source a draft names (sources in the frontmatter). */
export interface DraftSource {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** Paragraphs of one speech a draft case speaks to (cites in the frontmatter). */
export interface DraftCite {
  speech: string;
  paragraphs: string[];
}

/** A frontmatter value as the form gives it: a text, a list of names, of sentences, of sources or of cites. */
export type DraftValue =
  | { kind: 'text'; value: string }
  | { kind: 'names'; value: string[] }
  | { kind: 'sentences'; value: string[] }
  | { kind: 'sources'; value: DraftSource[] }
  | { kind: 'cites'; value: DraftCite[] };

/** YAML's words for true, false and nothing (1.1 and 1.2), which a plain value must not be. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** What a plain YAML value may not start with, contain or end with; in a [a, b] list, the list's marks too. */
const UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const UNSAFE_INSIDE = /: |\s#|[\t\n\r]|:$|\s$/;
const UNSAFE_IN_FLOW = /[,[\]{}]/;

/** Chinese quotation marks around a whole value, which the check asks to keep in single quotes. */
const WRAPPED = /^(“[^“”]*”|‘[^‘’]*’|＂[^＂]*＂)$/;

/**
 * A text as a YAML value: plain when YAML reads it back as the same text, else in
 * single quotes (the one quoting with no escapes but '' for '). Numbers-like texts
 * stay plain only when they are dates, which the schemas read in every YAML form.
 * @example yamlText('“书记问评”中的专题问评') // '“书记问评”中的专题问评'
 * @example yamlText('true') // "'true'"
 */
export function yamlText(text: string, inList = false, date = false): string {
  const plain =
    text !== '' &&
    !UNSAFE_START.test(text) &&
    !UNSAFE_INSIDE.test(text) &&
    !RESERVED.test(text) &&
    !WRAPPED.test(text) &&
    (date || !/^[+.\d]/.test(text)) &&
    !(inList && UNSAFE_IN_FLOW.test(text));
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

/** A single-line text as the site will show it: pasted punctuation and spaces in their one right form, line breaks joined. */
export const cleanText = (text: string) => typography(text.replace(/\s*\n\s*/g, ' ').trim());

/** Fields whose values are dates, written plain so that YAML reads 2019 and 2019-05-20 as the schemas expect. */
const DATE_KEYS = new Set(['date', 'published', 'updated']);

/** The lines of one field, or none when it is empty. */
function fieldLines(key: string, field: DraftValue): string[] {
  switch (field.kind) {
    case 'text': {
      const value = DATE_KEYS.has(key) ? field.value.trim() : cleanText(field.value);
      return value ? [`${key}: ${yamlText(value, false, DATE_KEYS.has(key))}`] : [];
    }
    case 'names': {
      const items = listItems(field.value.map(cleanText));
      return items.length
        ? [`${key}: [${items.map((item) => yamlText(item, true)).join(', ')}]`]
        : [];
    }
    case 'sentences': {
      // As the schema reads them: pasted list markers (1. 1、 ①) dropped, blanks and repeats too.
      const items = sentenceItems(field.value.map(cleanText));
      return items.length ? [`${key}:`, ...items.map((item) => `  - ${yamlText(item)}`)] : [];
    }
    case 'sources': {
      const sources = field.value.filter((source) => cleanText(source.title));
      if (!sources.length) return [];
      return [
        `${key}:`,
        ...sources.flatMap((source) => {
          const lines = (['title', 'publisher', 'date', 'url'] as const).flatMap((name) => {
            const raw = source[name]?.trim() ?? '';
            const value = name === 'title' || name === 'publisher' ? cleanText(raw) : raw;
            return value ? [`${name}: ${yamlText(value, false, name === 'date')}`] : [];
          });
          return lines.map((line, index) => `${index === 0 ? '  - ' : '    '}${line}`);
        }),
      ];
    }
    case 'cites': {
      const cites = field.value.filter((cite) => cite.speech && cite.paragraphs.length);
      if (!cites.length) return [];
      return [
        `${key}:`,
        ...cites.flatMap((cite) => [
          `  - speech: ${yamlText(cite.speech)}`,
          `    paragraphs: [${cite.paragraphs.join(', ')}]`,
        ]),
      ];
    }
  }
}

/**
 * The text of an entry file: the frontmatter in the order given, empty fields left
 * out, then the body. What the check would otherwise ask of YAML (quoting, list
 * syntax, indentation) is written right by construction.
 */
export function entryFile(fields: ReadonlyArray<[string, DraftValue]>, body: string): string {
  const lines = fields.flatMap(([key, field]) => fieldLines(key, field));
  const text = body.replace(/\r\n?/g, '\n').trim();
  return ['---', ...lines, '---', '', ...(text ? [text, ''] : [])].join('\n');
}
