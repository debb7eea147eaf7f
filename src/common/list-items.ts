// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The schemas read list fields with these; the 投稿 page writes them already read, so a file says what the page shows.
import { typography } from './typography.ts';

/** What editors type between list items when they write a list as one text: commas (half- and full-width), 、 and semicolons. */
const LIST_SEPARATORS = /[,，、;；]/;

/**
 * The items of a list field as the editor meant them. A list typed as one text
 * (`大服务共享, 大党建共建` without brackets, or `[甲，乙、丙]` with Chinese
 * separators, which YAML reads as one item) is split at its separators, and
 * full-width brackets around it are dropped; items are trimmed, blanks and repeats
 * dropped. Names of concepts, sites, tags, synonyms and file names never contain
 * these marks, so nothing an editor meant as one item is split.
 * @example listItems(['重点镇，乡镇改革、基层改革']) // ['重点镇', '乡镇改革', '基层改革']
 */
export function listItems(value: string | readonly string[] | undefined): string[] {
  return [...new Set(listParts(value))];
}

/** The items of a list field as {@link listItems} reads them, repeats kept: for telling the editor where one is. */
export function listParts(value: string | readonly string[] | undefined): string[] {
  const texts =
    typeof value === 'string'
      ? [value.trim().replace(/^[［【]([^］】]*)[］】]$/, '$1')]
      : (value ?? []);
  const items = texts
    .flatMap((text) => text.split(LIST_SEPARATORS))
    .map((item) => typography(item.trim()));
  return items.filter(Boolean);
}

/** A list marker editors paste from Word or WPS: 1. 1、 （1） (1) ① - • ·. */
const LIST_MARKER = /^(?:\d+\s*[.．、)）]|[（(]\d+[)）]|[①-⑳]|[-•·●*])\s*/;

/**
 * Sentences given as a list or as lines of one text (a YAML `|` block pasted from
 * a document): each trimmed, its pasted list marker dropped, blanks and repeats
 * dropped. Unlike {@link listItems}, commas never split, since a sentence has them.
 * @example sentenceItems('1. 甲是什么？\n2、乙，丙呢？') // ['甲是什么？', '乙，丙呢？']
 */
export function sentenceItems(value: string | readonly string[] | undefined): string[] {
  return [...new Set(sentenceParts(value))];
}

/** The sentences as {@link sentenceItems} reads them, repeats kept: for telling the editor where one is. */
export function sentenceParts(value: string | readonly string[] | undefined): string[] {
  const texts = typeof value === 'string' ? value.split(/\r?\n/) : (value ?? []);
  const items = texts.map((text) => typography(text.trim().replace(LIST_MARKER, '').trim()));
  return items.filter(Boolean);
}
