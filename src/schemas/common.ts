import { z } from 'astro/zod';
import { ID_PATTERN } from '../common/collections.ts';
import { nearestKey } from '../common/refs.ts';
import { typography } from '../common/typography.ts';
import { listItems, sentenceItems } from '../common/list-items.ts';
import { isCalendarDate, isPartialDate } from '../common/date-words.ts';
import { amount, characters, LIMITS } from './limits.ts';

export { listItems, listParts, sentenceItems, sentenceParts } from '../common/list-items.ts';
export { isCalendarDate, isPartialDate } from '../common/date-words.ts';

// Messages we do not write ourselves (rare type errors deep in a value) still reach editors in Chinese.
z.config(z.locales.zhCN());
// The same schemas check drafts on the 投稿 page, whose CSP allows no eval: Zod's compiled parsers would try
// new Function there (refused, and reported as a violation), so they run interpreted everywhere.
z.config({ jitless: true });

/** What a field is called in messages: its frontmatter key and its Chinese name. */
const label = (key: string, name: string) => `${key}（${name}）`;

/** Where to add a missing field: top-level keys go between the --- lines; nested ones inside their list item. */
const missingHint = (key: string) =>
  key.includes('.')
    ? `请在这一项里加上 ${key.split('.').pop()}: …`
    : `请在文件开头的 --- 之间加一行 ${key}: …`;

/** The message for a text longer than its limit, naming how long it is. */
const tooLong = (key: string, name: string, max: number) => (issue: { input?: unknown }) =>
  `${label(key, name)}有 ${characters(String(issue.input ?? '').length)}，超过上限 ${characters(max)}。删短到 ${characters(max)}以内；要详细说明的内容写进正文。`;

/**
 * A required single line of text, trimmed, at most `max` characters.
 * @example requiredText('title', '标题')
 */
export const requiredText = (key: string, name: string, max: number = LIMITS.title) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `缺少必填字段 ${label(key, name)}。${missingHint(key)}`
          : `${label(key, name)}应当是一段文字，现在是 ${JSON.stringify(issue.input)}。`,
    })
    .trim()
    // Pasted punctuation and spaces in their one right form (common/typography.ts): nothing to retype.
    .overwrite(typography)
    .min(1, `${label(key, name)}不能为空。`)
    // Checks after this one (a concept title's pattern) are not run on a text of any length.
    .max(max, { error: tooLong(key, name, max), abort: true });

/** Optional text, trimmed, at most `max` characters; an empty value counts as absent. */
export const optionalText = (key: string, name: string, max: number = LIMITS.name) =>
  z
    .string({ error: `${label(key, name)}应当是一段文字。` })
    .trim()
    .overwrite(typography)
    .max(max, { error: tooLong(key, name, max) })
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * Checks a list field's normalised items against the limits: at most
 * {@link LIMITS.items} items of at most `max` characters each. Reported at the
 * field, with the item quoted, since the items as normalised may not line up with the lines written.
 */
const withinLimits =
  (key: string, name: string, max: number) => (ctx: { value: string[]; issues: unknown[] }) => {
    const { value } = ctx;
    if (value.length > LIMITS.items)
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${label(key, name)}有 ${amount(value.length)} 项，超过上限 ${amount(LIMITS.items)} 项。只保留最要紧的几项。`,
      });
    const long = value.find((item) => item.length > max);
    if (long !== undefined)
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${label(key, name)}的“${long.slice(0, 20)}…”有 ${characters(long.length)}，超过每项的上限 ${characters(max)}。删短一些，或拆成几项。`,
      });
  };

/**
 * A calendar date written YYYY-MM-DD, normalised to that string.
 * YAML reads an unquoted date as a Date object; both forms are accepted.
 */
export const dateText = (key: string, name: string) =>
  z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined
          ? `缺少必填字段 ${label(key, name)}。请写成 ${key}: 2022-06-27 这样的“年-月-日”。`
          : `${label(key, name)}应写成“年-月-日”，例如 2022-06-27。`,
    })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (!isCalendarDate(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label(key, name)}的值“${text}”不是有效日期，应写成“年-月-日”，例如 2022-06-27。`,
        });
        return z.NEVER;
      }
      return text;
    });

/** A date known only as precisely as its source allows: a year, a month or a day, and whether it is an estimate. */
export interface PartialDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** True when written with 约: inferred, not stated by the source. */
  approximate: boolean;
}

/**
 * A date as precisely as it is known: 2019, 2019-05 or 2019-05-20, with 约 in
 * front when it is inferred rather than stated (约2019, 约2019年). Normalised to
 * {@link PartialDate}; YAML's own readings (a number for 2019, a Date for a day) are accepted.
 */
export const partialDate = (key: string, name: string) =>
  z
    .union([z.date(), z.number(), z.string()], {
      error: `${label(key, name)}应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。`,
    })
    .transform((value, ctx): PartialDate => {
      const written =
        value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
      const approximate = written.startsWith('约');
      const text = written.replace(/^约\s*/, '').replace(/^(\d{4})年$/, '$1');
      const note = /^(\S+)\s+(\S.*)$/.exec(text);
      if (!isPartialDate(text) && note && isPartialDate(note[1]!)) {
        // The template's note kept when its # was deleted: `date: 2019  做法的时间…`.
        ctx.addIssue({
          code: 'custom',
          message: `${label(key, name)}的值在日期 ${note[1]} 后面还有一段文字“${note[2]}”，日期读不出来。只保留日期，写成 ${key.split('.').at(-1)}: ${written.replace(/\s+\S.*$/, '')}；这段话若是模板里的说明，直接删掉。`,
        });
        return z.NEVER;
      }
      if (!isPartialDate(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label(key, name)}的值“${written}”不是有效日期，应写成 2019、2019-05 或 2019-05-20；是推断的，前面加“约”，例如 约2019。`,
        });
        return z.NEVER;
      }
      return { value: text, approximate };
    });

/**
 * A list of short texts, normalised by {@link listItems}. A single text is read
 * as a list too, because editors often write `sites: 某某社区`.
 */
export const textList = (key: string, name: string) =>
  z
    .union(
      [z.string(), z.array(z.string({ error: `${label(key, name)}的每一项都应当是文字。` }))],
      {
        error: `${label(key, name)}应当是一个列表，例如 ${key}: [甲, 乙]。`,
      },
    )
    .optional()
    .transform(listItems)
    .check(withinLimits(key, name, LIMITS.title));

/** A list of sentences, normalised by {@link sentenceItems}. */
export const sentenceList = (key: string, name: string) =>
  z
    .union(
      [z.string(), z.array(z.string({ error: `${label(key, name)}的每一项都应当是一句话。` }))],
      {
        error: `${label(key, name)}应当是一个列表，每项一句，例如：\n${key}:\n  - 第一句\n  - 第二句`,
      },
    )
    .optional()
    .transform(sentenceItems)
    .check(withinLimits(key, name, LIMITS.sentence));

/**
 * One of a fixed set of Chinese values, with the choices spelled out when it is wrong.
 * @param meaning what the values mean, when their names alone do not tell an editor which to pick
 */
export const choice = <const T extends readonly [string, ...string[]]>(
  key: string,
  name: string,
  values: T,
  meaning = '',
) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `缺少必填字段 ${label(key, name)}。可选值：${values.join('、')}。${meaning}`
        : `${label(key, name)}的值“${String(issue.input)}”不在可选范围内。可选值：${values.join('、')}。${meaning}`,
  });

/** `draft: true` keeps an entry out of the production build and out of search. */
export const draft = z.boolean({ error: 'draft（草稿）只能写 true 或 false。' }).default(false);

/**
 * Earlier file names of an entry. Each keeps its old URL working as a redirect
 * to the entry, so links in course materials survive a rename.
 */
export const aliases = z
  .union([z.string(), z.array(z.string())], {
    error: 'aliases（旧文件名）应当是一个列表，例如 aliases: [jiu-wenjianming]。',
  })
  .optional()
  .transform(listItems)
  .check(withinLimits('aliases', '旧文件名', LIMITS.title))
  .refine((items) => items.every((item) => ID_PATTERN.test(item)), {
    message:
      'aliases（旧文件名）的每一项都应是原来的文件名（不含 .mdx）：小写字母、数字和连字符，以字母开头。',
  });

/** Fields that were renamed, so a file written before the change is pointed to the new name; a Map, since the key looked up is the editor's. */
const RENAMED: ReadonlyMap<string, string> = new Map([['source', 'note']]);

/**
 * Rejects keys the schema does not know, so a misspelt field is never silently ignored.
 * @param notFields what to say when a list item is a bare text where its fields belong
 */
export const strictEntry = <T extends z.ZodRawShape>(shape: T, notFields?: string) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'invalid_type') return notFields;
      if (issue.code !== 'unrecognized_keys') return undefined;
      const known = Object.keys(shape);
      const guesses = issue.keys
        .map((key) => {
          const renamed = RENAMED.get(key);
          return renamed && known.includes(renamed) ? renamed : nearestKey(key, known);
        })
        .filter(Boolean);
      const guess = guesses.length > 0 ? `是否想写 ${guesses.join('、')}？` : '请检查拼写。';
      return `不认识的字段：${issue.keys.join('、')}。${guess}可用字段：${known.join('、')}。`;
    },
  });
