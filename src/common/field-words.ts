// Shared with the browser: imports only src/common/, nothing of Node or Astro (scripts/lint/rooms.mjs).
// The content check and the 投稿 page say what pasting left in a field's text in the same words.
import { halfWidthFix, halfWidthMarks, invisibleCharacter, INVISIBLE_FIX } from './text-marks.ts';

/** Fields holding prose that readers see, where a full stop after Chinese must be 。 or 、. */
export const PROSE = new Set([
  'title',
  'summary',
  'meeting',
  'speaker',
  'place',
  'source',
  'region',
  'tags',
  'synonyms',
  'fullName',
  'publisher',
]);

/** Fields whose values are addresses or file names, not text. */
export const NOT_TEXT = new Set(['url', 'aliases', 'cites', 'date', 'updated']);

/** A problem of a field's text: the rule that names it, what is wrong, how to fix it. */
export interface FieldTextProblem {
  rule: 'characters' | 'punctuation';
  message: string;
  fix: string;
}

/**
 * What pasting leaves in a frontmatter text that YAML accepts: invisible characters
 * the site does not remove, half-width full stops after Chinese text in prose.
 * @param path where the value is in the frontmatter (['sources', 0, 'title'])
 */
export function fieldTextProblems(path: readonly PropertyKey[], value: string): FieldTextProblem[] {
  const field = String(path.findLast((key) => typeof key === 'string'));
  if (NOT_TEXT.has(String(path[0])) || NOT_TEXT.has(field)) return [];
  const problems: FieldTextProblem[] = [];
  const invisible = invisibleCharacter(value);
  if (invisible)
    problems.push({
      rule: 'characters',
      message: `字段 ${field} 里有一个看不见的字符（${invisible.name}）。`,
      fix: INVISIBLE_FIX,
    });
  const marks = PROSE.has(field) || PROSE.has(String(path[0])) ? halfWidthMarks(value) : undefined;
  if (marks)
    problems.push({
      rule: 'punctuation',
      message: `字段 ${field} 里有 ${marks.count} 处半角句点“.”跟在中文后面。`,
      fix: halfWidthFix(marks),
    });
  return problems;
}
