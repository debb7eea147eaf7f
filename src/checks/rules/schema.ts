import type { z } from 'astro/zod';
import { isCalendarDate } from '../../schemas/common.ts';
import { nearestKey } from '../../lib/refs.ts';
import { speechSchema } from '../../schemas/speech.ts';
import { caseSchema } from '../../schemas/case.ts';
import { conceptSchema } from '../../schemas/concept.ts';
import { siteSchema } from '../../schemas/site.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import type { CollectionName } from '../../lib/content-files.ts';
import { error, type Finding } from '../finding.ts';
import type { CheckContext } from '../context.ts';

/** The schema of each collection: the same ones the build validates with. */
export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  speeches: speechSchema,
  cases: caseSchema,
  concepts: conceptSchema,
  sites: siteSchema,
  glossary: glossarySchema,
};

/** The fields each collection accepts, for suggestions on misspelt ones. */
const SHAPES: Record<CollectionName, Record<string, unknown>> = {
  speeches: speechSchema.shape,
  cases: caseSchema.shape,
  concepts: conceptSchema.shape,
  sites: siteSchema.shape,
  glossary: glossarySchema.shape,
};

/** Every frontmatter problem of every entry, at the line of the field concerned. */
export function checkSchema({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) => {
    if (!entry.data) return [];
    const result = SCHEMAS[entry.collection].safeParse(entry.data);
    if (result.success) return [];
    return result.error.issues.flatMap((issue) => {
      const [message, fix] = splitMessage(issue.message);
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => error(entry.file, entry.positions.keyAt(key), 'schema', ...unknownKey(key, Object.keys(SHAPES[entry.collection]))));
      }
      return [error(entry.file, entry.positions.valueAt(issue.path), 'schema', message, fix)];
    });
  });
}

/** The message for one unknown key; `layout` is named for what it would do. */
function unknownKey(key: string, known: string[]): [string, string] {
  if (key === 'layout') {
    return ['字段 layout 会让页面加载并运行指定的代码文件，内容中不能使用。', '删除这一行；页面版式由网站统一决定。'];
  }
  const guess = nearestKey(key, known);
  return [`不认识的字段：${key}。`, `${guess ? `是否想写 ${guess}？` : '请检查拼写。'}可用字段：${known.join('、')}。`];
}

/**
 * YAML reads 2022-02-30 as 2 March and 2022-13-01 as next January without a
 * word; compare what the editor wrote with the calendar before the schema sees a Date.
 */
export function checkDatesAsWritten({ entries }: CheckContext): Finding[] {
  return entries.flatMap((entry) => {
    const paths: PropertyKey[][] = [['date'], ...((entry.data?.sources as unknown[] | undefined) ?? []).map((_, index) => ['sources', index, 'date'])];
    return paths.flatMap((path) => {
      const written = entry.positions.sourceAt(path);
      if (written === undefined || !/^\d{4}-\d{1,2}-\d{1,2}$/.test(written) || isCalendarDate(written)) return [];
      return [error(entry.file, entry.positions.valueAt(path), 'schema', `日期“${written}”不存在。`, '应写成“年-月-日”，月份 01–12，日期不超过当月天数，例如 2022-06-27。')];
    });
  });
}

/** Schema messages read "problem。fix"; the check prints the two parts on their own lines. */
export function splitMessage(text: string): [string, string | undefined] {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return [text, undefined];
  return [text.slice(0, end + 1), text.slice(end + 1)];
}
