import type { AnyItem } from './items.ts';
import { entryDate } from './entry-dates.ts';
import { formatPartialDate } from './labels.ts';
import { authorFieldOf, dateKindOf } from '../common/collections.ts';
import { originalNote } from '../common/reference-text.ts';
import { FORM_FIELDS } from '../schemas/form.ts';
import type { PartialDate } from '../schemas/common.ts';

/** How an entry is named in the citations its page offers. */
export interface CitedAs {
  title: string;
  /** Responsible party of the GB/T 7714 reference: the text's author; none for pages written here or a text that names none. */
  author?: string;
  /** The reference's (更新日期): when this page last changed, YYYY-MM-DD. */
  referenceDate?: string;
  /** The date in a paragraph citation: when the speech was given (约2019年); none for pages written here. */
  paragraphDate?: string;
  /** For a text reproduced here: its original's publication and authorship, in words (see originalNote). */
  original?: string;
}

/**
 * Every reference is to this site's page, dated by the page's last change, whoever
 * wrote the text. A text of a collection whose row names an author field (a speech:
 * its speaker) keeps that author and says in words when its original was published,
 * since that date belongs to another page, whose address is not known.
 */
export function citedAs(item: AnyItem): CitedAs {
  const field = authorFieldOf(item.collection);
  if (!field) return { title: item.data.title, referenceDate: item.updated };
  const data = item.data as {
    title: string;
    date?: PartialDate;
    published?: PartialDate;
  } & Record<string, unknown>;
  const written = data[field];
  const author = typeof written === 'string' ? written : undefined;
  // A text whose own date is its publication (a policy's issue date) is dated by it.
  const published =
    data.published ?? (dateKindOf(item.collection) === 'published' ? data.date : undefined);
  // The author field's name as editors know it (讲话人), from the 投稿 form.
  const authorWord =
    FORM_FIELDS[item.collection]?.find((formField) => formField.key === field)?.label ?? '作者';
  return {
    title: data.title,
    author,
    referenceDate: item.updated,
    paragraphDate: entryDate(item)?.text,
    original:
      originalNote(published && formatPartialDate(published), author, authorWord) +
      addressYearNote(item, published),
  };
}

/**
 * A published address ending in the year its original was published, not the text's own date
 * (…-2022 for a speech of 约2019年), kept as it is (permanent, pasted in handouts): said so beside it.
 */
function addressYearNote(item: AnyItem, published?: PartialDate): string {
  const year = /-(\d{4})$/.exec(item.id)?.[1];
  const own = entryDate(item);
  if (!year || !own || published?.value.slice(0, 4) !== year || own.datetime.startsWith(year))
    return '';
  return `网址末尾的“${year}”是原文发布的年份，不是${own.label}（${own.text}）。`;
}
