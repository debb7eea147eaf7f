import { z } from 'astro/zod';
import {
  aliases,
  dateText,
  draft,
  optionalText,
  requiredText,
  strictEntry,
  textList,
} from './common.ts';
import { LIMITS } from './limits.ts';

/** Frontmatter of a glossary term in content/glossary/. */
export const glossarySchema = strictEntry({
  /** The term as it appears in the text, e.g. 四所合一. */
  title: requiredText('title', '术语'),
  /** A one-sentence definition, shown in the popover where the term is first used in an entry. */
  summary: requiredText('summary', '释义', LIMITS.summary),
  /** The official full form of a name the title abbreviates (学党章党规、学系列讲话，做合格党员 for 两学一做): the one place it is kept, checked wherever it is written. */
  fullName: optionalText('fullName', '全称'),
  /** Other forms of the term that link to it too, e.g. 网格化管理 for 网格化. */
  synonyms: textList('synonyms', '同义词'),
  /** When the text last changed in substance, YYYY-MM-DD; shown only where git history does not say. */
  updated: dateText('updated', '更新日期').optional(),
  /** Earlier file names, kept working as redirects after a rename. */
  aliases,
  /** Keeps the entry out of the production build and search. */
  draft,
});

export type GlossaryData = z.output<typeof glossarySchema>;
