import { z } from 'astro/zod';
import {
  aliases,
  dateText,
  draft,
  optionalText,
  partialDate,
  requiredText,
  strictEntry,
  textList,
} from './common.ts';
import { LIMITS } from './limits.ts';
import { paragraphNumbersSchema } from './paragraph-numbers.ts';

/** Frontmatter of a speech in content/speeches/. */
export const speechSchema = strictEntry({
  /** Full title of the speech, as published. */
  title: requiredText('title', '标题'),
  /** When it was delivered, as precisely as known (2019-05-20, 2019-05, 2019); 约 in front when inferred; absent when unknown. */
  date: partialDate('date', '讲话日期').optional(),
  /** What the delivery date rests on; required when it is inferred (约). */
  dateBasis: optionalText('dateBasis', '日期依据', LIMITS.note),
  /** When the text used here was published or reposted; never shown as the date of the speech. */
  published: partialDate('published', '发布日期').optional(),
  /** One or two sentences shown in lists and search results. */
  summary: requiredText('summary', '摘要', LIMITS.summary),
  /** The meeting at which it was given. */
  meeting: optionalText('meeting', '会议', LIMITS.title),
  /** Who gave it; leave out when the source does not say. */
  speaker: optionalText('speaker', '讲话人'),
  /** Where it was given. */
  place: optionalText('place', '地点'),
  /** 整理说明: where the text comes from and what this site changed in setting it (punctuation, headings), nothing else. */
  note: optionalText('note', '整理说明', LIMITS.note),
  /** Concepts it sets out, by Chinese title or id. */
  concepts: textList('concepts', '理念'),
  /** Model sites it names, by Chinese title or id. */
  sites: textList('sites', '示范点'),
  /** Free keywords for search. */
  tags: textList('tags', '关键词'),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Paragraphs added or retired after publication, so published paragraph links keep their place. */
  paragraphNumbers: paragraphNumbersSchema,
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
}).check((ctx) => {
  const { date, dateBasis } = ctx.value;
  if (date?.approximate && !dateBasis) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: ['date'],
      message:
        'date（讲话日期）写了“约”，是推断的日期，请在下面加一行 dateBasis: …，写明依据，例如：正文提到“2019年基层党建工作重点任务”。',
    });
  }
});

export type SpeechData = z.output<typeof speechSchema>;
