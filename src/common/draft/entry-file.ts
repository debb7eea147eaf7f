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
  /** The paragraphs that speak of the practice. */
  paragraphs: string[];
  /** 背景段落: the paragraphs ticked 只作背景; absent in drafts saved before the page had them. */
  background?: string[];
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

/** A field as the file will hold it: text typeset, lists read as the schemas read them, empty parts left out; undefined when empty. */
export function normalised(key: string, field: DraftValue): DraftValue | undefined {
  switch (field.kind) {
    case 'text': {
      const value = DATE_KEYS.has(key) ? field.value.trim() : cleanText(field.value);
      return value ? { kind: 'text', value } : undefined;
    }
    case 'names': {
      const value = listItems(field.value.map(cleanText));
      return value.length ? { kind: 'names', value } : undefined;
    }
    case 'sentences': {
      // As the schema reads them: pasted list markers (1. 1、 ①) dropped, blanks and repeats too.
      const value = sentenceItems(field.value.map(cleanText));
      return value.length ? { kind: 'sentences', value } : undefined;
    }
    case 'sources': {
      const value = field.value.flatMap((source) => {
        const parts = (['title', 'publisher', 'date', 'url'] as const).flatMap((name) => {
          const raw = source[name]?.trim() ?? '';
          const part = name === 'title' || name === 'publisher' ? cleanText(raw) : raw;
          return part ? [[name, part] as const] : [];
        });
        return parts.length ? [Object.fromEntries(parts) as unknown as DraftSource] : [];
      });
      return value.length ? { kind: 'sources', value } : undefined;
    }
    case 'cites': {
      // As the file will say: a list only where something is ticked in it.
      const value = field.value.flatMap(({ speech, paragraphs, background = [] }) =>
        speech && (paragraphs.length || background.length)
          ? [
              {
                speech,
                ...(paragraphs.length ? { paragraphs } : {}),
                ...(background.length ? { background } : {}),
              } as DraftCite,
            ]
          : [],
      );
      return value.length ? { kind: 'cites', value } : undefined;
    }
  }
}

/** The frontmatter a form's fields make, as YAML will read it back from the file: what the schemas validate. */
export function draftFrontmatter(
  fields: ReadonlyArray<[string, DraftValue]>,
): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap(([key, field]) => {
      const value = normalised(key, field);
      return value ? [[key, value.value]] : [];
    }),
  );
}

/** The lines of one field, already normalised. */
function fieldLines(key: string, field: DraftValue): string[] {
  switch (field.kind) {
    case 'text':
      return [`${key}: ${yamlText(field.value, false, DATE_KEYS.has(key))}`];
    case 'names':
      return [`${key}: [${field.value.map((item) => yamlText(item, true)).join(', ')}]`];
    case 'sentences':
      return [`${key}:`, ...field.value.map((item) => `  - ${yamlText(item)}`)];
    case 'sources':
      return [
        `${key}:`,
        ...field.value.flatMap((source) =>
          Object.entries(source).map(
            ([name, part], index) =>
              `${index === 0 ? '  - ' : '    '}${name}: ${yamlText(part as string, false, name === 'date')}`,
          ),
        ),
      ];
    case 'cites':
      return [
        `${key}:`,
        ...field.value.flatMap((cite) => [
          `  - speech: ${yamlText(cite.speech)}`,
          ...(cite.paragraphs?.length ? [`    paragraphs: [${cite.paragraphs.join(', ')}]`] : []),
          ...(cite.background?.length ? [`    background: [${cite.background.join(', ')}]`] : []),
        ]),
      ];
  }
}

/**
 * The text of an entry file: the frontmatter in the order given, empty fields left
 * out, then the body. What the check would otherwise ask of YAML (quoting, list
 * syntax, indentation) is written right by construction.
 */
export function entryFile(fields: ReadonlyArray<[string, DraftValue]>, body: string): string {
  const lines = fields.flatMap(([key, field]) => {
    const value = normalised(key, field);
    return value ? fieldLines(key, value) : [];
  });
  const text = body.replace(/\r\n?/g, '\n').trim();
  return ['---', ...lines, '---', '', ...(text ? [text, ''] : [])].join('\n');
}
