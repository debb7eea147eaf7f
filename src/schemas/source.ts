import { z } from 'astro/zod';
import { optionalText, requiredText, strictEntry } from './common.ts';

/** One source a case draws on: a document, report or speech. */
export const sourceSchema = strictEntry({
  /** Title of the source. */
  title: requiredText('sources.title', '来源标题'),
  /** Who issued or published it. */
  publisher: optionalText('sources.publisher', '发布者'),
  /** When it was issued, as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z
    .union([z.date(), z.string(), z.number()])
    .optional()
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value?.toString().trim()))
    .refine((value) => value === undefined || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value), {
      message: 'sources.date（来源日期）应写成 2022、2022-06 或 2022-06-27。',
    }),
  /** Where it can be read online; http or https only. */
  url: z
    .url({ protocol: /^https?$/, error: 'sources.url（来源链接）应当是以 http:// 或 https:// 开头的网址。' })
    .optional(),
});

export type SourceData = z.output<typeof sourceSchema>;
