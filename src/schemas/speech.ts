import { z } from 'astro/zod';
import { aliases, dateText, draft, optionalText, requiredText, strictEntry, textList } from './common.ts';

/** Frontmatter of a speech in content/speeches/. */
export const speechSchema = strictEntry({
  /** Full title of the speech, as published. */
  title: requiredText('title', '标题'),
  /** Date the speech was given or published, YYYY-MM-DD. */
  date: dateText('date', '日期'),
  /** One or two sentences shown in lists and search results. */
  summary: requiredText('summary', '摘要'),
  /** The meeting at which it was given. */
  meeting: optionalText('meeting', '会议'),
  /** Who gave it; leave out when the source does not say. */
  speaker: optionalText('speaker', '讲话人'),
  /** Where it was given. */
  place: optionalText('place', '地点'),
  /** Where the text comes from. */
  source: optionalText('source', '来源'),
  /** Concepts it sets out, by Chinese title or id. */
  concepts: textList('concepts', '理念'),
  /** Model sites it names, by Chinese title or id. */
  sites: textList('sites', '示范点'),
  /** Free keywords for search. */
  tags: textList('tags', '关键词'),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type SpeechData = z.output<typeof speechSchema>;
