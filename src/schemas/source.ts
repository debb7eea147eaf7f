import { z } from 'astro/zod';
import { optionalText, partialDate, requiredText, strictEntry } from './common.ts';
import { amount, LIMITS } from './limits.ts';

/** Full-width marks a sentence puts after an address it quotes: never part of the address. */
const SENTENCE_END = /[，。、；：！？）》」』”’]+$/u;

/** One source a case draws on: a document, report or speech. */
export const sourceSchema = strictEntry(
  {
    /** Title of the source. */
    title: requiredText('sources.title', '来源标题'),
    /** Who issued or published it. */
    publisher: optionalText('sources.publisher', '发布者'),
    /** When it was issued, as precisely as known (2022, 2022-06 or 2022-06-27; 约 when inferred). */
    date: partialDate('sources.date', '来源日期').optional(),
    /** Where it can be read online; http or https only; Chinese punctuation pasted after it belongs to the sentence and is dropped. */
    url: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.trim().replace(SENTENCE_END, '') : value),
        z
          .url({
            protocol: /^https?$/,
            error: 'sources.url（来源链接）应当是以 http:// 或 https:// 开头的网址。',
          })
          .max(LIMITS.url, {
            error: `sources.url（来源链接）超过 ${amount(LIMITS.url)} 个字符，不像是一个网址。请从浏览器地址栏重新复制。`,
          }),
      )
      .optional(),
  },
  'sources（来源）的每一项是一组字段，不能只写标题。写成  - title: 来源标题，需要时下一行与 title 对齐写 url: 网址。',
);

export type SourceData = z.output<typeof sourceSchema>;

/** The same source listed twice is listed once, at its first place: every field alike, as read. */
export function uniqueSources(sources: SourceData[]): SourceData[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = sourceKey(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What makes two sources the same: all their fields, as the schema reads them. */
export const sourceKey = (source: SourceData) =>
  JSON.stringify([source.title, source.publisher, source.date, source.url]);
