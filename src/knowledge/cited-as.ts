import type { AnyItem } from './items.ts';
import { entryDate } from './entry-dates.ts';
import { authorFieldOf, dateKindOf } from '../common/collections.ts';
import type { PartialDate } from '../schemas/common.ts';

/** How an entry is named in the citations its page offers. */
export interface CitedAs {
  title: string;
  /** Responsible party of the GB/T 7714 reference; none when the source names none. */
  author?: string;
  /** The reference's (发表或更新日期): when the text was published, YYYY[-MM[-DD]]. */
  referenceDate?: string;
  /** The date in a paragraph citation: when the speech was given (约2019年); none for pages written here. */
  paragraphDate?: string;
}

/**
 * A text of a collection whose row names an author field (a speech: its speaker) is
 * that author's work, dated in a reference by the publication of its text and in a
 * paragraph citation by its own date, each only when known. Pages written for this
 * site are the site's, dated by their last change.
 */
export function citedAs(item: AnyItem, siteTitle: string): CitedAs {
  const field = authorFieldOf(item.collection);
  if (field) {
    const data = item.data as {
      title: string;
      date?: PartialDate;
      published?: PartialDate;
    } & Record<string, unknown>;
    const author = data[field];
    // A text whose own date is its publication (a policy's issue date) is dated by it.
    const published =
      data.published ?? (dateKindOf(item.collection) === 'published' ? data.date : undefined);
    return {
      title: data.title,
      author: typeof author === 'string' ? author : undefined,
      referenceDate: published?.value ?? item.updated,
      paragraphDate: entryDate(item)?.text,
    };
  }
  return { title: item.data.title, author: siteTitle, referenceDate: item.updated };
}
